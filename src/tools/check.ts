// Checking a config the way the widgets will: the same size and UTF-8 rule (`decodeConfig`), the
// same validation, plus hosting headers for URLs and warnings about entries that validate but will
// not show. No Node APIs: what was read comes in as bytes.
import { decodeConfig } from '../config/decode.js';
import { MAX_CONFIG_BYTES } from '../config/schema.js';
import type { StandingOptions } from '../config/partner.js';
import { validateConfig, type ConfigIssue, type ValidatedConfig } from '../config/validate.js';
import { warningsFor } from './warnings.js';

export interface CheckResult {
  problems: ConfigIssue[];
  warnings: string[];
  /** What a valid config holds (`2 partners, 1 award, share, report`). */
  summary?: string;
  config?: ValidatedConfig;
}

/** Warnings about the headers a URL is served with (what partner sites need to load it). */
export function hostingWarnings(headers: Headers): string[] {
  const warnings: string[] = [];
  const allow = headers.get('access-control-allow-origin');
  if (!allow) warnings.push('hosting: no Access-Control-Allow-Origin header: partner sites cannot load this config (send "*")');
  const cache = headers.get('cache-control');
  const maxAge = /max-age=(\d+)/.exec(cache ?? '')?.[1];
  if (!cache) warnings.push('hosting: no Cache-Control header: browsers guess how long to keep it; send e.g. "max-age=300"');
  else if (maxAge && Number(maxAge) > 3600)
    warnings.push(`hosting: Cache-Control max-age=${maxAge}: a revocation can take ${Math.round(Number(maxAge) / 60)} minutes to reach every page`);
  return warnings;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Checks a config's bytes (`tooLarge` when reading stopped at the limit; `headers` for a URL).
 * Problems carry their path (`(root)` for the whole file).
 */
export function checkBytes(
  { bytes, tooLarge = false, headers }: { bytes: Uint8Array; tooLarge?: boolean; headers?: Headers },
  options: StandingOptions = {},
): CheckResult {
  const refuse = (message: string): CheckResult => ({ problems: [{ path: '(root)', message }], warnings: [] });
  if (tooLarge) return refuse(`is larger than ${MAX_CONFIG_BYTES} bytes: the widgets refuse a config over ${MAX_CONFIG_BYTES / 1024} KiB`);
  const text = decodeConfig(bytes);
  if (typeof text != 'string') return refuse(text.message);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`is not valid JSON (${(error as Error).message})`);
  }
  const result = validateConfig(data);
  const hosting = headers ? hostingWarnings(headers) : [];
  if (!result.ok) return { problems: result.issues, warnings: hosting };
  const { config } = result;
  const summary = [
    plural(config.partners.size, 'partner'),
    plural(config.awards.size, 'award'),
    config.share ? 'share' : 'no share section',
    config.report ? 'report' : 'no report section',
  ].join(', ');
  return { problems: [...config.issues], warnings: [...warningsFor(config, options), ...hosting], summary, config };
}
