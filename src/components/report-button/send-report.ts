/**
 * Sends one report to the hotline's intake (the POST contract in the README): JSON, one
 * idempotency key reused on every attempt, no cookies, no `Referer`, retries on network errors,
 * 5xx and 429 with backoff, and a timeout on each attempt.
 */

/** Limits of the report body; the README and the demo intake (scripts/intake.js) use the same. */
export const REPORT_LIMITS = { url: 2048, description: 2000, contact: 200, locale: 35, partner: 64, organization: 120 } as const;

/** The kinds of place a report can name (`place` in the body). */
export const REPORT_PLACES = ['website', 'social', 'chat', 'game', 'other'] as const;
export type ReportPlace = (typeof REPORT_PLACES)[number];

/** The JSON body the intake receives. */
export interface ReportBody {
  url: string;
  place: ReportPlace;
  description?: string;
  contact?: string;
  locale: string;
  partner?: string;
  organization: string;
}

export interface ReportSendingOptions {
  /** Time for one attempt (request and response body), in milliseconds. */
  timeoutMs: number;
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the first retry; doubles on each further retry. */
  backoffMs: number;
  /** Longest wait a `Retry-After` header can ask for; longer requests wait this long. */
  maxRetryAfterMs: number;
}

const defaults: ReportSendingOptions = { timeoutMs: 10_000, attempts: 4, backoffMs: 1_000, maxRetryAfterMs: 10_000 };

/** Changes how reports are sent, for this copy of the library (tests use shorter timeouts). */
export function configureReportSending(options: Partial<ReportSendingOptions>): void {
  Object.assign(defaults, options);
}

export type SendResult =
  | { ok: true; receipt?: string }
  /** `message` is the intake's own text from a final 4xx answer, if it sent one. */
  | { ok: false; reason: string; message?: string };

/** A random UUID (v4); `crypto.randomUUID` exists only on secure pages, `getRandomValues` everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** A short text field of the intake's JSON answer, or undefined. */
function field(data: unknown, name: 'id' | 'message', max: number): string | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const value = (data as Record<string, unknown>)[name];
  if (typeof value !== 'string' && typeof value !== 'number') return undefined;
  const text = String(value).trim();
  return text ? text.slice(0, max) : undefined;
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return JSON.parse(await response.text());
  } catch {
    return undefined;
  }
}

/** Sends `body` to `endpoint` with `key` and resolves with the outcome; never rejects. */
export async function sendReport(endpoint: string, body: ReportBody, key: string): Promise<SendResult> {
  const { attempts, timeoutMs, backoffMs, maxRetryAfterMs } = defaults;
  const payload = JSON.stringify(body);
  let reason = 'not sent';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let wait: number | undefined;
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
        body: payload,
        credentials: 'omit',
        referrerPolicy: 'no-referrer',
        cache: 'no-store',
        // A redirect would carry the report to another address: refuse it.
        redirect: 'error',
        signal: controller.signal,
      });
      const data = await readJson(response);
      if (response.ok) return { ok: true, receipt: field(data, 'id', 100) };
      reason = `the intake answered HTTP ${response.status}`;
      if (response.status !== 429 && response.status < 500) return { ok: false, reason, message: field(data, 'message', 500) };
      wait = retryAfterMs(response.headers.get('Retry-After'));
    } catch {
      reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : 'network error';
    } finally {
      clearTimeout(timer);
    }
    if (attempt < attempts) await sleep(wait === undefined ? backoffMs * 2 ** (attempt - 1) : Math.min(wait, maxRetryAfterMs));
  }
  return { ok: false, reason: `${reason} (${attempts} attempts)` };
}
