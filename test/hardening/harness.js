// Shared helpers for the host-page tests: Chromium through playwright-core, the widgets that exist
// (from custom-elements.json and the page's customElements), and page probes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { chromium } from 'playwright-core';
import { chromiumPath, CHROMIUM_ARGS } from '../../scripts/chromium.js';
import { root } from './server.js';

/** The widgets the project plans; the manifest adds any other element it declares. */
const PLANNED = ['csr-partner-badge', 'csr-award-ribbon', 'csr-share-bar', 'csr-report-button'];
/** Elements without UI of their own, checked only for being defined. */
export const NON_VISUAL = ['csr-provider'];

/** Every `csr-*` tag the manifest declares, plus the planned ones; the page says which exist. */
export function candidateTags() {
  const tags = new Set(PLANNED);
  try {
    const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
    for (const module of manifest.modules ?? []) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.tagName?.startsWith('csr-')) tags.add(declaration.tagName);
      }
    }
  } catch {
    // No manifest: the planned tags are still tried.
  }
  for (const tag of NON_VISUAL) tags.delete(tag);
  return [...tags].sort();
}

/**
 * The config section each widget needs, for "valid sections keep working". A widget not listed
 * here is only required to settle (content, or fallback with a coded `csr-error`).
 */
export const SECTION_OF = {
  'csr-partner-badge': 'partners',
  'csr-award-ribbon': 'awards',
  'csr-share-bar': 'share',
  'csr-report-button': 'report',
};

/** The error codes of src/config/errors.ts (read from the source so the list cannot drift). */
export const ERROR_CODES = [...readFileSync(resolve(root, 'src/config/errors.ts'), 'utf8').matchAll(/\| '([a-z-]+)'/g)].map((m) => m[1]);

export async function launch() {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium not found: run scripts/chromium.js or set CHROME_PATH');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** The script that records what a page saw (test/hardening/fixtures/probe.js). */
export const PROBE_PATH = '/hardening/probe.js';

/** `<script>` and elements for a page: the probe first, then `head`, then `body`. */
export function html({ head = '', body = '', lang = 'sv', htmlAttrs = '' }) {
  return `<!doctype html>
<html lang="${lang}" ${htmlAttrs}>
<head><meta charset="utf-8"><title>hardening</title><link rel="icon" href="data:,">
<script src="${PROBE_PATH}"></script>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

/** One element of each tag, each with a fallback link (the no-JavaScript content). */
export const widgetMarkup = (tags, attrs = '') =>
  tags.map((t) => `<${t} ${attrs}><a href="/fallback.html" class="fallback">fallback of ${t}</a></${t}>`).join('\n');

/**
 * Opens a page in a fresh context and records console errors, page errors and every request
 * (`{ url, type }`). Returns `{ context, page, consoleErrors, pageErrors, requests }`.
 */
export async function open(browser, url, { offline = false, viewport = { width: 1024, height: 800 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  const requests = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('request', (r) => requests.push({ url: r.url(), type: r.resourceType() }));
  context.on('page', (p) => {
    if (p !== page) void p.close().catch(() => {});
  });
  if (offline) await context.setOffline(true);
  if (url) await page.goto(url, { waitUntil: 'load' });
  return { context, page, consoleErrors, pageErrors, requests };
}

/** The candidate tags that the page has defined. */
export const definedTags = (page, tags = candidateTags()) =>
  page.evaluate((list) => list.filter((t) => customElements.get(t)), tags);

/**
 * Waits until every widget element in the page (light DOM) has left its loading state, then
 * returns one snapshot per element: ready, problem code, base box, fallback visibility.
 */
export async function settleAll(page, tags, timeoutMs = 15000) {
  return page.evaluate(
    async ({ tags, timeoutMs }) => {
      const sel = tags.join(',');
      if (!sel) return [];
      await Promise.all(tags.map((t) => customElements.whenDefined(t)));
      const els = [...document.querySelectorAll(sel)];
      const timeout = new Promise((r) => setTimeout(() => r('timeout'), timeoutMs));
      await Promise.race([Promise.all(els.map((el) => el.settled())), timeout]);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return els.map((el, index) => {
        const base = el.shadowRoot?.querySelector('[part~="base"]');
        const box = base?.getBoundingClientRect();
        const fallback = el.querySelector(':scope > .fallback');
        const style = base ? getComputedStyle(base) : undefined;
        return {
          index,
          tag: el.localName,
          id: el.id,
          ready: el.ready === true,
          code: el.problem?.code,
          message: el.problem?.message,
          busy: !!el.shadowRoot?.querySelector('[aria-busy="true"]'),
          base: box ? { x: box.x, y: box.y, width: box.width, height: box.height } : null,
          baseVisible: !!box && box.width > 0 && box.height > 0 && style.visibility !== 'hidden' && style.display !== 'none',
          overflow: base ? base.scrollWidth - base.clientWidth : 0,
          fallbackVisible: !!fallback && fallback.getClientRects().length > 0,
          text: el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 200) ?? '',
        };
      });
    },
    { tags, timeoutMs },
  );
}

export const probe = (page) => page.evaluate(() => window.__probe);

/** A unique key for the config endpoints. */
let counter = 0;
export const key = (label) => `${label}-${process.pid}-${counter++}`;

/** Fails with a readable list when `items` is not empty. */
export function none(items, what) {
  if (items.length) throw new Error(`${what}:\n  ${items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i))).join('\n  ')}`);
}

/** The script tag of the script-tag build, fed by the example config at a fresh key. */
export const scriptTag = (k, { attrs = 'defer', partner = 'telenor', src = `/__cfg/${k}/ok`, file = '/dist/csr-widgets.js' } = {}) =>
  `<script src="${file}" data-src="${src}" data-partner="${partner}" ${attrs}></script>`;

/**
 * Starts the server and Chromium, and finds the widgets that exist now (the tags the build
 * defines). Returns `{ server, browser, tags, close }`.
 */
export async function setup() {
  const { startServer } = await import('./server.js');
  const server = await startServer();
  const browser = await launch();
  const probePage = await browser.newPage();
  await probePage.goto(server.url + server.page(html({ head: scriptTag(key('tags')) })));
  const tags = await definedTags(probePage);
  const provider = await probePage.evaluate(() => !!customElements.get('csr-provider'));
  await probePage.close();
  return {
    server,
    browser,
    tags,
    provider,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
