/**
 * The validated config a widget works from: loaded once per URL per page (shared by every copy of
 * the library), validated once per loaded copy here, and kept as the last-known-good copy when it
 * is valid and fresh.
 */
import { validateConfig, formatIssue, type ValidatedConfig } from '../config/validate.js';
import { problem, type CsrProblem } from '../config/errors.js';
import { absoluteUrl, loadConfig, saveLastGood } from './loader.js';
import type { FetchOutcome } from './protocol.js';

/** A loaded and validated config, or the reason there is none. */
export type ConfigState =
  | { ok: true; config: ValidatedConfig; stale?: { savedAt: number; ageMs: number; problem: CsrProblem } }
  | { ok: false; problem: CsrProblem };

const validated = new WeakMap<object, ConfigState>();

function toState(outcome: FetchOutcome, src: string): ConfigState {
  if (!outcome.ok) return outcome;
  const result = validateConfig(outcome.data);
  if (!result.ok) {
    return { ok: false, problem: problem('config-invalid', result.issues.map(formatIssue).join('; ')) };
  }
  if (outcome.stale) return { ok: true, config: result.config, stale: outcome.stale };
  saveLastGood(absoluteUrl(src), outcome.data);
  return { ok: true, config: result.config };
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
