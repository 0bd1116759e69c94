/**
 * Localisation: the widgets' own strings in Swedish and English, the config's `strings` overrides
 * per locale, and the choice of a config text (`{"sv": "…", "en": "…"}`) for a language.
 */
import type { Strings, Text } from './schema.js';

const en = {
  // shared
  'loading': 'Loading…',
  'opens-in-new-tab': '(opens in a new tab)',
  // partner badge
  'badge.text': 'Proud partner of {organization}',
  'badge.since': 'since {year}',
  'badge.label': '{partner} is a partner of {organization}. See the partnership on {site}',
  // who vouches for the badge: the site that served the config
  'badge.verified': 'Verified by {site}',
  // the link inside the element that a page without JavaScript shows (`csr-widgets snippet`): it
  // claims no partnership, since it also shows once the partner is revoked
  'badge.fallback': 'Partners of {organization}',
  // award ribbon
  'award.by': 'Awarded by {issuer}',
  'award.citation.show': 'Read the jury’s citation',
  'award.citation.hide': 'Hide the jury’s citation',
  'award.citation.heading': 'The jury’s citation',
  'award.label': '{title} {year}, awarded by {issuer}',
  // share bar
  'share.title': 'Spread the word',
  'share.text': 'Share this page so that more people learn about it.',
  'share.via': 'Share on {network}',
  'share.native': 'Share…',
  'share.email': 'Share by email',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'share.copy-failed': 'Could not copy the link. Select it and copy it yourself.',
  'share.mastodon.prompt': 'Your Mastodon server (for example mastodon.social)',
  'share.mastodon.save': 'Share',
  'share.mastodon.cancel': 'Cancel',
  'share.mastodon.invalid': 'Enter a server name such as mastodon.social',
  'share.mastodon.change': 'Change Mastodon server ({host})',
  // the follow row: links to the organization's own pages
  'share.follow': 'Follow {organization}',
  'share.newsletter': 'Newsletter',
  // the total from the organization's share counter: `one` where the language's plural rules
  // (Intl.PluralRules) say "one", else `other`; {count} is the number written out for the language
  'share.count.one': '{count} share',
  'share.count.other': '{count} shares',
  // report button
  'report.label': 'Report',
  // the link inside the element that a page without JavaScript shows (`csr-widgets snippet`)
  'report.fallback': 'Report to {organization}',
  // shown with the hotline's link when the dialog's file could not be loaded
  'report.unavailable': 'The report form could not be opened. Reach the hotline here:',
} as const;

/**
 * Keys of the strings that parts built as separate files (`<csr-partner-list>`, the report dialog)
 * bring with them (`addStrings`), so that a page pays for them only when it uses that part.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AddedStrings {}

export type StringKey = keyof typeof en | keyof AddedStrings;
export type Dictionary = Record<keyof typeof en, string>;
/**
 * A whole language: every key, the partner list's and the report dialog's own included. src/l10n/
 * holds one per language beyond Swedish and English, each a file of its own so that a page loads
 * only the one it needs.
 */
export type Translation = Record<StringKey, string>;

const sv: Dictionary = {
  'loading': 'Laddar…',
  'opens-in-new-tab': '(öppnas i en ny flik)',
  'badge.text': 'Stolt partner till {organization}',
  'badge.since': 'sedan {year}',
  'badge.label': '{partner} är partner till {organization}. Se partnerskapet på {site}',
  'badge.verified': 'Verifierad av {site}',
  'badge.fallback': 'Partner till {organization}',
  'award.by': 'Utdelat av {issuer}',
  'award.citation.show': 'Läs juryns motivering',
  'award.citation.hide': 'Dölj juryns motivering',
  'award.citation.heading': 'Juryns motivering',
  'award.label': '{title} {year}, utdelat av {issuer}',
  'share.title': 'Sprid mer kunskap',
  'share.text': 'Dela sidan så att fler får veta.',
  'share.via': 'Dela på {network}',
  'share.native': 'Dela…',
  'share.email': 'Dela via e-post',
  'share.copy': 'Kopiera länk',
  'share.copied': 'Länken är kopierad',
  'share.copy-failed': 'Länken kunde inte kopieras. Markera och kopiera den själv.',
  'share.mastodon.prompt': 'Din Mastodon-server (till exempel mastodon.social)',
  'share.mastodon.save': 'Dela',
  'share.mastodon.cancel': 'Avbryt',
  'share.mastodon.invalid': 'Skriv ett servernamn som mastodon.social',
  'share.mastodon.change': 'Byt Mastodon-server ({host})',
  'share.follow': 'Följ {organization}',
  'share.newsletter': 'Nyhetsbrev',
  'share.count.one': '{count} delning',
  'share.count.other': '{count} delningar',
  'report.label': 'Rapportera',
  'report.fallback': 'Rapportera till {organization}',
  'report.unavailable': 'Rapportformuläret kunde inte öppnas. Nå hotline här:',
};

const dictionaries: Record<string, Partial<Record<StringKey, string>>> = { en, sv };

/** Adds a part's own strings (declared in `AddedStrings`; each part adds its own keys), per language. */
export function addStrings(strings: Record<'en' | 'sv', Partial<Record<keyof AddedStrings, string>>>): void {
  Object.assign(dictionaries.en, strings.en);
  Object.assign(dictionaries.sv, strings.sv);
}

/**
 * The languages beyond English and Swedish, each a file of its own (src/l10n/), loaded only when a
 * widget needs it (`pendingLanguage`, then `addLanguage`). `no` is written in Bokmål.
 */
export const LANGUAGES: Record<string, string> = { nb: 'nb', no: 'nb', da: 'da', fi: 'fi', de: 'de', fr: 'fr', es: 'es', ar: 'ar', uk: 'uk' };

/** Languages asked for: loaded, or failed (English stands in). */
const asked = new Set<string>();

/**
 * The language file `lang` needs and that was not asked for yet, or `undefined`; the caller loads
 * it once and calls `addLanguage`, or `addLanguage` without strings when it failed.
 */
export function pendingLanguage(lang: string): string | undefined {
  const code = LANGUAGES[base(lang)];
  return code && !asked.has(code) ? code : undefined;
}

/** Marks `code` as asked for, with its strings when they arrived; `no` reads them as `nb`. */
export function addLanguage(code: string, strings?: Partial<Record<StringKey, string>>): void {
  asked.add(code);
  // Under every tag that reads it: `no` reads `nb`.
  if (strings) for (const tag in LANGUAGES) if (LANGUAGES[tag] === code) dictionaries[tag] = strings;
}

/** Languages written right to left. */
const RTL = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'ha', 'he', 'iw', 'khw', 'ks', 'ps', 'sd', 'ur', 'yi']);

const base = (lang: string) => lang.toLowerCase().split('-')[0];

export const isRtl = (lang: string): boolean => RTL.has(base(lang));

/** The candidate locales for `lang`, most specific first, ending in English then Swedish. */
const chains = new Map<string, string[]>();

export function localeChain(lang: string): string[] {
  const known = chains.get(lang);
  if (known) return known;
  const chain: string[] = [];
  const push = (l: string) => {
    if (l && !chain.includes(l)) chain.push(l);
  };
  const lower = lang.toLowerCase();
  push(lower);
  push(base(lower));
  push('en');
  push('sv');
  chains.set(lang, chain);
  return chain;
}

const findLocale = <T>(map: Record<string, T>, chain: string[]): T | undefined => {
  const keys = Object.keys(map);
  for (const locale of chain) {
    const key = keys.find((k) => k.toLowerCase() === locale);
    if (key !== undefined) return map[key];
  }
  return undefined;
};

/** Picks the best text for `lang` from a config text; the first entry if nothing matches. */
export function pickText(text: Text | undefined, lang: string): string | undefined {
  if (text === undefined) return undefined;
  if (typeof text === 'string') return text;
  return findLocale(text, localeChain(lang)) ?? Object.values(text)[0];
}

const fill = (template: string, params: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : match));

/**
 * A widget string for `lang`: the config's `strings` override first, then our dictionary for the
 * language, then English. `{name}` placeholders are filled from `params`.
 */
export function translate(
  key: StringKey,
  lang: string,
  overrides: Strings = {},
  params: Record<string, string | number> = {},
): string {
  const chain = localeChain(lang);
  for (const locale of chain) {
    const override = findLocale(overrides, [locale])?.[key];
    if (override !== undefined) return fill(override, params);
    const own = Object.hasOwn(dictionaries, locale) ? dictionaries[locale][key] : undefined;
    if (own !== undefined) return fill(own, params);
  }
  return fill(dictionaries.en[key] ?? key, params);
}

/** Every key the widgets loaded so far use: the keys a config's `strings` may override. */
export const stringKeys = (): StringKey[] => Object.keys(dictionaries.en) as StringKey[];
export const dictionary = (locale: 'en' | 'sv'): Readonly<Partial<Record<StringKey, string>>> => dictionaries[locale];
