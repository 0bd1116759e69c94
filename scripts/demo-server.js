// The demo: serves demo/ and dist/ on 127.0.0.1 with a strict Content-Security-Policy, the example
// config at /csr.json, and a local report intake at /api/reports that stores reports in
// demo/.data/reports.jsonl. No internet needed.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { createIntake } from './intake.js';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';
const store = resolve(root, 'demo/.data/reports.jsonl');
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; require-trusted-types-for 'script'";

export function startDemoServer({ port: listenPort = port, host: listenHost = host, quiet = false } = {}) {
  const intake = createIntake({ store });
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = `http://${req.headers.host ?? `${listenHost}:${listenPort}`}`;
    try {
      if (url.pathname === '/api/reports') return intake.handle(req, res);
      if (url.pathname === '/csr.json') {
        const text = (await readFile(join(root, 'demo/csr.json'), 'utf8')).replaceAll('http://localhost:4173', origin);
        res.writeHead(200, {
          'Content-Type': TYPES['.json'],
          'Cache-Control': 'no-cache',
          'Access-Control-Allow-Origin': '*',
        });
        return res.end(text);
      }
      const base = url.pathname.startsWith('/dist/') ? root : join(root, 'demo');
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      res.writeHead(200, {
        'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
        'Content-Security-Policy': STRICT_CSP,
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch (error) {
      res.writeHead(error?.code === 'ENOENT' ? 404 : 500, { 'Content-Type': 'text/plain' });
      res.end(error?.code === 'ENOENT' ? 'Not found' : 'Server error');
    }
  });
  return new Promise((resolveStart) =>
    server.listen(listenPort, listenHost, () => {
      const address = server.address();
      const where = `http://${listenHost}:${address.port}/`;
      if (!quiet) {
        console.log(`csr-widgets demo: ${where}`);
        console.log(`reports sent from the demo are stored in ${store}`);
      }
      resolveStart({ server, url: where, intake });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await startDemoServer();
