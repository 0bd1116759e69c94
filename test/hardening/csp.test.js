// Host page 1: a strict Content-Security-Policy with Trusted Types. Every widget renders, its
// controls work, and no securitypolicyviolation fires (listened for in the page, and console
// errors collected too).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, html, scriptTag, widgetMarkup, open, settleAll, probe, key, none } from './harness.js';

const env = await setup();
after(() => env.close());

const k = key('csp');
const body = `${widgetMarkup(env.tags)}
<csr-provider src="/__cfg/${k}/ok" partner="telenor">${widgetMarkup(env.tags, 'class="in-provider"')}</csr-provider>`;
const path = env.server.page(html({ head: scriptTag(k), body }), { csp: true });

let loaded;
const load = () =>
  (loaded ??= (async () => {
    const session = await open(env.browser, env.server.url + path);
    const states = await settleAll(session.page, env.tags);
    return { ...session, states };
  })());

after(async () => (await loaded)?.context.close());

test('strict CSP: the page is served with the policy and the provider is defined', async () => {
  const { page } = await load();
  const response = await page.request.get(env.server.url + path);
  assert.match(response.headers()['content-security-policy'], /require-trusted-types-for 'script'/);
  assert.equal(env.provider, true, 'csr-provider is defined by dist/csr-widgets.js');
});

for (const tag of env.tags) {
  test(`strict CSP: <${tag}> renders (direct and inside csr-provider)`, async () => {
    const { states } = await load();
    const mine = states.filter((s) => s.tag === tag);
    assert.equal(mine.length, 2);
    for (const s of mine) {
      assert.equal(s.ready, true, `<${tag}> #${s.index} is not ready: ${s.code} ${s.message}`);
      assert.equal(s.baseVisible, true, `<${tag}> has no visible part="base"`);
      assert.equal(s.fallbackVisible, false, `<${tag}> still shows its fallback`);
    }
  });

  test(`strict CSP: <${tag}>'s buttons work without a violation`, async () => {
    const { page } = await load();
    const buttons = page.locator(`${tag}:not(.in-provider)`).locator('button:visible');
    const count = await buttons.count();
    for (let i = 0; i < count; i++) {
      const button = buttons.nth(i);
      if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
      await button.click({ timeout: 3000 });
      await page.waitForTimeout(100);
      await page.keyboard.press('Escape');
    }
    const log = await probe(page);
    none(log.violations, `policy violations after using <${tag}>`);
  });
}

test('strict CSP: no violation, no error, no console error on the whole page', async () => {
  const { page, consoleErrors, pageErrors } = await load();
  await page.waitForTimeout(200);
  const log = await probe(page);
  none(log.violations, 'securitypolicyviolation events');
  none(log.errors, 'errors that reached window.onerror');
  none(pageErrors, 'page errors');
  none(consoleErrors, 'console errors');
  none(log.csrErrors, 'csr-error events');
  assert.equal(log.ready.length, env.tags.length * 2, 'one csr-ready per widget');
});
