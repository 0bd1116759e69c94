// The pages the benchmark loads, and the functions it runs inside them. Page functions run in
// Chromium (`page.addInitScript` / `page.evaluate`), so they use only what they are given.

const escapeAttribute = (value) => String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/** The mixed list of `count` widgets: every tag in turn, each tag's variants in turn. */
export function mixWidgets(widgets, count) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const { tag, variants } = widgets[i % widgets.length];
    const variant = variants.length ? variants[Math.floor(i / widgets.length) % variants.length] : undefined;
    list.push({ tag, variant });
  }
  return list;
}

const widgetTag = ({ tag, variant }, { attributes = '', fallback = '' } = {}) =>
  `<${tag}${variant ? ` variant="${escapeAttribute(variant)}"` : ''}${attributes}>${fallback}</${tag}>`;

/**
 * A whole page. `expect` is how many widgets the probe waits for (0: none, it waits for
 * DOMContentLoaded and then for `ready`, when given); `configUrl`, when given, adds the script tag
 * with it as `data-src`. `ready` ({ selector, count, fonts }) is what "rendered" means on a page
 * without `csr-` widgets: `count` elements match `selector`, and, with `fonts`, the fonts the page
 * then uses have loaded. `end` goes at the end of the body (a script placed before `</body>`).
 */
export function htmlDocument({ title, expect, configUrl, scriptAttributes = ' defer', head = '', body, ready, end = '' }) {
  const script = configUrl
    ? `\n<script src="/dist/csr-widgets.js" data-src="${escapeAttribute(configUrl)}" data-partner="telenor"${scriptAttributes}></script>`
    : '';
  const readyMeta = ready ? `\n<meta name="bench-ready" content="${escapeAttribute(JSON.stringify(ready))}">` : '';
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="bench-expect" content="${expect}">${readyMeta}
<title>bench: ${title}</title>
<link rel="icon" href="data:,">${head}${script}
</head>
<body>
${body}${end}
</body>
</html>
`;
}

/**
 * A page of widgets that share one config URL in the three ways a page can give it: the script
 * tag's `data-src` (the first third), the widget's own `src` (the second third) and a
 * `<csr-provider>` around them (the last third).
 */
export function widgetPage({ widgets, count, configUrl = '/csr.json' }) {
  const list = mixWidgets(widgets, count);
  const third = Math.ceil(count / 3);
  const own = ` src="${escapeAttribute(configUrl)}" partner="telenor"`;
  const first = list.slice(0, third).map((w) => widgetTag(w)).join('\n');
  const second = list.slice(third, 2 * third).map((w) => widgetTag(w, { attributes: own })).join('\n');
  const last = list.slice(2 * third).map((w) => widgetTag(w)).join('\n');
  const provider = last ? `\n<csr-provider src="${escapeAttribute(configUrl)}" partner="telenor"><div>${last}</div></csr-provider>` : '';
  return htmlDocument({
    title: `${count} widgets`,
    expect: count,
    configUrl,
    body: `<main>\n<div>${first}</div>\n<div>${second}</div>${provider}\n</main>`,
  });
}

/**
 * A page for layout shift: every widget and variant once, each followed by a paragraph that moves
 * if the widget changes size when its config arrives. Every other widget has a fallback link.
 * `scriptAttributes` is how the script tag loads (' defer' as the README shows, '' blocking);
 * `stylesheet`, when given, is linked in the head.
 */
export function shiftPage({ widgets, configUrl, scriptAttributes, stylesheet }) {
  const list = widgets.flatMap(({ tag, variants }) => (variants.length ? variants : [undefined]).map((variant) => ({ tag, variant })));
  const text =
    'Ett stycke text under widgeten, som flyttar sig om widgeten byter storlek när konfigurationen kommer fram.';
  const body = list
    .map((w, i) => `${widgetTag(w, { fallback: i % 2 ? '' : '<a href="/ecpat.html">ECPAT Sverige</a>' })}\n<p>${text}</p>`)
    .join('\n');
  const head = stylesheet ? `\n<link rel="stylesheet" href="${escapeAttribute(stylesheet)}">` : '';
  return htmlDocument({ title: 'layout shift', expect: list.length, configUrl, scriptAttributes, head, body: `<main>\n${body}\n</main>` });
}

/** A page with the script, one widget (so that the config is loaded) and a container. */
export const heapPage = ({ widgets }) =>
  htmlDocument({ title: 'heap', expect: 1, configUrl: '/csr.json', body: `${widgetTag({ tag: widgets[0].tag })}\n<div id="host"></div>` });

/** A page with just the script (not deferred), to find out which widgets it defines. */
export const probePage = htmlDocument({ title: 'probe', expect: NaN, configUrl: '/csr.json', scriptAttributes: '', body: '' });

/**
 * Runs in the page before anything else (an init script, so the strict CSP does not apply to it):
 * counts `csr-ready` / `csr-error`, and once every widget the page expects has settled (or, for a
 * page that expects none, at DOMContentLoaded or once its `bench-ready` rule holds) records the
 * time of the next frame. Also records long tasks, layout shifts and CSP violations.
 */
export function probe() {
  const bench = {
    ready: 0,
    errors: [],
    lastSettled: 0,
    settled: 0,
    painted: 0,
    height: 0,
    longTasks: [],
    shifts: [],
    csp: [],
  };
  Object.defineProperty(window, '__bench', { value: bench });
  const expected = () => Number(document.querySelector('meta[name="bench-expect"]')?.content ?? NaN);
  const afterFrame = (fn) => requestAnimationFrame(() => setTimeout(fn));
  const markPainted = () => {
    bench.settled = performance.now();
    // The frame after the content is complete: its style, layout and paint run before this timer.
    afterFrame(() => {
      bench.painted = performance.now();
      performance.mark('bench-painted');
      bench.height = document.documentElement.scrollHeight;
    });
  };
  const onSettled = () => {
    bench.lastSettled = performance.now();
    if (!bench.settled && bench.ready + bench.errors.length >= expected()) markPainted();
  };
  document.addEventListener('csr-ready', () => {
    bench.ready++;
    onSettled();
  }, true);
  document.addEventListener('csr-error', (event) => {
    bench.errors.push(`${event.target.localName}: ${event.detail?.code} ${event.detail?.message}`);
    onSettled();
  }, true);
  // A page without widgets is rendered at DOMContentLoaded, or once its `bench-ready` rule holds.
  document.addEventListener('DOMContentLoaded', () => {
    if (expected() !== 0) return;
    const content = document.querySelector('meta[name="bench-ready"]')?.content;
    const rule = content ? JSON.parse(content) : undefined;
    if (!rule) return markPainted();
    const holds = () => document.querySelectorAll(rule.selector).length >= rule.count;
    const done = () => {
      bench.lastSettled = performance.now();
      // Fonts are requested by the layout that first uses them: wait for a frame, then for them.
      if (rule.fonts) afterFrame(() => document.fonts.ready.then(markPainted));
      else markPainted();
    };
    if (holds()) return done();
    const observer = new MutationObserver(() => {
      if (!holds()) return;
      observer.disconnect();
      done();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
  });
  document.addEventListener('securitypolicyviolation', (event) => bench.csp.push(`${event.violatedDirective} ${event.blockedURI}`), true);
  const describe = (node) => {
    const element = node?.nodeType === 1 ? node : node?.parentElement;
    if (!element) return '?';
    const name = (e) => `${e.localName}${e.getAttribute('variant') ? `[${e.getAttribute('variant')}]` : ''}`;
    const host = element.getRootNode()?.host;
    if (host) return `${name(host)} (inside)`;
    if (element.localName.startsWith('csr-')) return name(element);
    const before = element.previousElementSibling;
    if (before?.localName.startsWith('csr-')) return `${element.localName} after ${name(before)}`;
    return element.classList.length ? `${element.localName}.${element.classList[0]}` : element.localName;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.hadRecentInput) bench.shifts.push({ time: e.startTime, value: e.value, sources: e.sources.map((s) => describe(s.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

/** In the page: the widgets the script defined (tags from the manifest, else every `csr-*` tag). */
export function definedWidgets(manifestTags) {
  const known = ['csr-partner-badge', 'csr-award-ribbon', 'csr-share-bar', 'csr-report-button'];
  const tags = [...new Set([...known, ...manifestTags])];
  return tags
    .map((tag) => ({ tag, element: customElements.get(tag) }))
    .filter(({ element }) => element && Array.isArray(element.variants))
    .map(({ tag, element }) => ({ tag, variants: [...element.variants] }));
}

/** In the page: creates `count` widgets (mixed) in #host and waits until all have settled. */
export async function createWidgets({ widgets, count }) {
  const bench = window.__bench;
  const host = document.getElementById('host');
  const start = bench.ready + bench.errors.length;
  const fragment = document.createDocumentFragment();
  for (let i = 0; i < count; i++) {
    const { tag, variants } = widgets[i % widgets.length];
    const element = document.createElement(tag);
    if (variants.length) element.setAttribute('variant', variants[Math.floor(i / widgets.length) % variants.length]);
    fragment.append(element);
  }
  host.append(fragment);
  const deadline = performance.now() + 20000;
  while (bench.ready + bench.errors.length - start < count && performance.now() < deadline) {
    await new Promise((done) => setTimeout(done, 20));
  }
  return bench.ready + bench.errors.length - start;
}

/** In the page: removes the widgets `createWidgets` made, and lets two frames pass. */
export async function removeWidgets() {
  document.getElementById('host').replaceChildren();
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/** The README's page CSS that reserves widgets' boxes before the script runs (its `:not(:defined)` rules). */
export function readmeReserveCss(readme) {
  return [...readme.matchAll(/```css\n([\s\S]*?)```/g)]
    .map((m) => m[1])
    .filter((css) => css.includes(':not(:defined)'))
    .join('\n');
}
