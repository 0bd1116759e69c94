// Host page 2: hostile global CSS. Every widget stays usable (rendered, visible, each control
// clickable at its centre; at least 24 × 24 px on a plain page) and keeps its layout: the size of its
// part="base" and of every control inside it match a plain page to within a pixel or two.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, html, scriptTag, open, settleAll, probe, key, none } from './harness.js';

const env = await setup();
after(() => env.close());

const STYLES = {
  'all-unset': '* { all: unset !important; }',
  'button-none': 'button { display: none !important; }',
  'root-40px': 'html { font-size: 40px; }',
  rtl: 'html { direction: rtl; }',
  combined: `* { all: unset !important; }
button { display: none !important; }
:root { font-size: 40px !important; direction: rtl !important; }
a, span, div, p, svg { color: red; font: 40px/3 serif; letter-spacing: 4px; }
* { transition: all 3s; box-sizing: content-box; }`,
};

/** Each widget in a host container of fixed width (inline !important: the hostile sheet cannot undo it). */
const markup = env.tags
  .map(
    (t) =>
      `<div class="host-box" style="display:block !important;width:640px !important;margin:0 0 24px !important;">
  <${t} id="w-${t}"><a href="/fallback.html" class="fallback">fallback of ${t}</a></${t}>
</div>`,
  )
  .join('\n');

/** Boxes of every control in each widget, relative to its part="base". */
const controlBoxes = (page) =>
  page.evaluate((tags) => {
    const out = {};
    for (const tag of tags) {
      const el = document.getElementById(`w-${tag}`);
      const base = el.shadowRoot.querySelector('[part~="base"]').getBoundingClientRect();
      out[tag] = [...el.shadowRoot.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')]
        .filter((c) => c.getClientRects().length > 0)
        .map((c) => {
          const r = c.getBoundingClientRect();
          const name = c.getAttribute('aria-label') || c.textContent.trim().slice(0, 30) || c.localName;
          return { name, x: r.x - base.x, y: r.y - base.y, width: r.width, height: r.height };
        });
    }
    return out;
  }, env.tags);

async function render(name) {
  const k = key(`css-${name}`);
  const style = name === 'plain' ? '' : `<link rel="stylesheet" href="${env.server.asset(`${name}.css`, STYLES[name])}">`;
  const path = env.server.page(html({ head: `${style}${scriptTag(k)}`, body: markup }));
  const session = await open(env.browser, env.server.url + path);
  const states = await settleAll(session.page, env.tags);
  await session.page.waitForTimeout(50);
  return { ...session, states, controls: await controlBoxes(session.page) };
}

const baseline = render('plain');
after(async () => (await baseline).context.close());

const close = (a, b, tolerance = 2) => Math.abs(a - b) <= tolerance;

for (const tag of env.tags) {
  test(`plain page: <${tag}>'s controls are at least 24 × 24 px`, async () => {
    const { controls } = await baseline;
    none(
      controls[tag].filter((c) => c.width < 24 || c.height < 24).map((c) => `"${c.name}" ${c.width}×${c.height}`),
      'controls smaller than 24 × 24 px',
    );
  });
}

for (const name of Object.keys(STYLES)) {
  let rendered;
  const load = () => (rendered ??= render(name));
  after(async () => (await rendered)?.context.close());

  for (const tag of env.tags) {
    test(`hostile CSS "${name}": <${tag}> renders, visible, same size as on a plain page`, async () => {
      const plain = (await baseline).states.find((s) => s.tag === tag);
      const hostile = (await load()).states.find((s) => s.tag === tag);
      assert.equal(hostile.ready, true, `not ready: ${hostile.code} ${hostile.message}`);
      assert.equal(hostile.baseVisible, true, 'part="base" is not visible');
      assert.equal(hostile.fallbackVisible, false, 'the fallback still shows');
      assert.ok(
        close(hostile.base.width, plain.base.width) && close(hostile.base.height, plain.base.height),
        `part="base" is ${hostile.base.width.toFixed(1)} × ${hostile.base.height.toFixed(1)} px, on a plain page ${plain.base.width.toFixed(1)} × ${plain.base.height.toFixed(1)} px`,
      );
      assert.ok(hostile.overflow <= 1, `part="base" overflows by ${hostile.overflow} px`);
    });

    test(`hostile CSS "${name}": <${tag}>'s controls keep their place and size and take clicks`, async () => {
      const { page } = await load();
      const plain = (await baseline).controls[tag];
      const hostile = (await load()).controls[tag];
      assert.equal(hostile.length, plain.length, `${hostile.length} visible controls, ${plain.length} on a plain page`);
      const moved = hostile.filter((c, i) => {
        const p = plain[i];
        return !(close(c.x, p.x) && close(c.y, p.y) && close(c.width, p.width) && close(c.height, p.height));
      });
      none(
        moved.map((c) => {
          const p = plain[hostile.indexOf(c)];
          return `"${c.name}" at ${c.x.toFixed(0)},${c.y.toFixed(0)} ${c.width.toFixed(0)}×${c.height.toFixed(0)} (plain: ${p.x.toFixed(0)},${p.y.toFixed(0)} ${p.width.toFixed(0)}×${p.height.toFixed(0)})`;
        }),
        'controls moved or resized',
      );
      // Actionability: visible, stable, enabled, and the control itself receives a click at its centre.
      const controls = page.locator(`#w-${tag}`).locator('a[href]:visible, button:visible');
      for (let i = 0; i < (await controls.count()); i++) {
        await controls.nth(i).click({ trial: true, timeout: 2000 });
      }
    });
  }

  test(`hostile CSS "${name}": no error on the page`, async () => {
    const { page, pageErrors, consoleErrors } = await load();
    const log = await probe(page);
    none(log.errors, 'errors that reached window.onerror');
    none(pageErrors, 'page errors');
    none(consoleErrors, 'console errors');
    none(log.csrErrors, 'csr-error events');
  });
}
