// Reading a config (file or URL) and checking it the way the widgets will: the same validation,
// plus hosting headers for URLs and a few warnings about entries that validate but will not show.
import { open } from 'node:fs/promises';
import { constants } from 'node:fs';
import { warningsFor } from './warnings.js';

/** A failure to read the input (missing file, unreachable URL): exit code 2, not a config problem. */
export class InputError extends Error {}

const isUrl = (value) => /^https?:\/\//i.test(value);

/**
 * Reads chunks (a file or response stream) until they end or pass `maxBytes`; stops reading (and
 * cancels the stream) as soon as the limit is passed. Returns `{ buffer, tooLarge }`.
 */
async function readAtMost(chunks, maxBytes) {
  const parts = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > maxBytes) return { buffer: Buffer.alloc(0), tooLarge: true };
    parts.push(chunk);
  }
  return { buffer: Buffer.concat(parts), tooLarge: false };
}

/** Reads a regular file; a folder, device or pipe is refused before anything is read from it. */
async function readFileSource(source, maxBytes) {
  let handle;
  try {
    // Non-blocking, so that opening a FIFO without a writer does not wait for one.
    handle = await open(source, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!(await handle.stat()).isFile())
      throw new InputError(`${source}: is not a regular file (a folder, device or pipe): give a config file or a URL`);
    return await readAtMost(handle.createReadStream({ autoClose: false }), maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      error?.code === 'ENOENT' ? `${source}: no such file` : `${source}: cannot read the file (${error?.code ?? error})`,
    );
  } finally {
    await handle?.close();
  }
}

/** Reads a URL within `timeoutMs` in all (the answer and its whole body). */
async function readUrlSource(source, maxBytes, timeoutMs) {
  const seconds = `${timeoutMs / 1000} s`;
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
        ? `no answer in ${seconds}`
        : cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? error?.message;
    throw new InputError(`${source}: cannot fetch the config (${reason})`);
  }
  const { headers } = response;
  if (!response.ok || Number(headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    if (!response.ok) throw new InputError(`${source}: HTTP ${response.status} ${response.statusText}`.trim());
    return { buffer: Buffer.alloc(0), tooLarge: true, headers };
  }
  try {
    return { ...(await readAtMost(response.body ?? [], maxBytes)), headers };
  } catch (error) {
    const reason = error?.name === 'TimeoutError' ? `the answer did not finish in ${seconds}` : error?.cause?.code ?? error?.message;
    throw new InputError(`${source}: cannot fetch the config (${reason})`);
  }
}

/**
 * Reads `source` (a path or an http(s) URL), at most `maxBytes` of it. Returns
 * `{ buffer, tooLarge, headers? }`; throws `InputError` when it cannot be read (no such file, not a
 * regular file, unreachable URL, HTTP error, no complete answer within `timeoutMs`).
 */
export function readSource(source, { maxBytes, timeoutMs = 10000 }) {
  return isUrl(source) ? readUrlSource(source, maxBytes, timeoutMs) : readFileSource(source, maxBytes);
}

/**
 * The text of a config: UTF-8 only, as the widgets read it. A UTF-8 byte order mark is dropped; a
 * UTF-16 one, or bytes that are not UTF-8, give `{ problem }`.
 */
function decode(buffer) {
  const utf16 = (buffer[0] === 0xfe && buffer[1] === 0xff) || (buffer[0] === 0xff && buffer[1] === 0xfe);
  if (utf16) return { problem: 'the config must be UTF-8 (it starts with a UTF-16 byte order mark): save it as UTF-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buffer) };
  } catch {
    return { problem: 'the config must be UTF-8 (it holds bytes that are not UTF-8): save it as UTF-8' };
  }
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
 * Checks what `readSource` read with the library's own rules (`library` is the built package's
 * config module: `validateConfig` and `MAX_CONFIG_BYTES`).
 * Returns `{ problems: [{ path, message }], warnings: [string], summary?, config? }`.
 */
export function checkText({ buffer, tooLarge, headers }, { validateConfig, MAX_CONFIG_BYTES }) {
  const refuse = (message) => ({ problems: [{ path: '(root)', message }], warnings: [] });
  if (tooLarge) return refuse(`is larger than ${MAX_CONFIG_BYTES} bytes: the widgets refuse a config over ${MAX_CONFIG_BYTES / 1024} KiB`);
  const { text, problem } = decode(buffer);
  if (problem) return refuse(problem);
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return refuse(`is not valid JSON (${error.message})`);
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
