// The HTML a partner's web team pastes: the script tag and one element per widget. Plain ES module
// with no Node or DOM APIs, shared by the `csr-widgets snippet` command, the configurator and the
// embed snippets in Storybook's docs.

/** Widget short names (as in `--widgets`) and their tags. */
export const WIDGETS = {
  badge: 'csr-partner-badge',
  ribbon: 'csr-award-ribbon',
  share: 'csr-share-bar',
  report: 'csr-report-button',
};

/** Where the script lives unless told: a copy on the partner's own site (see the README). */
export const DEFAULT_SCRIPT = '/js/csr-widgets.js';

const escapeAttribute = (value) =>
  String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const escapeText = (value) => String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** `name="value"` pairs for the attributes that have a value, in the order given. */
export const attributes = (attrs) =>
  Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');

/** The script tag with the page's default config and partner. */
export const scriptTag = ({ script = DEFAULT_SCRIPT, src, partner }) =>
  `<script${attributes({ src: script, 'data-src': src, 'data-partner': partner })} defer></script>`;

/** One element, with an optional no-JavaScript fallback link inside. */
export const elementTag = (tag, attrs = {}, fallback) => {
  const inner = fallback ? `<a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>` : '';
  return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
};

const pick = (text, lang) => {
  if (typeof text === 'string') return text;
  if (!text || typeof text !== 'object') return undefined;
  const own = (key) => (Object.hasOwn(text, key) ? text[key] : undefined);
  return own(lang) ?? own('en') ?? own('sv') ?? Object.values(text)[0];
};

/** The fallback links' words; other languages get English. */
const WORDS = {
  en: { badge: '{partner} is a partner of {organization}', report: 'Report to {organization}' },
  sv: { badge: '{partner} är partner till {organization}', report: 'Rapportera till {organization}' },
};

const fill = (template, params) => template.replace(/\{(\w+)\}/g, (_, key) => (Object.hasOwn(params, key) ? params[key] : ''));

/**
 * Fallback links from a validated config (the `config` of `validateConfig(…)`), so that the page
 * still says something useful without JavaScript: the badge links to the NGO's confirmation page,
 * the ribbon to the award's page, the report button to the hotline.
 */
export function fallbacks(config, partnerId, lang = 'en') {
  const out = {};
  const short = lang?.slice(0, 2);
  const words = Object.hasOwn(WORDS, short ?? '') ? WORDS[short] : WORDS.en;
  const partner = config?.partners?.get?.(partnerId);
  const organization = pick(config?.organization?.name, lang);
  if (partner && organization) {
    out.badge = {
      href: partner.verifyUrl ?? config.organization.url,
      text: fill(words.badge, { partner: pick(partner.name, lang), organization }),
    };
  }
  const award = partner?.awards?.map((id) => config.awards.get(id)).find(Boolean);
  if (award?.url) out.ribbon = { href: award.url, text: pick(award.title, lang) };
  if (config?.report?.hotlineUrl && organization) {
    out.report = { href: config.report.hotlineUrl, text: fill(words.report, { organization }) };
  }
  return out;
}

/**
 * The whole snippet: the script tag, then one element per widget (`badge`, `ribbon`, `share`,
 * `report`), each with a fallback link when a validated `config` is given.
 */
export function snippet({ src, partner, widgets = Object.keys(WIDGETS), script, config, lang }) {
  const links = config ? fallbacks(config, partner, lang) : {};
  const lines = [scriptTag({ script, src, partner })];
  for (const name of widgets.filter((w) => Object.hasOwn(WIDGETS, w))) lines.push(elementTag(WIDGETS[name], {}, links[name]));
  return lines.join('\n');
}
