// The HTML a partner's web team pastes: the stylesheet and the script tag, and one element per widget. No Node or DOM
// APIs: shared by the `csr-widgets snippet` command, the configurator and the embed snippets in
// Storybook's docs.
import { confirmationPage } from '../config/origin.js';
import { pickText, translate } from '../config/l10n.js';
import type { ValidatedConfig } from '../config/validate.js';

/** Widget short names (as in `--widgets`) and their tags. */
export const WIDGETS = {
  badge: 'csr-partner-badge',
  ribbon: 'csr-award-ribbon',
  share: 'csr-share-bar',
  report: 'csr-report-button',
} as const;

export type WidgetName = keyof typeof WIDGETS;

/** Where the script lives unless told: a copy on the partner's own site (see the README). */
export const DEFAULT_SCRIPT = '/js/csr-widgets.js';

/** A no-JavaScript link inside an element. */
export interface Fallback {
  href: string;
  text: string;
}

const escapeAttribute = (value: unknown): string =>
  String(value).replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

const escapeText = (value: unknown): string => String(value).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** `name="value"` pairs for the attributes that have a value, in the order given. */
export const attributes = (attrs: Record<string, unknown>): string =>
  Object.entries(attrs)
    .filter(([, value]) => value !== undefined && value !== null && value !== '' && value !== false)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');

/**
 * The stylesheet that reserves every widget's box until the script runs (no layout shift):
 * dist/csr-widgets.css, from the script's own folder.
 */
export const stylesheetTag = ({ script = DEFAULT_SCRIPT }: { script?: string }): string => {
  const path = script.replace(/[?#].*$/s, '');
  return `<link${attributes({ rel: 'stylesheet', href: `${path.slice(0, path.lastIndexOf('/') + 1)}csr-widgets.css` })}>`;
};

/** The script tag with the page's default config and partner. */
export const scriptTag = ({ script = DEFAULT_SCRIPT, src, partner }: { script?: string; src?: string; partner?: string }): string =>
  `<script${attributes({ src: script, 'data-src': src, 'data-partner': partner })} defer></script>`;

/** One element, with an optional no-JavaScript fallback link inside. */
export const elementTag = (tag: string, attrs: Record<string, unknown> = {}, fallback?: Fallback): string => {
  const inner = fallback ? `<a href="${escapeAttribute(fallback.href)}">${escapeText(fallback.text)}</a>` : '';
  return `<${tag}${attributes(attrs)}>${inner}</${tag}>`;
};

/**
 * Fallback links from a validated config, so that the page still says something useful without
 * JavaScript: the badge links to the NGO's confirmation page, the ribbon to the award's page, the
 * report button to the hotline. The words are the widgets' own (`translate`, with the config's
 * `strings`), the config's texts picked for `lang` as the widgets pick them (`pickText`).
 */
export function fallbacks(config: ValidatedConfig, partnerId: string | undefined, lang = 'en'): Partial<Record<WidgetName, Fallback>> {
  const out: Partial<Record<WidgetName, Fallback>> = {};
  const partner = partnerId === undefined ? undefined : config.partners.get(partnerId);
  const organization = pickText(config.organization.name, lang);
  const words = (key: 'badge.fallback' | 'report.fallback', params: Record<string, string>) =>
    translate(key, lang, config.strings, params);
  // The badge's fallback claims nothing: it is what shows once the partner is revoked. It names the
  // organization's partner list, the page that says where the partnership stands.
  if (partner && organization) {
    out.badge = { href: confirmationPage(config.organization, partnerId!), text: words('badge.fallback', { organization }) };
  }
  const award = partner?.awards?.map((id) => config.awards.get(id)).find(Boolean);
  const title = pickText(award?.title, lang);
  if (award?.url && title) out.ribbon = { href: award.url, text: title };
  if (config.report?.hotlineUrl && organization) {
    out.report = { href: config.report.hotlineUrl, text: words('report.fallback', { organization }) };
  }
  return out;
}

/**
 * The whole snippet: the stylesheet and the script tag, then one element per widget (`badge`, `ribbon`, `share`,
 * `report`), each with a fallback link when a validated `config` is given.
 */
export function snippet({
  src,
  partner,
  widgets = Object.keys(WIDGETS),
  script,
  config,
  lang,
}: {
  src?: string;
  partner?: string;
  widgets?: readonly string[];
  script?: string;
  config?: ValidatedConfig;
  lang?: string;
}): string {
  const links = config ? fallbacks(config, partner, lang) : {};
  const lines = [stylesheetTag({ script }), scriptTag({ script, src, partner })];
  for (const name of widgets.filter((w): w is WidgetName => Object.hasOwn(WIDGETS, w))) lines.push(elementTag(WIDGETS[name], {}, links[name]));
  return lines.join('\n');
}
