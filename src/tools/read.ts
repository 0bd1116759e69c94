// Reading a config for the command: a regular file or an http(s) URL, never more than the
// widgets accept (`MAX_CONFIG_BYTES`), within a time limit.
/// <reference types="node" />
import { open } from 'node:fs/promises';
import { constants } from 'node:fs';
import { MAX_CONFIG_BYTES } from '../config/schema.js';

/** A failure to read the input (missing file, unreachable URL): exit code 2, not a config problem. */
export class InputError extends Error {}

/** What was read: the bytes, or `tooLarge` (reading stopped at the limit); a URL's headers too. */
export interface Source {
  bytes: Uint8Array;
  tooLarge: boolean;
  headers?: Headers;
  /** For a URL: the address that served it, after redirects (what the widgets judge the site by). */
  servedFrom?: string;
}

export const isUrl = (value: string): boolean => /^https?:\/\//i.test(value);

const code = (error: unknown): string | undefined => (error as { code?: string } | null)?.code;

/**
 * Reads chunks (a file or response stream) until they end or pass `maxBytes`; stops reading as
 * soon as the limit is passed.
 */
async function readAtMost(chunks: AsyncIterable<Uint8Array>, maxBytes: number): Promise<Source> {
  const parts: Uint8Array[] = [];
  let bytes = 0;
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (bytes > maxBytes) return { bytes: new Uint8Array(), tooLarge: true };
    parts.push(chunk);
  }
  const all = new Uint8Array(bytes);
  let at = 0;
  for (const part of parts) {
    all.set(part, at);
    at += part.length;
  }
  return { bytes: all, tooLarge: false };
}

/** A response body's chunks; leaving the loop early cancels the stream. */
async function* chunksOf(body: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    void reader.cancel().catch(() => {});
  }
}

/** Reads a regular file; a folder, device or pipe is refused before anything is read from it. */
async function readFileSource(source: string, maxBytes: number): Promise<Source> {
  let handle;
  try {
    // Non-blocking, so that opening a FIFO without a writer does not wait for one.
    handle = await open(source, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!(await handle.stat()).isFile())
      throw new InputError(`${source}: is not a regular file (a folder, device or pipe): give a config file or a URL`);
    return await readAtMost(handle.createReadStream({ autoClose: false }), maxBytes);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(code(error) === 'ENOENT' ? `${source}: no such file` : `${source}: cannot read the file (${code(error) ?? error})`);
  } finally {
    await handle?.close();
  }
}

interface FetchFailure {
  name?: string;
  message?: string;
  cause?: { code?: string; message?: string; errors?: { code?: string }[] };
}

/** Reads a URL within `timeoutMs` in all (the answer and its whole body). */
async function readUrlSource(source: string, maxBytes: number, timeoutMs: number): Promise<Source> {
  const seconds = `${timeoutMs / 1000} s`;
  let response: Response;
  try {
    response = await fetch(source, {
      headers: { Accept: 'application/json', Origin: 'https://partner.example' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (caught) {
    const error = caught as FetchFailure | undefined;
    const cause = error?.cause;
    const reason =
      error?.name === 'TimeoutError' ? `no answer in ${seconds}` : (cause?.code ?? cause?.errors?.[0]?.code ?? cause?.message ?? error?.message);
    throw new InputError(`${source}: cannot fetch the config (${reason})`);
  }
  const { headers } = response;
  if (!response.ok || Number(headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => {});
    if (!response.ok) throw new InputError(`${source}: HTTP ${response.status} ${response.statusText}`.trim());
    return { bytes: new Uint8Array(), tooLarge: true, headers, servedFrom: response.url || source };
  }
  try {
    const read = response.body ? await readAtMost(chunksOf(response.body), maxBytes) : { bytes: new Uint8Array(), tooLarge: false };
    return { ...read, headers, servedFrom: response.url || source };
  } catch (caught) {
    const error = caught as FetchFailure | undefined;
    const reason = error?.name === 'TimeoutError' ? `the answer did not finish in ${seconds}` : (error?.cause?.code ?? error?.message);
    throw new InputError(`${source}: cannot fetch the config (${reason})`);
  }
}

/**
 * Reads `source` (a path or an http(s) URL), at most `maxBytes` of it. Throws `InputError` when it
 * cannot be read (no such file, not a regular file, unreachable URL, HTTP error, no complete
 * answer within `timeoutMs`).
 */
export function readSource(source: string, { maxBytes = MAX_CONFIG_BYTES, timeoutMs = 10000 } = {}): Promise<Source> {
  return isUrl(source) ? readUrlSource(source, maxBytes, timeoutMs) : readFileSource(source, maxBytes);
}
