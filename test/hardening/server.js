// The host-page server for the hardening tests: real pages that a test registers (with any
// headers, such as a strict Content-Security-Policy), the builds under test, the config, intake and
// share counter endpoints of test/server/fixtures.js, and the extra faults in ./faults.js.
// One process serves two origins (two ports on 127.0.0.1) so that cross-origin cases are real.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import process from 'node:process';
import { fixtures } from '../server/fixtures.js';
import { STRICT_CSP } from '../../scripts/demo-server.js';
import { faults } from './faults.js';

export const root = resolve(import.meta.dirname, '../..');
/** Where run.js puts the builds and bundles under test (never the shared dist/, which others rebuild). */
export const buildDir = resolve(root, process.env.CSR_HARDENING_BUILD ?? 'node_modules/.cache/csr-hardening');

export { STRICT_CSP };

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

const wait = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the server. Returns `{ url, crossUrl, page, asset, close }`: `page(html, headers)` and
 * `asset(name, body, type)` register content and return its path; `url` and `crossUrl` are the
 * two origins.
 */
export async function startServer() {
  const pages = new Map();
  let next = 0;
  const sockets = new Set();

  async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    // Every config and intake endpoint answers CORS unless the scenario says otherwise.
    if (req.headers.origin && !url.searchParams.has('nocors')) {
      res.setHeader('Access-Control-Allow-Origin', req.headers.origin);
      res.setHeader('Vary', 'Origin');
    }
    // The example config's share counter, and the scripted counters, answer as in the test runner.
    if (path.startsWith('/__cfg/') || path.startsWith('/__intake/') || path.startsWith('/__count/') || path === '/api/share-count') {
      const ctx = { path, req, res, respond: true };
      if (req.method === 'OPTIONS' && path.startsWith('/__cfg/')) {
        res.writeHead(204, { 'Access-Control-Allow-Headers': 'Accept' });
        return res.end();
      }
      return fixtures(ctx, async () => {
        res.writeHead(404);
        res.end();
      });
    }
    if (path.startsWith('/__hx/')) return faults(req, res, url);
    if (pages.has(path)) {
      const { body, headers, delayMs } = pages.get(path);
      if (delayMs) await wait(delayMs);
      res.writeHead(200, { 'Cache-Control': 'no-store', ...headers });
      return res.end(body);
    }
    // Builds under test, then the demo's files (logo, pages linked from the example config).
    const [base, rel] =
      path.startsWith('/dist/') || path.startsWith('/bundles/')
        ? [buildDir, path]
        : path.startsWith('/hardening/')
          ? [join(import.meta.dirname, 'fixtures'), path.slice('/hardening'.length)]
          : [join(root, 'demo'), path];
    const file = normalize(join(base, decodeURIComponent(rel)));
    if (!file.startsWith(base)) {
      res.writeHead(403);
      return res.end();
    }
    try {
      const body = await readFile(file);
      const delay = Number(url.searchParams.get('delay') ?? 0);
      if (delay) await wait(delay);
      res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('Not found');
    }
  }

  const listen = () =>
    new Promise((done) => {
      const server = createServer((req, res) => {
        handle(req, res).catch((error) => {
          if (!res.headersSent) res.writeHead(500);
          res.end(String(error));
        });
      });
      server.on('connection', (socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      server.listen(0, '127.0.0.1', () => done(server));
    });

  const main = await listen();
  const cross = await listen();
  const url = `http://127.0.0.1:${main.address().port}`;
  const crossUrl = `http://127.0.0.1:${cross.address().port}`;

  return {
    url,
    crossUrl,
    /** Registers an HTML page; returns its path. */
    page(body, { headers = {}, csp = false, delayMs = 0 } = {}) {
      const path = `/p/${next++}.html`;
      pages.set(path, {
        body,
        delayMs,
        headers: { 'Content-Type': TYPES['.html'], ...(csp ? { 'Content-Security-Policy': STRICT_CSP } : {}), ...headers },
      });
      return path;
    },
    /** Registers a script or style sheet; returns its path. */
    asset(name, body, type = extname(name)) {
      const path = `/a/${next++}/${name}`;
      pages.set(path, { body, headers: { 'Content-Type': TYPES[type] ?? 'text/plain' } });
      return path;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await Promise.all([main, cross].map((s) => new Promise((r) => s.close(r))));
    },
  };
}
