// The demo: serves the demo pages and their assets (demo/) and the built script (dist/) on 127.0.0.1
// with a strict Content-Security-Policy, the example config at /csr.json (and a forged copy at
// /forged/csr.json, for forged.html), a local report intake at /api/reports that stores reports in
// .data/reports.jsonl, outside everything it serves (the example hotlines of other countries:
// /api/example-hotlines/<country>/reports, in .data/reports-<country>.jsonl), and a share counter at
// /api/share-count that keeps only totals per page and network, in memory. No internet needed.
import { createServer } from 'node:http';
import { open, realpath } from 'node:fs/promises';
import { extname, join, relative, resolve, isAbsolute, sep } from 'node:path';
import { createIntake } from './intake.js';
import { createShareCounter } from './share-counter.js';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
/** Where the demo's intake keeps reports: at the repository root, never under demo/ or dist/. */
export const REPORTS_FILE = resolve(root, '.data/reports.jsonl');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
/** The folders the server reads from, by URL prefix, and the kinds of file each may serve. */
const SERVED = [
  { prefix: '/dist/', folder: join(root, 'dist'), types: ['.js', '.map', '.css'] },
  { prefix: '/', folder: join(root, 'demo'), types: ['.html', '.css', '.js', '.svg'] },
];
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

const notFound = () => Object.assign(new Error('not found'), { code: 'ENOENT' });

/** True when `path` lies inside `folder` (both absolute), aware of path separators. */
const isInside = (folder, path) => {
  const inside = relative(folder, path);
  return inside !== '' && !inside.startsWith(`..${sep}`) && inside !== '..' && !isAbsolute(inside);
};

/**
 * The file a URL path names, or a not-found error. Rejects encoded separators and dots, any `.` or `..`
 * segment, names that start with a dot, and kinds of file outside the folder's list; the resolved (and
 * real) path must lie inside the folder.
 */
async function servedFile(pathname) {
  if (/%(2f|5c|2e|00)|\\/i.test(pathname)) throw notFound();
  let decoded;
  try {
    decoded = decodeURIComponent(pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  } catch {
    throw notFound();
  }
  const { folder, types, prefix } = SERVED.find((entry) => decoded.startsWith(entry.prefix));
  const segments = decoded.slice(prefix.length).split('/');
  if (segments.some((segment) => segment === '' || segment.startsWith('.'))) throw notFound();
  if (!types.includes(extname(decoded))) throw notFound();
  const path = resolve(folder, ...segments);
  if (!isInside(folder, path) || !isInside(await realpath(folder), await realpath(path))) throw notFound();
  return path;
}

/** Reads a regular file (never a folder, device or pipe). */
async function readRegularFile(path) {
  const handle = await open(path, 'r');
  try {
    if (!(await handle.stat()).isFile()) throw notFound();
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

const LOCAL_HOST = /^(127\.0\.0\.1|localhost|\[::1\]):([1-9]\d{0,4})$/i;

/** `http://host:port` for a Host header that names this machine, else for the listening address. */
function originFor(hostHeader, address) {
  const match = LOCAL_HOST.exec(hostHeader ?? '');
  if (match && Number(match[2]) <= 65535) return `http://${hostHeader.toLowerCase()}`;
  const listening = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const local = ['0.0.0.0', '[::]'].includes(listening) ? '127.0.0.1' : listening;
  return `http://${local}:${address.port}`;
}

/** The example config as a forger would host it: claiming the organization's site, `https://www.ecpat.se/`. */
function forged(text) {
  const config = JSON.parse(text);
  config.$comment = 'A FORGED copy of the example config, served by a site that is not the organization\'s: the badge refuses it.';
  config.organization.url = 'https://www.ecpat.se/';
  delete config.organization.partnersUrl;
  delete config.share.counter;
  return JSON.stringify(config, null, 2);
}

/**
 * Starts the demo server. `store` is where the intake keeps reports (default `REPORTS_FILE`).
 * Resolves with `{ server, url, intake, counter, store }`.
 */
export function startDemoServer({ port: listenPort = port, host: listenHost = host, quiet = false, store = REPORTS_FILE } = {}) {
  const intake = createIntake({ store });
  // The example config's hotlines in other countries (example values) each get an intake of their own.
  const elsewhere = new Map();
  const counter = createShareCounter();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', 'http://localhost');
      if (url.pathname === '/api/reports') return intake.handle(req, res);
      const country = /^\/api\/example-hotlines\/([A-Z]{2})\/reports$/.exec(url.pathname)?.[1];
      if (country) {
        if (!elsewhere.has(country)) elsewhere.set(country, createIntake({ store: store.replace(/\.jsonl$/, `-${country}.jsonl`) }));
        return elsewhere.get(country).handle(req, res);
      }
      if (url.pathname === '/api/share-count') return counter.handle(req, res);
      if (url.pathname === '/csr.json' || url.pathname === '/forged/csr.json') {
        const origin = originFor(req.headers.host, server.address());
        let text = (await readRegularFile(join(root, 'demo/csr.json'))).toString('utf8').replaceAll('http://localhost:4173', origin);
        // A forgery, as a partner's own site could host it: the same config, naming the organization's real
        // site as its own. The badge refuses it, since this server is not that site (forged.html).
        if (url.pathname === '/forged/csr.json') text = forged(text);
        res.writeHead(200, {
          'Content-Type': TYPES['.json'],
          'Cache-Control': 'no-cache',
          'Access-Control-Allow-Origin': '*',
        });
        return res.end(text);
      }
      const path = await servedFile(url.pathname);
      const body = await readRegularFile(path);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)],
        'Content-Security-Policy': STRICT_CSP,
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch (error) {
      const missing = ['ENOENT', 'ENOTDIR', 'EISDIR'].includes(error?.code);
      res.writeHead(missing ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end(missing ? 'Not found' : 'Server error');
    }
  });
  return new Promise((resolveStart) =>
    server.listen(listenPort, listenHost, () => {
      const where = `${originFor(undefined, server.address())}/`;
      if (!quiet) {
        console.log(`csr-widgets demo: ${where}`);
        console.log(`reports sent from the demo are stored in ${store}`);
      }
      resolveStart({ server, url: where, intake, counter, store });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await startDemoServer();
