// Host page 8: no layout shift. An article with every widget in every variant between paragraphs,
// embedded the way the README's first embed does it (the stylesheet and a deferred script in the
// head) and the way `csr-widgets snippet` prints it, at 390×844 (touch) and 1280×800 (mouse), light
// and dark, with the config on time and 1 s late. Every `layout-shift` entry until every widget has
// settled, plus a frame, must add up to exactly 0: neither the upgrade nor the config may move the page.
// The config has long texts and every network, so that a box that followed its texts would show.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import { setup, html, key, settleAll, probe, none } from './harness.js';
import { root } from './server.js';
import { importTs } from '../../scripts/load-ts.js';

const env = await setup();
after(() => env.close());

const { snippet } = await importTs(resolve(root, 'src/tools/snippet.ts'));
const { validateConfig } = await importTs(resolve(root, 'src/config/validate.ts'));

const VARIANTS = {
  'csr-partner-badge': ['full', 'compact', 'mark'],
  'csr-award-ribbon': ['ribbon', 'seal', 'inline'],
  'csr-share-bar': ['row', 'column', 'icons'],
  'csr-report-button': ['solid', 'outline'],
};
const SIZES = { '390×844': { width: 390, height: 844, touch: true }, '1280×800': { width: 1280, height: 800, touch: false } };

/** The example config with texts longer than any box and every network. */
function config() {
  const c = JSON.parse(readFileSync(resolve(root, 'demo/csr.json'), 'utf8'));
  c.share.title = { sv: 'Sprid mer kunskap om hur barn utnyttjas sexuellt på nätet, och om hur du kan anmäla det' };
  c.share.text = { sv: 'Dela sidan så att fler får veta. '.repeat(12).trim() };
  c.share.networks = ['native', 'facebook', 'x', 'linkedin', 'bluesky', 'mastodon', 'whatsapp', 'telegram', 'email', 'copy'];
  c.report.label = { sv: 'Rapportera misstänkta övergrepp till ECPAT Hotline' };
  return c;
}

const PARAGRAPH = 'Det här är brödtext i en artikel på en partners webbplats. Stycket visar om texten under en widget flyttar sig.';

/** Adds `variant` and `theme` to an element's start tag from the snippet. */
const withAttributes = (element, attrs) => element.replace(/^<([a-z-]+)/, (_, tag) => `<${tag}${attrs}`);

/** The page's head and body for an embed, with every element of `elements` (one per widget) in every variant. */
function article(head, elements, theme) {
  const body = [`<main><article><h1>Årets Företagssamarbete 2013</h1>`];
  for (const element of elements) {
    const tag = /^<([a-z-]+)/.exec(element)[1];
    for (const variant of VARIANTS[tag]) {
      const attrs = `${variant === VARIANTS[tag][0] ? '' : ` variant="${variant}"`}${theme === 'dark' ? ' theme="dark"' : ''}`;
      body.push(`<p>${PARAGRAPH}</p>`, withAttributes(element, attrs));
    }
  }
  body.push(`<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></main>`);
  const style = `<meta name="viewport" content="width=device-width, initial-scale=1">${theme === 'dark' ? '<meta name="color-scheme" content="dark">' : ''}`;
  return html({ head: `${style}${head}`, body: body.join('\n') });
}

/** A config endpoint with the long-text config, answering after `delayMs`. */
async function configUrl(delayMs) {
  const k = key('cls');
  const res = await fetch(`${env.server.url}/__cfg/${k}/set`, { method: 'POST', body: JSON.stringify({ body: config(), delayMs }) });
  assert.ok(res.ok);
  return `/__cfg/${k}/custom`;
}

const EMBEDS = {
  // The README's first embed: the stylesheet and the deferred script, elements with a fallback link.
  readme: (src) => ({
    head: `<link rel="stylesheet" href="/dist/csr-widgets.css">\n<script src="/dist/csr-widgets.js" data-src="${src}" data-partner="telenor" defer></script>`,
    elements: Object.keys(VARIANTS).map((tag) => `<${tag}${tag === 'csr-award-ribbon' ? ' award="frii-2013"' : ''}><a href="/fallback.html">Fallback</a></${tag}>`),
  }),
  // What `csr-widgets snippet --script /dist/csr-widgets.js` prints, with the fallback links it adds.
  snippet: (src) => {
    const validated = validateConfig(JSON.parse(JSON.stringify(config()).replaceAll('http://localhost:4173', env.server.url)));
    assert.equal(validated.ok, true);
    const lines = snippet({ src, partner: 'telenor', script: '/dist/csr-widgets.js', config: validated.config, lang: 'sv' }).split('\n');
    const start = lines.findIndex((l) => l.startsWith('<csr-'));
    return { head: lines.slice(0, start).join('\n'), elements: lines.slice(start) };
  },
};

/** Records every layout shift from the start (the observer is buffered) into window.__shifts. */
const SHIFTS = `window.__shifts = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    window.__shifts.push({ value: e.value, input: e.hadRecentInput, sources: e.sources.map((s) => {
      const n = s.node && (s.node.nodeType === 1 ? s.node : s.node.parentElement);
      const host = n && n.getRootNode().host;
      const el = host || n;
      return el ? el.localName + (el.getAttribute('variant') ? '[' + el.getAttribute('variant') + ']' : '') + (host ? ' (inside)' : '') + ' ' + JSON.stringify([s.previousRect.y, s.currentRect.y, s.previousRect.height, s.currentRect.height]) : '?';
    }) });
  }
}).observe({ type: 'layout-shift', buffered: true });`;

const results = [];
after(() => {
  console.log('\nCLS per embed × size × theme × config timing (every widget and variant in one article):');
  for (const r of results) console.log(`  ${r}`);
});

for (const embed of Object.keys(EMBEDS)) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    for (const theme of ['light', 'dark']) {
      for (const [timing, delayMs] of [['on time', 0], ['1 s late', 1000]]) {
        test(`${embed} embed, ${size}, ${theme}, config ${timing}: no layout shift`, async () => {
          const { head, elements } = EMBEDS[embed](await configUrl(delayMs));
          const observer = env.server.asset('shifts.js', SHIFTS);
          const page = article(`<script src="${observer}"></script>\n${head}`, elements, theme);
          const context = await env.browser.newContext({
            viewport: { width: viewport.width, height: viewport.height },
            hasTouch: viewport.touch,
            isMobile: viewport.touch,
            colorScheme: theme,
          });
          try {
            const p = await context.newPage();
            const pageErrors = [];
            p.on('pageerror', (e) => pageErrors.push(String(e)));
            await p.goto(env.server.url + env.server.page(page), { waitUntil: 'load' });
            const states = await settleAll(p, env.tags);
            assert.equal(states.length, Object.values(VARIANTS).flat().length, 'widgets in the page');
            for (const s of states) assert.equal(s.ready, true, `<${s.tag}> is not ready: ${s.code} ${s.message}`);
            // One more frame after the last render, then every shift so far.
            await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 100)))));
            const shifts = await p.evaluate(() => window.__shifts);
            const coarse = await p.evaluate(() => matchMedia('(pointer: coarse)').matches);
            assert.equal(coarse, viewport.touch, 'pointer type');
            // Nothing sticks out of the page sideways (a share bar's scrolled-out actions stay in their row).
            assert.equal(await p.evaluate(() => document.documentElement.scrollWidth), viewport.width, 'page width');
            const cls = shifts.reduce((sum, s) => sum + s.value, 0);
            results.push(`${embed.padEnd(8)}${size.padEnd(10)}${theme.padEnd(6)}${timing.padEnd(9)}CLS ${cls.toFixed(4)} (${shifts.length} shifts)`);
            assert.deepEqual(shifts, [], `layout shifts (CLS ${cls}):\n${JSON.stringify(shifts, null, 1)}`);
            assert.equal(cls, 0);
            none(pageErrors, 'page errors');
            none((await probe(p)).errors, 'errors that reached window.onerror');
          } finally {
            await context.close();
          }
        });
      }
    }
  }
}

// Each widget and variant alone, so that a shift names its widget: the box before the script, while
// loading and when ready must be the same (position and size), at both sizes.
for (const [size, viewport] of Object.entries(SIZES)) {
  test(`every widget and variant keeps its box from before the script to ready, ${size}`, async () => {
    const src = await configUrl(600);
    const { head, elements } = EMBEDS.readme(src);
    const page = article(head, elements, 'light')
      // The script arrives 800 ms late, so that the page is laid out without it first.
      .replace('/dist/csr-widgets.js"', '/dist/csr-widgets.js?delay=800"');
    const context = await env.browser.newContext({ viewport: { width: viewport.width, height: viewport.height }, hasTouch: viewport.touch, isMobile: viewport.touch });
    try {
      const p = await context.newPage();
      await p.goto(env.server.url + env.server.page(page), { waitUntil: 'commit' });
      // The whole article is parsed and the stylesheet applied (the script is still on its way).
      await p.waitForFunction(() => document.querySelectorAll('article > p').length >= 13 && [...document.styleSheets].some((s) => s.href?.endsWith('/csr-widgets.css')));
      const boxes = () =>
        p.evaluate(() =>
          [...document.querySelectorAll('article > *')]
            .filter((e) => e.localName.startsWith('csr-'))
            .map((e) => {
              const r = e.getBoundingClientRect();
              return { what: `${e.localName}[${e.getAttribute('variant') ?? ''}]`, defined: !!customElements.get(e.localName), box: [r.x, r.y, r.width, r.height] };
            }),
        );
      const before = await boxes();
      assert.ok(before.every((b) => !b.defined), 'measured before the script ran');
      await p.waitForFunction(() => customElements.get('csr-share-bar'));
      const loading = await boxes();
      await settleAll(p, env.tags);
      const ready = await boxes();
      for (const [i, b] of before.entries()) {
        // The report button's width is its label's: only its height and position are reserved.
        const same = (x) => (b.what.startsWith('csr-report-button') ? [x.box[0], x.box[1], x.box[3]] : x.box);
        assert.deepEqual(same(loading[i]), same(b), `${b.what}: before the script → loading`);
        assert.deepEqual(same(ready[i]), same(b), `${b.what}: before the script → ready`);
      }
    } finally {
      await context.close();
    }
  });
}
