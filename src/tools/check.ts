// Checking a config the way the widgets will: the same size and UTF-8 rule (`decodeConfig`), the
// same validation, plus hosting headers for URLs and warnings about entries that validate but will
// not show. No Node APIs: what was read comes in as bytes.
import { decodeConfig } from '../config/decode.js';
import { LinkSchema, MAX_CONFIG_BYTES } from '../config/schema.js';
import { is } from '../config/kit.js';
import { vouchedBy } from '../config/origin.js';
import { isProblem } from '../config/errors.js';
import type { StandingOptions } from '../config/partner.js';
import { OFF_SITE, validateConfig, type ConfigIssue, type ValidatedConfig } from '../config/validate.js';
import { exampleWarnings } from './examples.js';
import { warningsFor } from './warnings.js';

export interface CheckResult {
  /**
   * Every problem, with its path. When `config` is absent the file is rejected: the problems with
   * `version`, `organization` or the whole file come first, then those the other sections have too.
   */
  problems: ConfigIssue[];
  warnings: string[];
  /**
   * The example values left in place (`exampleWarnings`), one warning each; apart from `warnings`,
   * since the studio shows them at their fields.
   */
  examples: string[];
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
  { bytes, tooLarge = false, headers, servedFrom }: { bytes: Uint8Array; tooLarge?: boolean; headers?: Headers; servedFrom?: string },
  options: StandingOptions = {},
): CheckResult {
  const refuse = (message: string): CheckResult => ({ problems: [{ path: '(root)', message }], warnings: [], examples: [] });
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
  const examples = exampleWarnings(data);
  if (!result.ok) return { problems: [...result.issues, ...problemsBeyondRejection(data)], warnings: hosting, examples };
  const { config } = result;
  const summary = [
    plural(config.partners.size, 'partner'),
    plural(config.awards.size, 'award'),
    config.share ? 'share' : 'no share section',
    config.report ? 'report' : 'no report section',
  ].join(', ');
  // Read from a URL: the widgets show a partnership only when that address is on the organization's site.
  const site = servedFrom === undefined ? undefined : vouchedBy(config.organization.url, servedFrom);
  const origin = isProblem(site)
    ? [`${site.message}: the partner badge and award ribbon will show their fallback for a config served from here (config-origin)`]
    : [];
  return { problems: [...config.issues], warnings: [...warningsFor(config, options), ...origin, ...hosting], examples, summary, config };
}

/**
 * The problems of a rejected config's other sections (partners, awards, share, report, strings),
 * as they would be once `version` and `organization` are fixed: so that one run lists every
 * problem. Those two are stood in for by valid values; nothing else of the file changes.
 */
function problemsBeyondRejection(data: unknown): ConfigIssue[] {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  // Links must be on the organization's site: judged against its own URL when that is valid, else not at all.
  const url: unknown = (data as { organization?: { url?: unknown } }).organization?.url;
  const known = is(LinkSchema, url);
  const profiles: unknown = (data as { organization?: { profiles?: unknown } }).organization?.profiles;
  const standIn = { name: 'organization', url: known ? url : 'https://organization.invalid/', profiles };
  const rest = validateConfig({ ...data, version: 1, organization: standIn });
  return rest.ok ? rest.config.issues.filter((issue) => known || !issue.message.startsWith(OFF_SITE)) : [];
}

/** What a problem's path leaves out: the entry (`partners.telenor`) or section (`share`) it is in. */
export function droppedBy(path: string): string {
  // A profile link and the share counter are checked on their own: only they are left out.
  if (/^(?:organization\.profiles|share\.counter)(?:\.|$)/.test(path)) return path.split('.').slice(0, 3).join('.');
  const [section, id] = path.split('.');
  return (section === 'partners' || section === 'awards') && id !== undefined ? `${section}.${id}` : section;
}

const FATAL = new Set(['(root)', 'version', 'organization']);

/**
 * The closing line of `csr-widgets validate`: whether the file is valid, valid with entries
 * dropped (their widgets show their fallback, the others work), or rejected (no widget can use it).
 */
export function verdict(source: string, { problems, summary, config }: CheckResult): string {
  const dropped = [...new Set(problems.map((p) => droppedBy(p.path)).filter((where) => !FATAL.has(where)))];
  const count = plural(problems.length, 'problem');
  if (!config) {
    const fatal = [...new Set(problems.map((p) => p.path).filter((path) => FATAL.has(droppedBy(path))))];
    const also = dropped.length ? `; once fixed, ${dropped.join(', ')} would still be dropped` : '';
    return `${source}: rejected (${count}): no widget can use this config until ${fatal.join(', ')} ${fatal.length === 1 ? 'is' : 'are'} fixed${also}`;
  }
  if (!problems.length) return `${source}: valid (${summary})`;
  const entries = `${dropped.length} ${dropped.length === 1 ? 'entry' : 'entries'}`;
  const them = dropped.length === 1 ? 'it' : 'them';
  return `${source}: valid with ${entries} dropped (${count}): ${dropped.join(', ')}; the widgets that need ${them} show their fallback, the others work (${summary})`;
}
