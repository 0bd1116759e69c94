// The benchmark's HTTP server on 127.0.0.1: the built files, the demo's assets, the example config
// (counted per path, so that a page's config requests can be checked), the same config delayed
// (`/late/csr.json?delay=1000`), and pages the benchmark generates in memory.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { STRICT_CSP } from '../scripts/demo-server.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts the server on a free port. `pages` maps a path to `{ html, csp }`: a page with `csp: true`
 * is served with the demo's strict Content-Security-Policy.
 */
export async function startBenchServer(root) {
  const pages = new Map();
  const counts = new Map();
  const configText = await readFile(join(root, 'demo/csr.json'), 'utf8');

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    counts.set(url.pathname, (counts.get(url.pathname) ?? 0) + 1);
    try {
      if (url.pathname === '/csr.json' || url.pathname === '/late/csr.json') {
        if (url.pathname === '/late/csr.json') await sleep(Number(url.searchParams.get('delay') ?? 1000));
        res.writeHead(200, {
          'Content-Type': TYPES['.json'],
          'Cache-Control': 'no-cache',
          'Access-Control-Allow-Origin': '*',
        });
        return res.end(configText.replaceAll('http://localhost:4173', `http://${req.headers.host}`));
      }
      const page = pages.get(url.pathname);
      if (page) {
        res.writeHead(200, {
          'Content-Type': TYPES['.html'],
          'Cache-Control': 'no-store',
          ...(page.csp ? { 'Content-Security-Policy': STRICT_CSP } : {}),
        });
        return res.end(page.html);
      }
      const base = url.pathname.startsWith('/dist/') ? root : join(root, 'demo');
      const path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const body = await readFile(path);
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' });
      res.end(body);
    } catch (error) {
      res.writeHead(error?.code === 'ENOENT' || error?.code === 'EISDIR' ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  });

  await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    pages,
    /** Requests for `path` since the last `resetCounts()`. */
    count: (path) => counts.get(path) ?? 0,
    resetCounts: () => counts.clear(),
    close: () => new Promise((closed) => server.close(closed)),
  };
}
