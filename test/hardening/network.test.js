// Networks, for the config endpoint and the report endpoint: 404, 500, 503 with Retry-After, a
// hang, a 5 s delay, a reset connection, a missing CORS header (a second origin), a redirect
// loop, offline. Each case ends in its defined outcome within the timeout (config: 8 s for all
// attempts; report: 4 attempts of at most 10 s with 1-2-4 s backoff), with a bounded number of
// requests, and no spinner left spinning. The cases run side by side.
import { test, describe, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, html, scriptTag, widgetMarkup, open, settleAll, probe, key, none } from './harness.js';
import { setBody, requestCount, exampleFor } from './faults.js';

const env = await setup();
after(() => env.close());

const fixtureCount = async (k) => (await (await fetch(`${env.server.url}/__cfg/${k}/count`)).json()).count;

/** Config cases: `src(k)` on the main origin; `outcome`: 'ready' or an error code; `max` requests. */
const CONFIG_CASES = {
  '404': { src: (k) => `/__cfg/${k}/404`, outcome: 'config-http', requests: [1, 1] },
  '500 every time': { src: (k) => `/__cfg/${k}/500`, outcome: 'config-http', requests: [3, 3] },
  '503 with Retry-After, then 200': { src: (k) => `/__cfg/${k}/503-retry-after`, outcome: 'ready', requests: [2, 2], minMs: 1000 },
  '503 with Retry-After every time': { src: (k) => `/__hx/${k}/503`, outcome: 'config-http', requests: [3, 3], minMs: 2000 },
  'a hang': { src: (k) => `/__cfg/${k}/hang`, outcome: 'config-timeout', requests: [1, 1], minMs: 7500 },
  'a 5 s delay': { src: (k) => `/__hx/${k}/delay?ms=5000`, outcome: 'ready', requests: [1, 1], minMs: 5000 },
  // Chromium replays a request once by itself when a reused connection is reset: up to 2 per attempt.
  'a reset connection': { src: (k) => `/__hx/${k}/reset`, outcome: 'config-network', requests: [3, 6] },
  'a second origin without a CORS header': { src: (k) => `${env.server.crossUrl}/__cfg/${k}/ok?nocors`, outcome: 'config-network', requests: [1, 3] },
  'a second origin with CORS (control)': { src: (k) => `${env.server.crossUrl}/__cfg/${k}/ok`, outcome: 'ready', requests: [1, 1] },
  // Up to 63 hops: on a busy machine they can outlast the 8 s deadline, which ends it as a timeout.
  'a redirect loop': { src: (k) => `/__hx/${k}/redirect-loop`, outcome: 'config-network', alsoOk: 'config-timeout', requests: [1, 3 * 21] },
  offline: { src: (k) => `/__cfg/${k}/ok`, outcome: 'config-network', requests: [0, 0], offline: true },
};

/**
 * The config timeout (8 s) plus room for a loaded machine (a shared 2-core machine has taken 10.1 s
 * for the hang, page load and polling included): the bound says "ends", not how fast.
 */
const CONFIG_LIMIT_MS = 12_000;

describe('config endpoint faults', { concurrency: true }, () => {
  for (const [name, c] of Object.entries(CONFIG_CASES)) {
    test(`config endpoint, ${name}: ${c.outcome === 'ready' ? 'every widget renders' : `every widget falls back with ${c.outcome}`}`, async () => {
      const k = key('net');
      const src = c.src(k);
      // The script loads with the page; the widgets are added after, so that offline and the
      // clock start with them.
      const path = env.server.page(html({ head: scriptTag(k, { src }) }));
      const session = await open(env.browser, env.server.url + path);
      const { page, context, pageErrors } = session;
      try {
        await page.waitForFunction(() => customElements.get('csr-provider'));
        if (c.offline) await context.setOffline(true);
        const started = Date.now();
        await page.evaluate((markup) => document.body.insertAdjacentHTML('beforeend', markup), widgetMarkup(env.tags));
        const states = await settleAll(page, env.tags, CONFIG_LIMIT_MS + 5000);
        const elapsed = Date.now() - started;
        for (const s of states) {
          if (c.outcome === 'ready') {
            assert.equal(s.ready, true, `<${s.tag}> is not ready: ${s.code} ${s.message}`);
          } else {
            assert.ok([c.outcome, c.alsoOk].includes(s.code), `<${s.tag}>: ${s.ready ? 'ready' : `${s.code} ${s.message}`}`);
            assert.equal(s.fallbackVisible, true, `<${s.tag}> does not show its fallback`);
          }
          assert.equal(s.busy, false, `<${s.tag}> still shows a busy state`);
        }
        assert.ok(elapsed <= CONFIG_LIMIT_MS, `took ${elapsed} ms (limit ${CONFIG_LIMIT_MS})`);
        if (c.minMs) assert.ok(elapsed >= c.minMs, `ended after ${elapsed} ms, before the ${c.minMs} ms the fault takes`);
        const log = await probe(page);
        if (c.outcome !== 'ready') {
          const codes = log.csrErrors.map((e) => e.code);
          assert.equal(codes.filter((x) => x === c.outcome || x === c.alsoOk).length, env.tags.length, `csr-error events: ${codes}`);
        }
        const count = src.includes('/__hx/') ? requestCount(k) : await fixtureCount(k);
        const [min, max] = c.requests;
        assert.ok(count >= min && count <= max, `${count} config requests (expected ${min}–${max})`);
        await page.waitForTimeout(1500);
        const later = src.includes('/__hx/') ? requestCount(k) : await fixtureCount(k);
        assert.equal(later, count, 'requests went on after the outcome');
        none(log.errors, 'errors that reached window.onerror');
        none(pageErrors, 'page errors');
      } finally {
        await context.close();
      }
    });
  }
});

test('config endpoint, offline after one good load: every widget renders the last good copy, and says so', async () => {
  const k = key('stale');
  const src = `/__cfg/${k}/ok`;
  const path = env.server.page(html({ head: scriptTag(k, { src }), body: widgetMarkup(env.tags) }));
  const session = await open(env.browser, env.server.url + path);
  const warnings = [];
  session.page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  try {
    for (const s of await settleAll(session.page, env.tags)) assert.equal(s.ready, true, `online: <${s.tag}> is not ready`);
    // A new page load would fetch again: forget this page's copy, go offline, add the widgets again.
    await session.context.setOffline(true);
    await session.page.evaluate((markup) => {
      window.csrWidgets.configs.clear();
      document.body.innerHTML = markup;
    }, widgetMarkup(env.tags));
    for (const s of await settleAll(session.page, env.tags, CONFIG_LIMIT_MS)) {
      assert.equal(s.ready, true, `offline: <${s.tag}> is not ready: ${s.code} ${s.message}`);
    }
    assert.ok(warnings.some((w) => /copy saved/.test(w)), `no console warning about the saved copy: ${warnings}`);
  } finally {
    await session.context.close();
  }
});

// ---- The report endpoint (needs <csr-report-button>) ----

const REPORT = 'csr-report-button';
const intakeAttempts = async (k) => (await (await fetch(`${env.server.url}/__intake/${k}/received`)).json());
const script = (k, responses) => fetch(`${env.server.url}/__intake/${k}/script`, { method: 'POST', body: JSON.stringify({ responses }) });

/**
 * Report cases: `endpoint(k)`; `outcome`: 'sent' or 'failed'; `requests`: [min, max] POSTs
 * (counted by the endpoint); `limitMs`: 4 attempts × 10 s + 7 s of backoff, plus room.
 */
const REPORT_CASES = {
  '404': { endpoint: (k) => `/__hx/${k}/intake-404`, outcome: 'failed', requests: [1, 1], message: 'HTTP 404 from the test intake' },
  '500 every time': { endpoint: (k) => `/__hx/${k}/intake-500`, outcome: 'failed', requests: [4, 4], minMs: 6000 },
  '503 with Retry-After every time': { endpoint: (k) => `/__hx/${k}/intake-503`, outcome: 'failed', requests: [4, 4], minMs: 3000 },
  '503 with Retry-After, then the real intake (one key)': {
    endpoint: (k) => `/__intake/${k}/reports`,
    prepare: (k) => script(k, [{ status: 503, headers: { 'Retry-After': '1' } }, { status: 503, headers: { 'Retry-After': '1' } }]),
    outcome: 'sent',
    requests: [3, 3],
    minMs: 2000,
    oneKey: true,
  },
  'a hang': { endpoint: (k) => `/__hx/${k}/intake-hang`, outcome: 'failed', requests: [4, 4], minMs: 40_000 },
  'a 5 s delay, then a receipt': {
    endpoint: (k) => `/__intake/${k}/reports`,
    prepare: (k) => script(k, [{ status: 201, body: { id: 'R-SLOW' }, delayMs: 5000 }]),
    outcome: 'sent',
    requests: [1, 1],
    minMs: 5000,
    receipt: 'R-SLOW',
  },
  'a reset connection': { endpoint: (k) => `/__hx/${k}/intake-reset`, outcome: 'failed', requests: [4, 8] },
  'a second origin without CORS headers': { endpoint: (k) => `${env.server.crossUrl}/__hx/${k}/intake-ok?nocors`, outcome: 'failed', requests: [0, 4] },
  'a second origin with CORS (control)': { endpoint: (k) => `${env.server.crossUrl}/__hx/${k}/intake-ok`, outcome: 'sent', requests: [1, 1] },
  'a redirect loop': { endpoint: (k) => `/__hx/${k}/intake-redirect-loop`, outcome: 'failed', requests: [4, 4 * 21] },
  offline: { endpoint: (k) => `/__hx/${k}/intake-ok`, outcome: 'failed', requests: [0, 0], offline: true },
};
const REPORT_LIMIT_MS = 55_000;

describe('report endpoint faults', { concurrency: true }, () => {
  for (const [name, c] of Object.entries(REPORT_CASES)) {
    test(`report endpoint, ${name}: the report is ${c.outcome}, and the person is told`, { skip: !env.tags.includes(REPORT) && `<${REPORT}> is not built yet` }, async () => {
      const k = key('report');
      const config = JSON.parse(exampleFor(new URL(env.server.url).host));
      const endpoint = c.endpoint(k);
      config.report.endpoint = endpoint.startsWith('http') ? endpoint : `${env.server.url}${endpoint}`;
      setBody(k, { text: JSON.stringify(config) });
      await c.prepare?.(k);
      const body = `<${REPORT} src="/__hx/${k}/body" partner="telenor"><a class="fallback" href="/hotline.html">Report</a></${REPORT}>`;
      const session = await open(env.browser, env.server.url + env.server.page(html({ head: scriptTag(k), body })));
      const { page, context, pageErrors } = session;
      try {
        const [state] = await settleAll(page, [REPORT]);
        assert.equal(state.ready, true, `not ready: ${state.code} ${state.message}`);
        await page.evaluate(() => {
          window.__reports = [];
          document.addEventListener('csr-report', (e) => window.__reports.push(e.detail.outcome));
        });
        const widget = page.locator(REPORT);
        await widget.locator('[part~="button"]').click();
        await widget.locator('#url').fill('https://example.org/reported-page');
        if (c.offline) await context.setOffline(true);
        const started = Date.now();
        await widget.locator('[part~="send"]').click();
        await page.waitForFunction(() => window.__reports.some((o) => o === 'sent' || o === 'failed'), null, { timeout: REPORT_LIMIT_MS });
        const elapsed = Date.now() - started;
        const outcomes = await page.evaluate(() => window.__reports);
        assert.deepEqual(outcomes, [c.outcome], 'csr-report outcomes');
        if (c.minMs) assert.ok(elapsed >= c.minMs, `ended after ${elapsed} ms, before the ${c.minMs} ms the fault takes`);
        const shown = await widget.evaluate((el) => {
          const root = el.shadowRoot;
          return {
            status: root.querySelector('.outcome[role="status"]')?.textContent.trim() ?? '',
            alert: root.querySelector('[role="alert"].outcome, .outcome[role="alert"]')?.textContent.trim() ?? '',
            hotline: [...root.querySelectorAll('.outcome[role="alert"] a[href]')].map((a) => a.getAttribute('href')),
            sending: root.querySelector('[part~="send"]')?.getAttribute('aria-disabled') === 'true',
          };
        });
        assert.equal(shown.sending, false, 'the send button still says it is sending');
        if (c.outcome === 'failed') {
          assert.ok(shown.alert.length > 0, 'no failure message is shown');
          assert.ok(shown.hotline.some((h) => h.startsWith('http')), `the hotline link is not offered: ${shown.hotline}`);
          assert.ok(shown.hotline.some((h) => h.startsWith('tel:')), `the hotline phone is not offered: ${shown.hotline}`);
          if (c.message) assert.match(shown.alert, new RegExp(c.message), 'the intake message is shown');
          const log = await probe(page);
          assert.ok(log.csrErrors.some((e) => e.code === 'report-failed'), 'csr-error report-failed');
        } else {
          assert.ok(shown.status.length > 0, 'no confirmation is shown');
          if (c.receipt) assert.match(shown.status, new RegExp(c.receipt), 'the receipt is shown');
        }
        let count;
        if (endpoint.includes('/__intake/')) {
          const received = await intakeAttempts(k);
          count = received.attempts.length;
          if (c.oneKey) {
            const keys = new Set(received.attempts.map((a) => a.headers['idempotency-key']));
            assert.equal(keys.size, 1, `idempotency keys across retries: ${[...keys]}`);
            assert.equal(received.reports.length, 1, 'reports stored');
          }
        } else {
          count = requestCount(k) - 1; // the config request shares the key
        }
        const [min, max] = c.requests;
        assert.ok(count >= min && count <= max, `${count} report requests (expected ${min}–${max})`);
        const log = await probe(page);
        none(log.errors, 'errors that reached window.onerror');
        none(pageErrors, 'page errors');
      } finally {
        await context.close();
      }
    });
  }
});
