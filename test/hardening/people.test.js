// People: every widget on a real page, checked with axe-core in light and dark, Swedish, English
// and a right-to-left language (Arabic), and walked with the keyboard alone: every control is
// reached by Tab in order and shows a visible focus ring, disclosures open and close with the
// keyboard, a dialog keeps focus inside and gives it back on Escape, and Tab never gets stuck.
// (Every story is also checked with axe by `npm run test:stories`.)
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { setup, html, scriptTag, open, settleAll, key, none } from './harness.js';
import { root } from './server.js';

const env = await setup();
after(() => env.close());

const AXE = resolve(root, 'node_modules/axe-core/axe.min.js');

async function pageWith({ lang, theme }) {
  const k = key('people');
  const widgets = env.tags.map((t) => `<p><${t} theme="${theme}"></${t}></p>`).join('\n');
  const body = `<main><h1>Widgets</h1><button id="before">before</button>\n${widgets}\n<button id="after">after</button></main>`;
  const bg = env.server.asset('page.css', theme === 'dark' ? 'body { background: #111; color: #eee; }' : '');
  const dir = lang === 'ar' ? 'dir="rtl"' : '';
  const path = env.server.page(html({ head: `<link rel="stylesheet" href="${bg}">${scriptTag(k)}`, body, lang, htmlAttrs: dir }));
  const session = await open(env.browser, env.server.url + path);
  const states = await settleAll(session.page, env.tags);
  for (const s of states) assert.equal(s.ready, true, `<${s.tag}> is not ready: ${s.code} ${s.message}`);
  return session;
}

const axe = async (page) => {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' > ')).join(', ')}`);
  });
};

for (const [lang, theme] of [
  ['sv', 'light'],
  ['sv', 'dark'],
  ['en', 'light'],
  ['en', 'dark'],
  ['ar', 'light'],
  ['ar', 'dark'],
]) {
  test(`axe: every widget on one page, ${lang}, ${theme}: no violations`, async () => {
    const { page, context } = await pageWith({ lang, theme });
    try {
      none(await axe(page), 'axe violations');
    } finally {
      await context.close();
    }
  });
}

/** The element that has focus, through shadow roots, described with its widget. */
const FOCUS = () => {
  let el = document.activeElement;
  let host = null;
  while (el?.shadowRoot?.activeElement) {
    if (el.localName.startsWith('csr-')) host = el;
    el = el.shadowRoot.activeElement;
  }
  if (el?.localName.startsWith('csr-')) host = el;
  const style = el ? getComputedStyle(el) : null;
  const ring = !!style && ((style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none');
  const label = el ? el.getAttribute('aria-label') || el.textContent.trim().replace(/\s+/g, ' ').slice(0, 40) || el.localName : '';
  return { id: el?.id ?? '', widget: host?.localName ?? null, tag: el?.localName, label, ring };
};

test('keyboard: Tab reaches every control of every widget, in order, each with a visible focus ring', async () => {
  const { page, context } = await pageWith({ lang: 'sv', theme: 'light' });
  try {
    // What there is to reach: the visible, enabled, tabbable controls of each widget.
    const expected = await page.evaluate((tags) => {
      const out = [];
      for (const el of document.querySelectorAll(tags.join(','))) {
        for (const c of el.shadowRoot.querySelectorAll('a[href], button, input, select, textarea, summary, [tabindex]')) {
          if (c.tabIndex < 0 || c.disabled || c.closest('dialog:not([open])') || !c.getClientRects().length) continue;
          if (c.type === 'radio' && !c.checked) continue;
          out.push(`${el.localName} ${c.localName} ${c.getAttribute('aria-label') || c.textContent.trim().replace(/\s+/g, ' ').slice(0, 40) || c.localName}`);
        }
      }
      return out;
    }, env.tags);
    await page.focus('#before');
    const walk = [];
    for (let i = 0; i < 200; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(FOCUS);
      if (f.id === 'after') break;
      walk.push(f);
    }
    assert.ok(walk.length < 199, 'Tab never reached the button after the widgets (a focus trap)');
    const reached = walk.filter((f) => f.widget).map((f) => `${f.widget} ${f.tag} ${f.label}`);
    assert.deepEqual(reached, expected, 'controls reached by Tab, in order');
    none(walk.filter((f) => f.widget && !f.ring).map((f) => `${f.widget} ${f.tag} "${f.label}"`), 'focused controls without a visible focus ring');
  } finally {
    await context.close();
  }
});

test('keyboard: disclosures open and close with Enter, dialogs keep focus and give it back on Escape', async () => {
  const { page, context } = await pageWith({ lang: 'en', theme: 'light' });
  try {
    const toggles = await page.evaluate((tags) => {
      const out = [];
      for (const el of document.querySelectorAll(tags.join(','))) {
        el.shadowRoot.querySelectorAll('button[aria-expanded], button[aria-haspopup="dialog"]').forEach((b, i) => {
          if (b.getClientRects().length) out.push({ tag: el.localName, index: i, dialog: b.getAttribute('aria-haspopup') === 'dialog' });
        });
      }
      return out;
    }, env.tags);
    const problems = [];
    for (const t of toggles) {
      const button = () => page.locator(t.tag).locator('button[aria-expanded], button[aria-haspopup="dialog"]').nth(t.index);
      await button().focus();
      const name = `${t.tag} "${await button().evaluate((b) => b.getAttribute('aria-label') || b.textContent.trim().replace(/\s+/g, ' ').slice(0, 40))}"`;
      await page.keyboard.press('Enter');
      await page.waitForTimeout(100);
      if (t.dialog) {
        const open = await page.locator(t.tag).evaluate((el) => !!el.shadowRoot.querySelector('dialog[open]'));
        if (!open) {
          problems.push(`${name}: Enter opened no dialog`);
          continue;
        }
        const inside = [];
        for (let i = 0; i < 30; i++) {
          await page.keyboard.press('Tab');
          inside.push(await page.evaluate(() => {
            let el = document.activeElement;
            // Past the dialog's last control a native modal dialog lets focus go to the browser's
            // own interface (nothing in the page has focus then): allowed.
            if (!el || el === document.body) return true;
            while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
            return !!el?.closest('dialog[open]');
          }));
        }
        if (inside.some((x) => !x)) problems.push(`${name}: Tab left the open dialog`);
        await page.keyboard.press('Escape');
        await page.waitForTimeout(100);
        const after = await page.evaluate(FOCUS);
        const closed = await page.locator(t.tag).evaluate((el) => !el.shadowRoot.querySelector('dialog[open]'));
        if (!closed) problems.push(`${name}: Escape did not close the dialog`);
        if (after.widget !== t.tag || after.tag !== 'button') problems.push(`${name}: focus did not return to the opener (it is on ${after.widget} ${after.tag} "${after.label}")`);
      } else {
        const expanded = await button().getAttribute('aria-expanded');
        if (expanded !== 'true') problems.push(`${name}: Enter did not expand it (aria-expanded=${expanded})`);
        // A disclosure may move focus into what it opened; the person tabs back to the toggle.
        await button().focus();
        await page.keyboard.press('Enter');
        await page.waitForTimeout(100);
        const collapsed = await button().getAttribute('aria-expanded');
        if (collapsed !== 'false') problems.push(`${name}: a second Enter did not collapse it (aria-expanded=${collapsed})`);
      }
    }
    none(problems, 'keyboard problems');
  } finally {
    await context.close();
  }
});
