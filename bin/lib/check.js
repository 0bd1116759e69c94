// Reading a config (file or URL) and checking it the way the widgets will: the same validation,
// plus hosting headers for URLs and a few warnings about entries that validate but will not show.
import { readFile } from 'node:fs/promises';
import { warningsFor } from './warnings.js';

export const MAX_CONFIG_BYTES = 256 * 1024;

/** A failure to read the input (missing file, unreachable URL): exit code 2, not a config problem. */
export class InputError extends Error {}

const isUrl = (value) => /^https?:\/\//i.test(value);

/**
 * Reads `source` (a path or an http(s) URL). Returns `{ text, bytes, headers? }`; throws
 * `InputError` when it cannot be read.
 */
export async function readSource(source, { timeoutMs = 10000 } = {}) {
  if (!isUrl(source)) {
    let buffer;
    try {
      buffer = await readFile(source);
    } catch (error) {
      throw new InputError(
        error?.code === 'ENOENT' ? `${source}: no such file` : `${source}: cannot read the file (${error?.code ?? error})`,
      );
    }
    return { text: buffer.toString('utf8'), bytes: buffer.length };
  }
  let response;
  try {
    response = await fetch(source, {
      headers: { Accept: 'application/json', Origin: 'https://partner.example' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const cause = error?.cause;
    const reason =
      error?.name === 'TimeoutError'
        ? `no answer in ${timeoutMs / 1000} s`
        : cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? error?.message;
    throw new InputError(`${source}: cannot fetch the config (${reason})`);
  }
  if (!response.ok) throw new InputError(`${source}: HTTP ${response.status} ${response.statusText}`.trim());
  const buffer = Buffer.from(await response.arrayBuffer());
  return { text: buffer.toString('utf8'), bytes: buffer.length, headers: response.headers };
}

/** Warnings about the headers a URL is served with (what partner sites need to load it). */
function hostingWarnings(headers) {
  const warnings = [];
  const allow = headers.get('access-control-allow-origin');
  if (!allow) warnings.push('hosting: no Access-Control-Allow-Origin header: partner sites cannot load this config (send "*")');
  const cache = headers.get('cache-control');
  const maxAge = /max-age=(\d+)/.exec(cache ?? '')?.[1];
  if (!cache) warnings.push('hosting: no Cache-Control header: browsers guess how long to keep it; send e.g. "max-age=300"');
  else if (maxAge && Number(maxAge) > 3600)
    warnings.push(`hosting: Cache-Control max-age=${maxAge}: a revocation can take ${Math.round(Number(maxAge) / 60)} minutes to reach every page`);
  return warnings;
}

/**
 * Checks config text with the library's own validator (`validateConfig` from the built package).
 * Returns `{ problems: [{ path, message }], warnings: [string], summary? }`.
 */
export function checkText({ text, bytes, headers }, validateConfig) {
  if (bytes > MAX_CONFIG_BYTES) {
    return { problems: [{ path: '(root)', message: `is ${bytes} bytes: the widgets refuse a config over 256 KiB` }], warnings: [] };
  }
  let data;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { problems: [{ path: '(root)', message: `is not valid JSON (${error.message})` }], warnings: [] };
  }
  const result = validateConfig(data);
  const hosting = headers ? hostingWarnings(headers) : [];
  if (!result.ok) return { problems: result.issues, warnings: hosting };
  const { config } = result;
  const sections = [
    `${config.partners.size} partner${config.partners.size === 1 ? '' : 's'}`,
    `${config.awards.size} award${config.awards.size === 1 ? '' : 's'}`,
    config.share ? 'share' : 'no share section',
    config.report ? 'report' : 'no report section',
  ];
  return { problems: [...config.issues], warnings: [...warningsFor(config), ...hosting], summary: sections.join(', '), config };
}
