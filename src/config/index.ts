/**
 * The config module: schema, validation, loading, and the validated config a widget works from.
 */
import { loadConfig, type FetchOutcome } from './loader.js';
import { validateConfig, formatIssue, type ValidatedConfig } from './validate.js';
import { problem, type CsrProblem } from './errors.js';

export * from './schema.js';
export * from './validate.js';
export * from './errors.js';
export { loadConfig, configureLoader, clearConfigCache, absoluteUrl, type FetchOutcome, type LoaderOptions } from './loader.js';

/** A loaded and validated config, or the reason there is none. */
export type ConfigState =
  | { ok: true; config: ValidatedConfig; stale?: { savedAt: number; ageMs: number; problem: CsrProblem } }
  | { ok: false; problem: CsrProblem };

const validated = new WeakMap<object, ConfigState>();

function toState(outcome: FetchOutcome): ConfigState {
  if (!outcome.ok) return outcome;
  const result = validateConfig(outcome.data);
  if (!result.ok) {
    return { ok: false, problem: problem('config-invalid', result.issues.map(formatIssue).join('; ')) };
  }
  return outcome.stale ? { ok: true, config: result.config, stale: outcome.stale } : { ok: true, config: result.config };
}

/** Loads (once per URL per page) and validates (once per loaded copy) the config at `src`. */
export async function getConfig(src: string): Promise<ConfigState> {
  const outcome = await loadConfig(src);
  let state = validated.get(outcome);
  if (!state) {
    state = toState(outcome);
    validated.set(outcome, state);
  }
  return state;
}
