/**
 * Which hotline a report button sends people to: the report section's own (the default), or
 * another country's from `report.hotlines`, which the dialog also lets a person choose.
 */
import type { Report, Text } from '../../config/schema.js';

/** One hotline: its country (the default may have none), its name, and its ways to report. */
export type HotlineChoice = Pick<Report, 'hotlineUrl' | 'phone' | 'sms' | 'endpoint' | 'guidance'> & { country?: string; name?: Text };

/** The hotlines a report section offers: its own first, then one per other country. */
export function hotlinesOf({ country, name, hotlineUrl, phone, sms, endpoint, guidance, hotlines = {} }: Report): HotlineChoice[] {
  const others = Object.keys(hotlines)
    .filter((code) => code !== country)
    .map((code) => ({ ...hotlines[code], country: code }));
  return [{ country, name, hotlineUrl, phone, sms, endpoint, guidance }, ...others];
}

/** The region a language tag names (`nb-NO`, `sr-Latn-RS`), in capitals. */
const regionOf = (tag: string): string | undefined => /^[a-z]{2,3}(?:-[a-z]{4})?-([a-z]{2})(?:-|$)/i.exec(tag)?.[1]?.toUpperCase();

export interface FirstHotline {
  /** Its index in the list. */
  index: number;
  warnings: string[];
}

/** A `country` attribute's value as a code (`NO`), or `undefined` when it is not one. */
export const countryCode = (value: string | undefined): string | undefined => (/^[a-z]{2}$/i.test(value?.trim() ?? '') ? value!.trim().toUpperCase() : undefined);

/**
 * The hotline a button offers first: its `country` attribute's (`countryCode`), else the one
 * `partnerCountry` gives its partner, else the one of the region of the first of `languages` that names one (the
 * page's language, then the browser's), else the default. A country without a hotline is passed
 * over with a warning.
 */
export function firstHotline(
  hotlines: readonly HotlineChoice[],
  { partnerCountry = {} }: Report,
  country: string | undefined,
  partner: string | undefined,
  languages: readonly string[],
): FirstHotline {
  const result: FirstHotline = { index: 0, warnings: [] };
  const known = hotlines.flatMap((h) => h.country ?? []).join(', ');
  const find = (code: string | undefined, path?: string): boolean => {
    if (!code) return false;
    const index = hotlines.findIndex((h) => h.country === code);
    if (index >= 0) result.index = index;
    else if (path) result.warnings.push(`${path}: no hotline for "${code}" (the config has ${known || 'none'}); using the next choice`);
    return index >= 0;
  };
  if (find(country, 'country')) return result;
  if (partner && find(partnerCountry[partner], `report.partnerCountry.${partner}`)) return result;
  languages.some((tag) => find(regionOf(tag)));
  return result;
}
