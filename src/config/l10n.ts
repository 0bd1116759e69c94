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
  // report button
  'report.label': 'Report',
  // the link inside the element that a page without JavaScript shows (`csr-widgets snippet`)
  'report.fallback': 'Report to {organization}',
  'report.title': 'Report child sexual abuse material',
  'report.guidance':
    'Report the web address where you saw it. Never download, screenshot or send the material itself: that can be a crime. Your report is anonymous unless you choose to leave contact details.',
  'report.close': 'Close',
  'report.online': 'Report online',
  'report.call': 'Call {phone}',
  'report.sms': 'Text {phone}',
  'report.form.heading': 'Report here',
  'report.form.url': 'Where did you see it?',
  'report.form.url.hint': 'The web address, or the name of the app, game or account.',
  'report.form.url.required': 'Tell us where you saw it.',
  'report.form.url.too-long': 'The address is too long: at most {max} characters.',
  'report.form.place': 'What kind of place is it?',
  'report.form.place.website': 'Website',
  'report.form.place.social': 'Social media',
  'report.form.place.chat': 'Chat or app',
  'report.form.place.game': 'Game',
  'report.form.place.other': 'Other',
  'report.form.description': 'Description (optional)',
  'report.form.description.hint': 'What did you see? Do not paste or attach the material. At most {max} characters.',
  'report.form.description.too-long': 'The description is too long: at most {max} characters.',
  'report.form.contact': 'Contact details (optional)',
  'report.form.contact.hint': 'Leave empty to stay anonymous.',
  'report.form.contact.too-long': 'The contact details are too long: at most {max} characters.',
  'report.form.send': 'Send report',
  'report.form.sending': 'Sending…',
  'report.sent': 'Thank you. Your report has been sent.',
  'report.sent.receipt': 'Thank you. Your report has been sent. Receipt: {id}',
  'report.failed': 'Your report could not be sent. Nothing you typed has been lost: try again, or contact the hotline directly.',
  'report.failed.message': 'Your report could not be sent: {message}',
} as const;

/**
 * Keys of the strings that widgets built as separate files (`<csr-partner-list>`) bring with them
 * (`addStrings`), so that a page pays for them only when it uses that widget.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface AddedStrings {}

export type StringKey = keyof typeof en | keyof AddedStrings;
export type Dictionary = Record<keyof typeof en, string>;
/**
 * A whole language: every key, the partner list's own included. src/l10n/ holds one per language
 * beyond Swedish and English, each a file of its own so that a page loads only the one it needs.
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
  'report.label': 'Rapportera',
  'report.fallback': 'Rapportera till {organization}',
  'report.title': 'Rapportera material med sexuella övergrepp mot barn',
  'report.guidance':
    'Rapportera webbadressen där du såg det. Ladda aldrig ner, ta inte skärmbild av och skicka aldrig själva materialet: det kan vara brottsligt. Din rapport är anonym om du inte själv väljer att lämna kontaktuppgifter.',
  'report.close': 'Stäng',
  'report.online': 'Rapportera på webben',
  'report.call': 'Ring {phone}',
  'report.sms': 'Sms:a {phone}',
  'report.form.heading': 'Rapportera här',
  'report.form.url': 'Var såg du det?',
  'report.form.url.hint': 'Webbadressen, eller namnet på appen, spelet eller kontot.',
  'report.form.url.required': 'Berätta var du såg det.',
  'report.form.url.too-long': 'Adressen är för lång: högst {max} tecken.',
  'report.form.place': 'Vilken sorts plats är det?',
  'report.form.place.website': 'Webbplats',
  'report.form.place.social': 'Sociala medier',
  'report.form.place.chat': 'Chatt eller app',
  'report.form.place.game': 'Spel',
  'report.form.place.other': 'Annat',
  'report.form.description': 'Beskrivning (frivillig)',
  'report.form.description.hint': 'Vad såg du? Klistra inte in och bifoga inte materialet. Högst {max} tecken.',
  'report.form.description.too-long': 'Beskrivningen är för lång: högst {max} tecken.',
  'report.form.contact': 'Kontaktuppgifter (frivilligt)',
  'report.form.contact.hint': 'Lämna tomt för att vara anonym.',
  'report.form.contact.too-long': 'Kontaktuppgifterna är för långa: högst {max} tecken.',
  'report.form.send': 'Skicka rapport',
  'report.form.sending': 'Skickar…',
  'report.sent': 'Tack. Din rapport är skickad.',
  'report.sent.receipt': 'Tack. Din rapport är skickad. Kvitto: {id}',
  'report.failed': 'Din rapport kunde inte skickas. Inget du skrivit har försvunnit: försök igen, eller kontakta hotline direkt.',
  'report.failed.message': 'Din rapport kunde inte skickas: {message}',
};

const dictionaries: Record<string, Partial<Record<StringKey, string>>> = { en, sv };

/** Adds a widget's own strings (declared in `AddedStrings`), per language. */
export function addStrings(strings: Record<'en' | 'sv', Record<keyof AddedStrings, string>>): void {
  Object.assign(dictionaries.en, strings.en);
  Object.assign(dictionaries.sv, strings.sv);
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
