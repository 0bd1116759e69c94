// Host page 4: a React 19 app and a Vue 3 app (test/hardening/apps, bundled by run.js with the
// npm build) render every widget, set its properties, listen to its events, and unmount and
// remount the widgets as the single-page app navigates. Every mount renders every widget and
// fires one csr-ready each; listeners on window, document and media queries do not pile up; and
// unmounted widgets are garbage-collected (counted through the DevTools protocol).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, html, open, settleAll, probe, key, none } from './harness.js';

const env = await setup();
after(() => env.close());

/** Counts listeners added minus removed on window, document, media queries and elsewhere. */
const LISTENER_COUNTER = `(() => {
  const net = { window: 0, document: 0, media: 0, other: 0 };
  const kind = (t) => t === window ? 'window' : t === document ? 'document' : (typeof MediaQueryList !== 'undefined' && t instanceof MediaQueryList) ? 'media' : 'other';
  const seen = new WeakMap();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const id = (type, fn, options) => type + '|' + (typeof options === 'boolean' ? options : !!(options && options.capture));
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if (fn) {
      let set = seen.get(this); if (!set) seen.set(this, (set = new Map()));
      let fns = set.get(id(type, fn, options)); if (!fns) set.set(id(type, fn, options), (fns = new Set()));
      if (!fns.has(fn)) { fns.add(fn); net[kind(this)]++; }
    }
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    const fns = seen.get(this)?.get(id(type, fn, options));
    if (fns?.delete(fn)) net[kind(this)]--;
    return remove.call(this, type, fn, options);
  };
  Object.defineProperty(window, '__listeners', { value: net });
})();`;

const listeners = (page) => page.evaluate(() => ({ ...window.__listeners }));

async function liveInstances(page, cdp, tags) {
  await cdp.send('HeapProfiler.collectGarbage');
  const counts = {};
  for (const tag of tags) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `customElements.get(${JSON.stringify(tag)}).prototype` });
    const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: result.objectId });
    const { result: length } = await cdp.send('Runtime.callFunctionOn', {
      objectId: objects.objectId,
      functionDeclaration: 'function () { return this.length; }',
      returnByValue: true,
    });
    counts[tag] = length.value;
  }
  return counts;
}

const CYCLES = 3;

for (const framework of ['react', 'vue']) {
  test(`${framework}: render, set properties, listen, unmount and remount ${CYCLES} times without leaks`, async (t) => {
    const k = key(framework);
    const counter = env.server.asset('listener-counter.js', LISTENER_COUNTER);
    const head = `<script src="${counter}"></script><script type="module" src="/bundles/${framework}-app.js"></script>`;
    const body = `<div id="app" data-tags="${env.tags.join(',')}" data-src="/__cfg/${k}/ok"></div>`;
    const session = await open(env.browser, env.server.url + env.server.page(html({ head, body })));
    const { page, context, consoleErrors, pageErrors } = session;
    try {
      const cdp = await context.newCDPSession(page);
      const n = env.tags.length;
      const app = () => page.evaluate(() => ({ ...window.__app.events, error: [...window.__app.events.error] }));
      const navigate = async (route) => {
        await page.evaluate((r) => window.__app.setRoute(r), route);
        await page.waitForFunction((r) => document.querySelector('nav')?.textContent === `route: ${r}`, route);
      };
      const expectAllReady = async (label) => {
        const states = await settleAll(page, env.tags);
        assert.equal(states.length, n, `${label}: widgets mounted`);
        for (const s of states) assert.equal(s.ready, true, `${label}: <${s.tag}> is not ready: ${s.code} ${s.message}`);
      };

      await page.waitForFunction(() => window.__app?.setRoute);
      await expectAllReady('first mount');
      await page.waitForFunction((want) => window.__app.events.ready >= want, n, { timeout: 5000 }).catch(() => {});
      assert.equal((await app()).ready, n, 'csr-ready events after the first mount (through the framework listener)');
      // Properties reached the elements as properties (a dark theme is reflected to the attribute).
      await navigate('about');
      await expectAllReady('about');
      const props = await page.evaluate((tags) => tags.map((t) => [t, document.querySelector(t).partner, document.querySelector(t).getAttribute('theme')]), env.tags);
      for (const [tag, partner, theme] of props) {
        assert.equal(partner, 'telenor', `<${tag}>.partner`);
        assert.equal(theme, 'dark', `<${tag}>'s theme property is reflected`);
      }
      await navigate('home');
      await expectAllReady('home');
      const settledListeners = await listeners(page);
      let ready = (await app()).ready;
      for (let cycle = 1; cycle <= CYCLES; cycle++) {
        await navigate('empty');
        assert.equal(await page.evaluate((tags) => document.querySelectorAll(tags.join(',')).length, env.tags), 0, 'unmounted');
        await navigate(cycle % 2 ? 'about' : 'home');
        await expectAllReady(`cycle ${cycle}`);
        await page.waitForFunction((want) => window.__app.events.ready >= want, ready + n, { timeout: 5000 }).catch(() => {});
        const now = (await app()).ready;
        assert.equal(now - ready, n, `cycle ${cycle}: one csr-ready per widget per mount`);
        ready = now;
      }
      await navigate('home');
      await expectAllReady('home again');
      await page.waitForTimeout(200);
      const finalListeners = await listeners(page);
      for (const where of ['window', 'document', 'media']) {
        assert.ok(
          finalListeners[where] <= settledListeners[where],
          `listeners on ${where}: ${settledListeners[where]} with the widgets first mounted, ${finalListeners[where]} after ${CYCLES} more mounts`,
        );
      }
      await navigate('empty');
      await page.waitForTimeout(200);
      const live = await liveInstances(page, cdp, env.tags);
      for (const [tag, count] of Object.entries(live)) {
        // A framework may hold the last unmounted tree for a while; more than one set is a leak.
        assert.ok(count <= 1, `${count} <${tag}> instances still alive after ${CYCLES + 2} unmounts`);
      }
      t.diagnostic(`listeners first ${JSON.stringify(settledListeners)}, last ${JSON.stringify(finalListeners)}; live after unmount ${JSON.stringify(live)}`);
      const events = await app();
      none(events.error, 'csr-error events seen by the app');
      const log = await probe(page);
      none(log.errors, 'errors that reached window.onerror');
      none(pageErrors, 'page errors');
      none(consoleErrors, 'console errors');
      const { count } = await (await fetch(`${env.server.url}/__cfg/${k}/count`)).json();
      assert.equal(count, 1, 'config requests in the whole session');
    } finally {
      await context.close();
    }
  });
}
