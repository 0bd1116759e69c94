/**
 * The validated config a widget works from: loaded once per URL per page (shared by every copy of
 * the library), validated once per loaded copy here, and kept as the last-known-good copy when it
 * is valid and fresh.
 */
import { validateConfig, formatIssue, type ValidatedConfig } from '../config/validate.js';
import { problem, type CsrProblem } from '../config/errors.js';
import { vouchedBy } from '../config/origin.js';
import { absoluteUrl, loadConfig, saveLastGood } from './loader.js';
import type { FetchOutcome } from './protocol.js';

/**
 * A loaded and validated config, or the reason there is none. `site` is the organization's site
 * that served it (what a badge names), or the `config-origin` problem when another site did.
 */
export type ConfigState =
  | { ok: true; config: ValidatedConfig; site: string | CsrProblem; stale?: { savedAt: number; ageMs: number; problem: CsrProblem } }
  | { ok: false; problem: CsrProblem };

const validated = new WeakMap<object, ConfigState>();

function toState(outcome: FetchOutcome, src: string): ConfigState {
  if (!outcome.ok) return outcome;
  const result = validateConfig(outcome.data);
  if (!result.ok) {
    return { ok: false, problem: problem('config-invalid', result.issues.map(formatIssue).join('; ')) };
  }
  const url = absoluteUrl(src);
  const site = vouchedBy(result.config.organization.url, outcome.from, url);
  if (outcome.stale) return { ok: true, config: result.config, site, stale: outcome.stale };
  saveLastGood(url, outcome.data, outcome.from);
  return { ok: true, config: result.config, site };
}

/** Loads (once per URL per page) and validates (once per loaded copy) the config at `src`. */
export async function getConfig(src: string): Promise<ConfigState> {
  const outcome = await loadConfig(src);
  let state = validated.get(outcome);
  if (!state) {
    state = toState(outcome, src);
    validated.set(outcome, state);
  }
  return state;
}
