/**
 * Sends one report to the hotline's intake (the POST contract in the README): JSON, one
 * idempotency key reused on every attempt, no cookies, no `Referer`, retries on network errors,
 * 5xx and 429 with backoff, and a timeout on each attempt. A report counts as sent only on a 2xx
 * whose body is empty or JSON: a captive portal or a block page answers 200 with HTML.
 */

import type { ReportBody } from '../../config/report.js';

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

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A random UUID (v4); `crypto.randomUUID` exists only on secure pages, `getRandomValues` everywhere. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .replace(/^(.{8})(.{4})(.{4})(.{4})/, '$1-$2-$3-$4-');
}

/**
 * The wait a `Retry-After` value asks for, in milliseconds: seconds, or an HTTP date (0 once passed);
 * NaN when there is none or it cannot be read.
 */
function retryAfterMs(value: string | null): number {
  const seconds = value ? Number(value) : NaN;
  return Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : Math.max(0, Date.parse(value!) - Date.now());
}

/** A short text field (`id`, `message`) of the intake's JSON answer, trimmed and cut to `max`, or undefined. */
function field(data: any, name: 'id' | 'message', max: number): string | undefined {
  const value: unknown = data?.[name];
  return ((typeof value === 'string' || typeof value === 'number') && String(value).trim().slice(0, max)) || undefined;
}

/** Sends `body` to `endpoint` with `key` and resolves with the outcome; never rejects. */
export async function sendReport(endpoint: string, body: ReportBody, key: string): Promise<SendResult> {
  const { attempts, timeoutMs, backoffMs, maxRetryAfterMs } = defaults;
  const payload = JSON.stringify(body);
  let reason = 'not sent';
  for (let attempt = 1; attempt <= attempts; attempt++) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let wait = NaN;
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
      const text = await response.text();
      // The answer's JSON, if it has any.
      let data: unknown;
      try {
        data = text.trim() ? JSON.parse(text) : undefined;
      } catch {
        if (response.ok) return { ok: false, reason: `the intake answered HTTP ${response.status} with a body that is not JSON` };
      }
      if (response.ok) return { ok: true, receipt: field(data, 'id', 100) };
      reason = `the intake answered HTTP ${response.status}`;
      if (response.status !== 429 && response.status < 500) return { ok: false, reason, message: field(data, 'message', 500) };
      wait = retryAfterMs(response.headers.get('Retry-After'));
    } catch {
      reason = controller.signal.aborted ? `no answer within ${timeoutMs} ms` : 'network error';
    } finally {
      clearTimeout(timer);
    }
    if (attempt < attempts) await sleep(wait >= 0 ? Math.min(wait, maxRetryAfterMs) : backoffMs * 2 ** (attempt - 1));
  }
  return { ok: false, reason: `${reason} (${attempts} attempts)` };
}
