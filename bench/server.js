// The benchmark's HTTP server: the demo server (built files, demo assets, the example config, strict
// CSP) on a free 127.0.0.1 port, with three additions in front of it: every request is counted by
// path, `/late/csr.json?delay=1000` is the example config answered late, and pages the benchmark
// generates in memory are served from `pages`.
import { startDemoServer, STRICT_CSP } from '../scripts/demo-server.js';

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
