/**
 * The report intake contract (the README's "The report intake"): what the report button sends to
 * `report.endpoint`. The demo intake (`scripts/intake.js`) checks reports against the same limits.
 */

/** Limits of the report body's fields, in UTF-16 code units (JavaScript's `length`). */
export const REPORT_LIMITS = { url: 2048, description: 2000, contact: 200, locale: 35, partner: 64, organization: 120 } as const;

/** The kinds of place a report can name (`place` in the body). */
export const REPORT_PLACES = ['website', 'social', 'chat', 'game', 'other'] as const;
export type ReportPlace = (typeof REPORT_PLACES)[number];

/** The JSON body the intake receives. */
export interface ReportBody {
  url: string;
  place: ReportPlace;
  description?: string;
  contact?: string;
  locale: string;
  partner?: string;
  organization: string;
}

