// A small share counter that implements the README's contract for `share.counter`: `POST` counts one
// share of a page on a network, `GET ?url=` answers that page's total as `{"count": n}`. It keeps only
// totals per page and network, in memory: nothing about who shared (no address, no cookie, no time).
// The demo serves it at /api/share-count; the tests script its faults in front of it.
import { resolve } from 'node:path';
import { importTs } from './load-ts.js';

// The networks come from the schema itself, read from the source: the test runner loads this file at
// start-up, before anything is built.
const { SHARE_NETWORKS } = await importTs(resolve(import.meta.dirname, '../src/config/schema.ts'));

/** A share is `{"network", "url"}`: a few hundred bytes; anything longer is refused. */
const MAX_BODY = 4096;
/** Pages counted at most, so that a flood of made-up URLs cannot fill the memory. */
const MAX_PAGES = 10000;
const PAGE = /^https?:\/\/[^\s]{1,2040}$/;

/** Creates a counter: a Node request handler and its totals (`page → network → count`). */
export function createShareCounter() {
  const totals = new Map();

  const send = (res, status, body, headers) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', ...headers });
    res.end(body === undefined ? '' : JSON.stringify(body));
  };

  /** Any site may read a count and send a share: no cookies are involved, so `*` is safe. */
  const CORS = { 'Access-Control-Allow-Origin': '*' };

  const total = (page) => [...(totals.get(page)?.values() ?? [])].reduce((sum, n) => sum + n, 0);

  function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS, 'Access-Control-Allow-Methods': 'GET, POST', 'Access-Control-Allow-Headers': 'Content-Type', 'Access-Control-Max-Age': '600' });
      return res.end();
    }
    if (req.method === 'GET') {
      const page = url.searchParams.get('url');
      if (!page || !PAGE.test(page)) return send(res, 400, { message: 'Give the page as ?url=.' }, CORS);
      return send(res, 200, { count: total(page) }, CORS);
    }
    if (req.method !== 'POST') return send(res, 405, { message: 'Use GET or POST.' }, { ...CORS, Allow: 'GET, POST, OPTIONS' });
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        req.removeAllListeners('data');
        send(res, 413, { message: 'Too large.' }, { ...CORS, Connection: 'close' });
        res.on('finish', () => req.destroy());
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return;
      let share;
      try {
        share = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { message: 'Send {"network", "url"} as JSON.' }, CORS);
      }
      const { network, url: page } = share ?? {};
      if (!SHARE_NETWORKS.includes(network) || typeof page !== 'string' || !PAGE.test(page))
        return send(res, 400, { message: 'Send a known network and the page shared.' }, CORS);
      if (!totals.has(page)) {
        if (totals.size >= MAX_PAGES) return send(res, 503, { message: 'Counting no more pages.' }, CORS);
        totals.set(page, new Map());
      }
      const counts = totals.get(page);
      counts.set(network, (counts.get(network) ?? 0) + 1);
      send(res, 204, undefined, CORS);
    });
  }

  return { handle, totals, total };
}
