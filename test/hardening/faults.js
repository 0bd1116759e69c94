// Faults that test/server/fixtures.js does not cover, and configs set from the test process:
//   GET /__hx/<key>/body            the body set with setBody(key, …) (any bytes, status, headers)
//   GET /__hx/<key>/reset           destroys the connection without an answer
//   GET /__hx/<key>/redirect-loop   302 to itself, forever
//   GET /__hx/<key>/503             503 with Retry-After: 1, every time
//   GET /__hx/<key>/delay?ms=N      the example config after N ms
//   ANY /__hx/<key>/intake-<fault>  the report intake's faults: reset, redirect-loop, 503, hang, 404, 500
//   GET /__hx/<key>/count           {count} of requests for <key> (preflights not counted)
// A `nocors` query parameter (handled in server.js) leaves out the CORS headers.
import { Buffer } from 'node:buffer';
import { exampleConfigText } from '../server/fixtures.js';

const counts = new Map();
const bodies = new Map();

/**
 * Sets what /__hx/<key>/body answers: `{ text | bytes | chunks, status?, headers? }`. A text or
 * bytes body declares its Content-Length; chunks are sent without one (chunked encoding).
 */
export function setBody(key, { text, bytes, chunks, status = 200, headers = { 'Content-Type': 'application/json' } }) {
  const payload = chunks ?? [bytes ?? Buffer.from(text, 'utf8')];
  const length = chunks ? {} : { 'Content-Length': String(payload[0].length) };
  bodies.set(key, { payload, status, headers: { ...length, ...headers } });
}

export const requestCount = (key) => counts.get(key) ?? 0;

export const exampleFor = (host) => exampleConfigText().replaceAll('http://localhost:4173', `http://${host}`);

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

export async function faults(req, res, url) {
  const match = /^\/__hx\/([\w-]+)\/([\w-]+)$/.exec(url.pathname);
  if (!match) {
    res.writeHead(404);
    return res.end();
  }
  const [, key, scenario] = match;
  if (scenario === 'count') {
    res.writeHead(200, { 'Content-Type': 'application/json' });
    return res.end(JSON.stringify({ count: requestCount(key) }));
  }
  if (req.method === 'OPTIONS') {
    // A CORS preflight (the report POST): allowed unless `nocors`; not counted.
    res.writeHead(204, {
      'Access-Control-Allow-Methods': 'POST, OPTIONS',
      'Access-Control-Allow-Headers': 'Content-Type, Idempotency-Key, Accept',
    });
    return res.end();
  }
  counts.set(key, requestCount(key) + 1);
  const fault = scenario.replace(/^intake-/, '');
  switch (fault) {
    case 'body': {
      const body = bodies.get(key);
      if (!body) {
        res.writeHead(404);
        return res.end();
      }
      res.writeHead(body.status, { 'Cache-Control': 'no-store', ...body.headers });
      for (const chunk of body.payload) {
        if (res.destroyed) return undefined;
        if (!res.write(chunk)) await new Promise((r) => res.once('drain', r).once('close', r));
      }
      return res.end();
    }
    case 'reset':
      req.socket.destroy();
      return undefined;
    case 'redirect-loop':
      res.writeHead(302, { Location: `${url.pathname}${url.search}`, 'Cache-Control': 'no-store' });
      return res.end();
    case '503':
      res.writeHead(503, { 'Retry-After': '1', 'Cache-Control': 'no-store', 'Content-Type': 'text/plain' });
      return res.end('Busy');
    case '500':
    case '404':
      res.writeHead(Number(fault), { 'Cache-Control': 'no-store', 'Content-Type': 'application/json' });
      return res.end(JSON.stringify({ message: `HTTP ${fault} from the test intake` }));
    case 'hang':
      return undefined;
    case 'delay':
      await wait(Number(url.searchParams.get('ms') ?? 5000));
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return res.end(exampleFor(req.headers.host));
    case 'ok':
      res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      return res.end(scenario.startsWith('intake-') ? JSON.stringify({ id: 'R-TEST' }) : exampleFor(req.headers.host));
    default:
      res.writeHead(400);
      return res.end(`unknown scenario ${scenario}`);
  }
}
