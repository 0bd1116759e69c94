// The benchmark's HTTP server: the demo server (built files, demo assets, the example config, strict
// CSP) on a free 127.0.0.1 port, with four additions in front of it: every request is counted by
// path, `/late/csr.json?delay=1000` is the example config answered late, pages the benchmark
// generates in memory are served from `pages`, and `/vendor/<package>/<file>` serves the `dist/`
// files of the packages the library is compared with (shareon, Shariff) from node_modules, so
// that no page needs a CDN.
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { startDemoServer, STRICT_CSP } from '../scripts/demo-server.js';

const root = resolve(import.meta.dirname, '..');
export const VENDOR_PACKAGES = ['shareon', 'shariff'];
const VENDOR_TYPES = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
  '.svg': 'image/svg+xml',
};

/** `/vendor/<package>/<file>` → node_modules/<package>/dist/<file>, or undefined. */
async function readVendorFile(pathname) {
  const [, , name, ...rest] = pathname.split('/');
  if (!VENDOR_PACKAGES.includes(name)) return undefined;
  const base = join(root, 'node_modules', name, 'dist');
  const path = normalize(join(base, ...rest));
  if (!path.startsWith(base + '/')) return undefined;
  try {
    return { body: await readFile(path), type: VENDOR_TYPES[extname(path)] ?? 'application/octet-stream' };
  } catch {
    return undefined;
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Starts the server. `pages` maps a path to `{ html, csp, type }`: `csp: true` adds the strict
 * policy; `type` is the content type when it is not HTML.
 */
export async function startBenchServer() {
  const pages = new Map();
  const counts = new Map();
  const { server, url } = await startDemoServer({ port: 0, host: '127.0.0.1', quiet: true });
  const [demo] = server.listeners('request');
  server.removeAllListeners('request');
  server.on('request', async (req, res) => {
    const { pathname, searchParams } = new URL(req.url ?? '/', 'http://localhost');
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const page = pages.get(pathname);
    if (page) {
      res.writeHead(200, {
        'Content-Type': page.type ?? 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        ...(page.csp ? { 'Content-Security-Policy': STRICT_CSP } : {}),
      });
      return res.end(page.html);
    }
    if (pathname.startsWith('/vendor/')) {
      const file = await readVendorFile(pathname);
      res.writeHead(file ? 200 : 404, { 'Content-Type': file?.type ?? 'text/plain', 'Cache-Control': 'no-cache' });
      return res.end(file?.body ?? 'Not found');
    }
    if (pathname === '/late/csr.json') {
      await sleep(Number(searchParams.get('delay') ?? 1000));
      req.url = '/csr.json';
    }
    return demo(req, res);
  });
  return {
    origin: url.replace(/\/$/, ''),
    pages,
    /** Requests for `path` since the last `resetCounts()`. */
    count: (path) => counts.get(path) ?? 0,
    resetCounts: () => counts.clear(),
    close: () => new Promise((closed) => server.close(closed)),
  };
}
