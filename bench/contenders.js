// What a partner's web team would use instead of csr-widgets, and the two pages the benchmark
// loads for each: 200 share bars on one page, and an article with the widgets between paragraphs.
// Every contender's files come from the bench server (`/vendor/…` is node_modules), never a CDN.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { htmlDocument } from './pages.js';

const root = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(resolve(root, 'demo/csr.json'), 'utf8'));
const DEMO_ORIGIN = 'http://localhost:4173'; // the demo server rewrites it to its own address
const sv = (text) => (typeof text === 'string' ? text : text.sv);

const escapeHtml = (value) => String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** What every bar says and shares, from the example config (the same as csr-widgets shows). */
function campaign(origin) {
  const local = (url) => url.replace(DEMO_ORIGIN, origin);
  return {
    url: local(config.share.url),
    title: sv(config.share.title),
    text: sv(config.share.text),
    hashtags: config.share.hashtags,
    organization: config.organization.name,
    partner: config.partners.telenor.name,
    verifyUrl: local(config.partners.telenor.verifyUrl),
    logo: local(config.organization.logo),
    award: { title: sv(config.awards['frii-2013'].title), issuer: config.awards['frii-2013'].issuer.name, url: local(config.awards['frii-2013'].url) },
    hotlineUrl: local(config.report.hotlineUrl),
  };
}

// The host page's own CSS, the same for every contender: a body, and the heading and line of text
// that the web team writes above a library's buttons.
const HOST_CSS = `body { margin: 0 auto; max-width: 44rem; padding: 1rem; font: 16px/1.5 system-ui, sans-serif; color: #1a1a1a; }
.share h2 { margin: 1.5rem 0 0.25rem; font-size: 1.25rem; }
.share p { margin: 0 0 0.75rem; }`;

// The floor's stylesheet: plain links as buttons, a badge, an award line and a report link.
const FLOOR_CSS = `.share ul { display: flex; flex-wrap: wrap; gap: 0.5rem; margin: 0; padding: 0; list-style: none; }
.share a, a.report { display: inline-block; padding: 0.5rem 0.75rem; border-radius: 4px; background: #0a4a7a; color: #fff; text-decoration: none; }
.badge { display: inline-flex; align-items: center; gap: 0.5rem; padding: 0.5rem; border: 1px solid #ccd; border-radius: 8px; color: inherit; }`;

/** The share links a web team writes by hand: every network that needs no script. */
function floorLinks(c) {
  const u = encodeURIComponent(c.url);
  const t = encodeURIComponent(c.title);
  return [
    ['Facebook', `https://www.facebook.com/sharer/sharer.php?u=${u}`],
    ['X', `https://x.com/intent/post?text=${t}&url=${u}&hashtags=${encodeURIComponent(c.hashtags.join(','))}`],
    ['LinkedIn', `https://www.linkedin.com/sharing/share-offsite/?url=${u}`],
    ['Bluesky', `https://bsky.app/intent/compose?text=${t}%20${u}`],
    ['WhatsApp', `https://wa.me/?text=${t}%20${u}`],
    ['Telegram', `https://t.me/share/url?url=${u}&text=${t}`],
    ['E-post', `mailto:?subject=${t}&body=${encodeURIComponent(c.text)}%0A%0A${u}`],
  ];
}

const section = (c, buttons) => `<section class="share">
<h2>${escapeHtml(c.title)}</h2>
<p>${escapeHtml(c.text)}</p>
${buttons}
</section>`;

const style = (css) => `\n<style>\n${css}\n</style>`;

const SHAREON_NETWORKS = ['web-share', 'facebook', 'twitter', 'linkedin', 'bluesky', 'mastodon', 'whatsapp', 'telegram', 'email', 'copy-url'];
const SHARIFF_SERVICES = ['facebook', 'twitter', 'linkedin', 'fediverse', 'whatsapp', 'telegram', 'mail', 'clipboard'];

/**
 * The contenders, the floor first. Each gives its page's head and end of body, one share bar, the
 * article's other widgets where it has them, and what "rendered" means for it (`ready`: see
 * `htmlDocument`; `expect`: how many `csr-` widgets settle).
 */
export const CONTENDERS = [
  {
    id: 'static',
    name: 'static HTML (the floor)',
    rendered: 'the frame after DOMContentLoaded (no script)',
    networks: floorLinks(campaign('')).map(([name]) => name.toLowerCase()),
    head: () => style(`${HOST_CSS}\n${FLOOR_CSS}`),
    shareBar: (c) => section(c, `<ul>\n${floorLinks(c).map(([name, href]) => `<li><a href="${escapeHtml(href)}" target="_blank" rel="noopener noreferrer">${name}</a></li>`).join('\n')}\n</ul>`),
    article: {
      badge: (c) => `<p><a class="badge" href="${escapeHtml(c.verifyUrl)}"><img src="${escapeHtml(c.logo)}" width="40" height="40" alt="">${escapeHtml(c.partner)} – stolt partner till ${escapeHtml(c.organization)}</a></p>`,
      ribbon: (c) => `<p><a href="${escapeHtml(c.award.url)}">${escapeHtml(c.award.title)}</a>, ${escapeHtml(c.award.issuer)}</p>`,
      report: (c) => `<p><a class="report" href="${escapeHtml(c.hotlineUrl)}">Rapportera till ${escapeHtml(c.organization)}s hotline</a></p>`,
    },
    ready: () => undefined,
  },
  {
    id: 'shareon',
    name: 'shareon 2.8.1',
    rendered: 'the frame after DOMContentLoaded, when its `defer init` script has given every button its link (checked)',
    networks: SHAREON_NETWORKS,
    head: () => `${style(HOST_CSS)}\n<link href="/vendor/shareon/shareon.min.css" rel="stylesheet">\n<script src="/vendor/shareon/shareon.iife.js" defer init></script>`,
    shareBar: (c) =>
      section(
        c,
        `<div class="shareon" data-url="${escapeHtml(c.url)}" data-title="${escapeHtml(c.title)}" data-text="${escapeHtml(c.text)}" data-hashtags="${escapeHtml(c.hashtags.join(','))}">${SHAREON_NETWORKS.map((n) => `<a class="${n}"></a>`).join('')}</div>`,
      ),
    article: {},
    ready: (bars) => ({ selector: '.shareon > a.facebook[href]', count: bars }),
  },
  {
    id: 'shariff',
    name: 'Shariff 3.3.0',
    rendered: 'the frame after its DOMContentLoaded handler has built every bar’s buttons and its icon font (Font Awesome, `font-display: block`) has loaded',
    networks: SHARIFF_SERVICES,
    head: () => `${style(HOST_CSS)}\n<link href="/vendor/shariff/shariff.complete.css" rel="stylesheet">`,
    end: '\n<script src="/vendor/shariff/shariff.complete.js"></script>',
    shareBar: (c) =>
      section(
        c,
        `<div class="shariff" data-url="${escapeHtml(c.url)}" data-title="${escapeHtml(c.title)}" data-lang="sv" data-mail-url="mailto:" data-mail-body="${escapeHtml(`${c.text}\n\n{url}`)}" data-services="${escapeHtml(JSON.stringify(SHARIFF_SERVICES))}"></div>`,
      ),
    article: {},
    ready: (bars) => ({ selector: '.shariff > ul', count: bars, fonts: true }),
  },
  {
    id: 'csr',
    name: 'csr-widgets',
    rendered: 'the frame after the last `csr-ready`',
    networks: config.share.networks,
    // The README's first embed: the stylesheet that holds each widget's box, then the script (below).
    head: () => `${style(HOST_CSS)}\n<link rel="stylesheet" href="/dist/csr-widgets.css">`,
    shareBar: () => '<csr-share-bar></csr-share-bar>',
    article: {
      badge: () => '<csr-partner-badge></csr-partner-badge>',
      ribbon: () => '<csr-award-ribbon award="frii-2013"></csr-award-ribbon>',
      report: (c) => `<csr-report-button><a href="${escapeHtml(c.hotlineUrl)}">Rapportera till hotline</a></csr-report-button>`,
    },
    widgets: true,
  },
];

/** The page's document, with the README's first embed for csr-widgets. */
function contenderDocument(contender, { title, body, widgets, bars, configUrl }) {
  return htmlDocument({
    title: `${contender.name}: ${title}`,
    expect: contender.widgets ? widgets : 0,
    configUrl: contender.widgets ? configUrl : undefined,
    head: contender.head(),
    body,
    ready: contender.widgets ? undefined : contender.ready(bars),
    end: contender.end,
  });
}

/** Page A: `count` share bars, one after another. */
export function shareBarsPage(contender, { origin, count, configUrl }) {
  const c = campaign(origin);
  const body = `<main>\n${Array.from({ length: count }, () => contender.shareBar(c)).join('\n')}\n</main>`;
  return contenderDocument(contender, { title: `${count} share bars`, body, widgets: count, bars: count, configUrl });
}

const PARAGRAPH =
  'Det här är brödtext i en artikel på en partners webbplats. Stycket står här för att visa om texten under en widget flyttar sig när widgeten visas, på en smal och på en bred skärm.';

/** The article's widgets in page order; a contender without one leaves its place empty. */
export const ARTICLE_WIDGETS = ['badge', 'ribbon', 'share', 'report'];

/** Which of the article's widgets a contender has. */
export const articleWidgets = (contender) => ARTICLE_WIDGETS.filter((name) => name === 'share' || contender.article[name]);

/** Page B: an article with a badge, a ribbon, a share bar and a report button between paragraphs. */
export function articlePage(contender, { origin, configUrl }) {
  const c = campaign(origin);
  const widget = (name) => (name === 'share' ? contender.shareBar(c) : contender.article[name]?.(c) ?? '');
  const body = [
    '<main>\n<article>\n<h1>Årets Företagssamarbete 2013</h1>',
    ...ARTICLE_WIDGETS.flatMap((name) => [`<p>${PARAGRAPH}</p>`, widget(name)]),
    `<p>${PARAGRAPH}</p>\n<p>${PARAGRAPH}</p>\n</article>\n</main>`,
  ]
    .filter(Boolean)
    .join('\n');
  return contenderDocument(contender, { title: 'article', body, widgets: articleWidgets(contender).length, bars: 1, configUrl });
}
