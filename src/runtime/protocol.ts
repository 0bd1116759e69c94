/**
 * What copies of the library on one page share through `window.csrWidgets`: plain data only, so
 * that copies of different versions (the script tag beside the npm build) can read each other's.
 * Change it only in ways an older copy still understands.
 */
import type { CsrProblem } from '../config/errors.js';

/**
 * The outcome of fetching one config URL: the parsed JSON, not yet validated (each copy
 * validates), and `from`, the address that served it (the response's URL, after redirects; for a
 * saved copy, the address that served it then). Absent when an older copy fetched it.
 */
export type FetchOutcome =
  | { ok: true; data: unknown; from?: string; stale?: { savedAt: number; ageMs: number; problem: CsrProblem } }
  | { ok: false; problem: CsrProblem };

/** The script tag's `data-src` / `data-partner`. */
export interface PageDefault {
  src?: string;
  partner?: string;
}

export interface CsrNamespace {
  /** The version of the first copy that created the namespace. */
  version: string;
  /** Config fetches by absolute URL; shared by every copy. */
  configs: Map<string, Promise<FetchOutcome>>;
  page: PageDefault;
  /** Keys of the warnings already printed, so that each prints once. */
  warned: Set<string>;
  /**
   * Share counts by counter address (the page's URL in its query): a number, or the problem that
   * left it unknown. Made by the first copy that reads a count; absent before.
   */
  counts?: Map<string, Promise<number | CsrProblem>>;
}
