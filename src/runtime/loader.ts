/**
 * Config loading: one request per absolute config URL per page (shared by every copy of the
 * library through `window.csrWidgets`), an overall timeout, bounded retries with backoff on
 * network errors, 5xx and 429 only, HTTP caching left to the browser, and a last-known-good copy
 * in localStorage that is used only when the endpoint fails.
 */
import { MAX_CONFIG_BYTES } from '../config/schema.js';
import { decodeConfig } from '../config/decode.js';
import { problem, type CsrProblem } from '../config/errors.js';
import type { FetchOutcome } from './protocol.js';
import { namespace } from './namespace.js';
import { baseURI } from './document.js';

export type { FetchOutcome } from './protocol.js';

export interface LoaderOptions {
  /** Overall time for all attempts, in milliseconds. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  attempts: number;
  /** First backoff delay; doubles on each retry. */
  backoffMs: number;
  /** A last-known-good copy older than this is not used. */
  maxStaleMs: number;
}

const defaults: LoaderOptions = {
  timeoutMs: 8000,
  attempts: 3,
  backoffMs: 300,
  maxStaleMs: 30 * 24 * 60 * 60 * 1000,
};

/** Changes the loader's defaults for this copy of the library (tests use shorter timeouts). */
export function configureLoader(options: Partial<LoaderOptions>): void {
  Object.assign(defaults, options);
}

/** localStorage key prefix of the last-known-good copy of a config; the config's absolute URL follows. */
export const LAST_GOOD_PREFIX = 'csr-widgets:last-good:';

class AttemptError extends Error {
  constructor(
    readonly problem: CsrProblem,
    readonly retryable: boolean,
    readonly retryAfterMs?: number,
  ) {
    super(problem.message);
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A `Retry-After` in seconds, the form the config's host is asked to send (README), in milliseconds. */
const parseRetryAfter = (value: string | null): number | undefined => {
  const seconds = Number(value);
  return value && seconds >= 0 ? seconds * 1000 : undefined;
};

async function readLimited(response: Response, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = () =>
    new AttemptError(problem('config-too-large', `${url}: the config is larger than ${MAX_CONFIG_BYTES / 1024} KiB`), false);
  if (declared > MAX_CONFIG_BYTES) {
    void response.body?.cancel().catch(() => {});
    throw tooLarge();
  }
  if (!response.body) return decode(new Uint8Array(await response.arrayBuffer()), url);
  const reader = response.body.getReader();
  const chunks: BlobPart[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_CONFIG_BYTES) {
      void reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return decode(new Uint8Array(await new Blob(chunks).arrayBuffer()), url);
}

/** The config's text by the rule the `csr-widgets` command reads it with too (`decodeConfig`). */
function decode(bytes: Uint8Array, url: string): string {
  const text = decodeConfig(bytes);
  if (typeof text != 'string') throw new AttemptError(problem(text.code, `${url}: ${text.message}`), false);
  return text;
}

/** One request: the parsed config and the address that served it (after redirects). */
async function attempt(url: string, timeLeftMs: number): Promise<{ data: unknown; from: string }> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeLeftMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
    } catch {
      if (timedOut) throw new AttemptError(problem('config-timeout', `${url}: no answer in time`), false);
      throw new AttemptError(problem('config-network', `${url}: the config could not be fetched (network or CORS error)`), true);
    }
    if (!response.ok) {
      void response.body?.cancel().catch(() => {});
      const retryable = response.status >= 500 || response.status === 429;
      throw new AttemptError(
        problem('config-http', `${url}: HTTP ${response.status}`),
        retryable,
        response.status === 429 || response.status === 503 ? parseRetryAfter(response.headers.get('retry-after')) : undefined,
      );
    }
    let text: string;
    try {
      text = await readLimited(response, url);
    } catch (error) {
      if (error instanceof AttemptError) throw error;
      if (timedOut) throw new AttemptError(problem('config-timeout', `${url}: no answer in time`), false);
      throw new AttemptError(problem('config-network', `${url}: the connection broke while reading the config`), true);
    }
    try {
      return { data: JSON.parse(text) as unknown, from: response.url || url };
    } catch {
      throw new AttemptError(problem('config-parse', `${url}: the config is not valid JSON`), false);
    }
  } finally {
    clearTimeout(timer);
  }
}

function readLastGood(url: string, maxStaleMs: number): { data: unknown; from?: string; savedAt: number } | undefined {
  try {
    const stored = localStorage.getItem(LAST_GOOD_PREFIX + url);
    if (!stored) return undefined;
    const parsed = JSON.parse(stored) as { savedAt?: unknown; data?: unknown; from?: unknown };
    if (typeof parsed.savedAt !== 'number' || Date.now() - parsed.savedAt > maxStaleMs) return undefined;
    return { data: parsed.data, from: typeof parsed.from == 'string' ? parsed.from : undefined, savedAt: parsed.savedAt };
  } catch {
    return undefined;
  }
}

/** Keeps `data` (a config that passed validation, served by `from`) as the last-known-good copy for `url`. */
export function saveLastGood(url: string, data: unknown, from?: string): void {
  try {
    localStorage.setItem(LAST_GOOD_PREFIX + url, JSON.stringify({ savedAt: Date.now(), data, from }));
  } catch {
    // Storage full or blocked: the copy is a convenience, not a requirement.
  }
}

async function fetchConfig(url: string, options: LoaderOptions): Promise<FetchOutcome> {
  const deadline = Date.now() + options.timeoutMs;
  let last: CsrProblem = problem('config-network', `${url}: the config could not be fetched`);
  for (let n = 0; n < options.attempts; n++) {
    const timeLeft = deadline - Date.now();
    if (timeLeft <= 0) {
      last = problem('config-timeout', `${url}: no answer in time`);
      break;
    }
    try {
      return { ok: true, ...(await attempt(url, timeLeft)) };
    } catch (error) {
      if (!(error instanceof AttemptError)) {
        last = problem('config-network', `${url}: ${String(error)}`);
        break;
      }
      last = error.problem;
      if (!error.retryable || n === options.attempts - 1) break;
      const wait = error.retryAfterMs ?? options.backoffMs * 2 ** n * (0.75 + Math.random() * 0.5);
      if (Date.now() + wait >= deadline) break;
      await sleep(wait);
    }
  }
  const lastGood = readLastGood(url, options.maxStaleMs);
  if (lastGood) {
    return {
      ok: true,
      data: lastGood.data,
      from: lastGood.from,
      stale: { savedAt: lastGood.savedAt, ageMs: Date.now() - lastGood.savedAt, problem: last },
    };
  }
  return { ok: false, problem: last };
}

/** The absolute form of a config URL, resolved against the document. */
export const absoluteUrl = (src: string): string => new URL(src, baseURI()).href;

/**
 * Loads a config once per absolute URL per page; every later call, from this copy of the library
 * or another, gets the same promise. Never rejects.
 */
export function loadConfig(src: string, options: Partial<LoaderOptions> = {}): Promise<FetchOutcome> {
  let url: string;
  try {
    url = absoluteUrl(src);
  } catch {
    return Promise.resolve({ ok: false, problem: problem('config-missing', `"${src}" is not a valid config URL`) });
  }
  const { configs } = namespace();
  let pending = configs.get(url);
  if (!pending) {
    pending = fetchConfig(url, { ...defaults, ...options }).catch(
      (error: unknown): FetchOutcome => ({ ok: false, problem: problem('internal', String(error)) }),
    );
    configs.set(url, pending);
  }
  return pending;
}

/** Forgets loaded configs so that the next `loadConfig` fetches again (tests and live editors). */
export function clearConfigCache(src?: string): void {
  const { configs } = namespace();
  if (src === undefined) configs.clear();
  else configs.delete(absoluteUrl(src));
}
