// A small report intake that implements the README's POST contract: JSON body, Idempotency-Key
// deduplication, CORS preflight, no cookies. The demo stores reports in a JSON Lines file; the
// tests use it in memory with injected faults.
import { appendFileSync, mkdirSync, readFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { randomUUID } from 'node:crypto';
import { importTs } from './load-ts.js';

// The limits and places come from the contract itself (src/config/report.ts), read from the source
// rather than the build: the test runner loads this file at start-up, before anything is built.
const { REPORT_LIMITS, REPORT_PLACES } = await importTs(resolve(import.meta.dirname, '../src/config/report.ts'));

// Room for the largest valid report: every field at its limit, each escaped by JSON as \uXXXX
// (6 bytes).
const MAX_BODY = 32 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
if (Object.values(REPORT_LIMITS).reduce((sum, max) => sum + max, 0) * 6 > MAX_BODY - 1024)
  throw new Error('intake: MAX_BODY has no room for the largest valid report');

/** Checks a report body against the contract; returns an error message or undefined. */
export function checkReport(body) {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object';
  const text = (name, required) => {
    const value = body[name];
    const max = REPORT_LIMITS[name];
    if (value === undefined || value === null || value === '') return required ? `${name} is required` : undefined;
    if (typeof value !== 'string') return `${name} must be text`;
    if (value.length > max) return `${name} must be at most ${max} characters`;
    return undefined;
  };
  return (
    text('url', true) ??
    (REPORT_PLACES.includes(body.place) ? undefined : `place must be one of ${REPORT_PLACES.join(', ')}`) ??
    text('description', false) ??
    text('contact', false) ??
    text('locale', true) ??
    text('partner', false) ??
    text('organization', true)
  );
}

/**
 * Creates an intake. `store` is a file path (JSON Lines) or omitted for memory only. Returns a
 * Node request handler and the list of stored reports.
 */
export function createIntake({ store } = {}) {
  const byKey = new Map();
  const reports = [];
  if (store && existsSync(store)) {
    for (const line of readFileSync(store, 'utf8').split('\n').filter(Boolean)) {
      try {
        const record = JSON.parse(line);
        byKey.set(record.key, record);
        reports.push(record);
      } catch {
        // A torn line: skip it.
      }
    }
  }

  const send = (res, status, body, headers = {}) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  function cors(req) {
    const origin = req.headers.origin;
    return origin
      ? {
          'Access-Control-Allow-Origin': origin,
          'Access-Control-Allow-Methods': 'POST, OPTIONS',
          'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key',
          'Access-Control-Expose-Headers': 'Retry-After',
          'Access-Control-Max-Age': '600',
          Vary: 'Origin',
        }
      : {};
  }

  /** Handles OPTIONS and POST; `respond` can be overridden by tests to inject faults first. */
  function handle(req, res) {
    const headers = cors(req);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, headers);
      res.end();
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, { message: 'Use POST.' }, { ...headers, Allow: 'POST, OPTIONS' });
      return;
    }
    const key = req.headers['idempotency-key'];
    if (typeof key !== 'string' || !UUID.test(key)) {
      send(res, 400, { message: 'The Idempotency-Key header must be a UUID.' }, headers);
      return;
    }
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) {
      send(res, 415, { message: 'Send application/json.' }, headers);
      return;
    }
    // Read at most MAX_BODY bytes: a larger body (declared or sent) is answered 413 at once and the
    // connection closed, so that an endless body is not read for ever.
    const tooLarge = () => {
      req.removeAllListeners('data');
      req.removeAllListeners('end');
      send(res, 413, { message: 'The report is too large.' }, { ...headers, Connection: 'close' });
      res.on('finish', () => req.destroy());
    };
    if (Number(req.headers['content-length']) > MAX_BODY) {
      tooLarge();
      return;
    }
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) tooLarge();
      else chunks.push(chunk);
    });
    req.on('end', () => {
      const seen = byKey.get(key);
      if (seen) {
        send(res, 201, { id: seen.id }, headers);
        return;
      }
      let body;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        send(res, 400, { message: 'The body is not valid JSON.' }, headers);
        return;
      }
      const problem = checkReport(body);
      if (problem) {
        send(res, 400, { message: problem }, headers);
        return;
      }
      const record = {
        id: `R-${randomUUID().slice(0, 8).toUpperCase()}`,
        key,
        receivedAt: new Date().toISOString(),
        cookie: req.headers.cookie ?? null,
        referer: req.headers.referer ?? null,
        report: {
          url: body.url,
          place: body.place,
          description: body.description ?? null,
          contact: body.contact ?? null,
          locale: body.locale,
          partner: body.partner ?? null,
          organization: body.organization,
        },
      };
      byKey.set(key, record);
      reports.push(record);
      if (store) {
        mkdirSync(dirname(store), { recursive: true });
        appendFileSync(store, `${JSON.stringify(record)}\n`);
      }
      send(res, 201, { id: record.id }, headers);
    });
  }

  return { handle, reports };
}
