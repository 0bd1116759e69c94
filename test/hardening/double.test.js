// Host page 3: the script included twice, and the npm build (ES modules with their own copy of lit,
// bundled by run.js) beside the script-tag build, in either order, with and without csr-provider:
// no error, every widget renders once, and exactly one config request per config URL.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, html, scriptTag, widgetMarkup, open, settleAll, probe, key, none } from './harness.js';

const env = await setup();
after(() => env.close());

const npm = '<script type="module" src="/bundles/npm-define.js"></script>';
const CASES = {
  'the same script twice': (k) => `${scriptTag(k)}${scriptTag(k)}`,
  'two copies of the script (two URLs)': (k) => `${scriptTag(k)}${scriptTag(k, { file: '/dist/csr-widgets.js?copy=2' })}`,
  'the script twice, async and defer': (k) => `${scriptTag(k, { attrs: 'async' })}${scriptTag(k, { file: '/dist/csr-widgets.js?copy=2' })}`,
  'the npm build, then the script tag': (k) => `${npm}${scriptTag(k, { attrs: 'async' })}`,
  'the script tag, then the npm build': (k) => `${scriptTag(k)}${npm}`,
  'the script tag, then the npm build, inside csr-provider': (k) => `${scriptTag(k)}${npm}`,
};

for (const [name, head] of Object.entries(CASES)) {
  test(`${name}: no error, every widget renders once, one config request`, async () => {
    const k = key('double');
    const withProvider = name.includes('csr-provider');
    const widgets = widgetMarkup(env.tags);
    const body = withProvider ? `<csr-provider src="/__cfg/${k}/ok" partner="telenor">${widgets}</csr-provider>` : widgets;
    const path = env.server.page(html({ head: head(k), body }));
    const { page, context, consoleErrors, pageErrors } = await open(env.browser, env.server.url + path);
    try {
      const states = await settleAll(page, env.tags);
      for (const s of states) assert.equal(s.ready, true, `<${s.tag}> is not ready: ${s.code} ${s.message}`);
      await page.waitForTimeout(300);
      const log = await probe(page);
      none(log.errors, 'errors that reached window.onerror');
      none(pageErrors, 'page errors');
      none(consoleErrors, 'console errors');
      none(log.csrErrors, 'csr-error events');
      assert.deepEqual(log.ready.sort(), [...env.tags].sort(), 'one csr-ready per widget');
      const { count } = await (await fetch(`${env.server.url}/__cfg/${k}/count`)).json();
      assert.equal(count, 1, 'config requests');
      if (name.includes('npm')) {
        // Both copies really ran: the npm copy's lit and the script's lit are different objects.
        const copies = await page.evaluate(() => (window.litElementVersions ?? []).length);
        assert.ok(copies >= 2, `lit ran ${copies} time(s); the npm bundle did not load`);
      }
    } finally {
      await context.close();
    }
  });
}
