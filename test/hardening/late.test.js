// Host page 5: elements long in the page before the script arrives (async, served late), elements
// created from JavaScript later (properties set before and after connecting), and every way of
// loading the script (defer, async, type="module", a classic script in the head or at the end).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, html, scriptTag, widgetMarkup, open, settleAll, probe, key, none } from './harness.js';

const env = await setup();
after(() => env.close());

async function check(session, count) {
  const { page, consoleErrors, pageErrors } = session;
  const states = await settleAll(page, env.tags);
  assert.equal(states.length, count, 'widgets in the page');
  for (const s of states) {
    assert.equal(s.ready, true, `<${s.tag}>${s.id ? `#${s.id}` : ''} is not ready: ${s.code} ${s.message}`);
    assert.equal(s.fallbackVisible, false, `<${s.tag}> still shows its fallback`);
  }
  const log = await probe(page);
  none(log.errors, 'errors that reached window.onerror');
  none(pageErrors, 'page errors');
  none(consoleErrors, 'console errors');
  none(log.csrErrors, 'csr-error events');
}

test('elements long before an async script that arrives 1.5 s late: fallback first, then every widget', async () => {
  const k = key('late');
  const head = scriptTag(k, { attrs: 'async', file: '/dist/csr-widgets.js?delay=1500' });
  const path = env.server.page(html({ head, body: widgetMarkup(env.tags) }));
  const session = await open(env.browser);
  try {
    await session.page.goto(env.server.url + path, { waitUntil: 'domcontentloaded' });
    await session.page.waitForTimeout(500);
    const before = await session.page.evaluate(
      (tags) => tags.map((t) => ({ t, defined: !!customElements.get(t), fallback: document.querySelector(`${t} > .fallback`).getClientRects().length > 0 })),
      env.tags,
    );
    for (const b of before) {
      assert.equal(b.defined, false, `<${b.t}> was defined before the script arrived`);
      assert.equal(b.fallback, true, `<${b.t}>'s fallback is not shown before the script arrives`);
    }
    await check(session, env.tags.length);
  } finally {
    await session.context.close();
  }
});

// Creates every widget from JavaScript after load: half get their properties before connecting,
// half after; the last one gets a new src after its first render.
const LATER = `window.addEventListener('load', () => setTimeout(() => {
  const tags = JSON.parse(document.body.dataset.tags);
  const src = document.body.dataset.src;
  for (const tag of tags) {
    const before = document.createElement(tag);
    before.id = 'before-' + tag;
    before.partner = 'telenor';
    before.src = src;
    document.body.append(before);
    const after = document.createElement(tag);
    after.id = 'after-' + tag;
    document.body.append(after);
    // The award went to Telenor Sverige: only Telenor's ribbon can show it.
    after.partner = tag === 'csr-award-ribbon' ? 'telenor' : 'bredbandsbolaget';
    after.setAttribute('theme', 'dark');
  }
}, 300));`;

test('elements created from JavaScript later, properties set before and after connecting', async () => {
  const k = key('js');
  const later = env.server.asset('later.js', LATER);
  const head = `${scriptTag(k)}<script src="${later}"></script>`;
  const body = `<div data-x></div>`;
  const page = html({ head, body }).replace('<body>', `<body data-tags='${JSON.stringify(env.tags)}' data-src="/__cfg/${k}/ok">`);
  const session = await open(env.browser, env.server.url + env.server.page(page));
  try {
    await session.page.waitForFunction((n) => document.querySelectorAll('[id^="after-"]').length === n, env.tags.length);
    await check(session, env.tags.length * 2);
    const { count } = await (await fetch(`${env.server.url}/__cfg/${k}/count`)).json();
    assert.equal(count, 1, 'config requests');
  } finally {
    await session.context.close();
  }
});

const LOADERS = {
  defer: (k) => ({ head: scriptTag(k) }),
  async: (k) => ({ head: scriptTag(k, { attrs: 'async' }) }),
  'type="module"': (k) => ({ head: scriptTag(k, { attrs: 'type="module"' }) }),
  'a classic script in the head, before the elements': (k) => ({ head: scriptTag(k, { attrs: '' }) }),
  'a classic script at the end of the body': (k) => ({ tail: scriptTag(k, { attrs: '' }) }),
};

for (const [name, loader] of Object.entries(LOADERS)) {
  test(`loaded with ${name}: every widget renders`, async () => {
    const k = key('loader');
    const { head = '', tail = '' } = loader(k);
    const path = env.server.page(html({ head, body: `${widgetMarkup(env.tags)}${tail}` }));
    const session = await open(env.browser, env.server.url + path);
    try {
      await check(session, env.tags.length);
    } finally {
      await session.context.close();
    }
  });
}
