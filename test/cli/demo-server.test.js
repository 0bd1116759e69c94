// The demo server (scripts/demo-server.js), in Node: what it serves and what it must not. Real HTTP
// requests with raw paths, so that `..%2f` reaches the server as sent. Needs the build (dist/).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { startDemoServer } from '../../scripts/demo-server.js';

const root = resolve(import.meta.dirname, '../..');

/** One request with `path` sent exactly as written; resolves with status, headers and body text. */
const get = (port, path, { method = 'GET', headers = {}, body } = {}) =>
  new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', fail);
    req.end(body);
  });

let tmp;
let server;
let port;
let store;
// A folder beside demo/ whose name starts with "demo": a plain startsWith check lets it through.
const sibling = join(root, `demo-private-${process.pid}`);

before(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'csr-demo-'));
  mkdirSync(sibling);
  writeFileSync(join(sibling, 'secret.txt'), 'sibling secret');
  ({ server, store } = await startDemoServer({ port: 0, quiet: true, store: join(tmp, 'reports.jsonl') }));
  port = server.address().port;
});
after(async () => {
  await new Promise((ok) => server.close(ok));
  rmSync(sibling, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});

describe('the demo server serves the demo', () => {
  test('the demo page, its assets and the built script', async () => {
    for (const path of ['/', '/index.html', '/demo.css', '/demo.js', '/ecpat-logo.svg', '/partners/telenor.html', '/dist/csr-widgets.js']) {
      const { status } = await get(port, path);
      assert.equal(status, 200, path);
    }
    const page = await get(port, '/');
    assert.match(page.headers['content-security-policy'], /script-src 'self'/);
  });

  test('the example config, with this server as its origin', async () => {
    const { status, body } = await get(port, '/csr.json', { headers: { Host: `127.0.0.1:${port}` } });
    assert.equal(status, 200);
    assert.match(JSON.parse(body).organization.url, new RegExp(`^http://127\\.0\\.0\\.1:${port}/`));
  });
});

describe('the demo server exposes nothing else', () => {
  test('stored reports are not in the web root and cannot be fetched', async () => {
    const sent = await get(port, '/api/reports', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ url: 'https://bad.example/', place: 'website', locale: 'en', organization: 'ECPAT Sverige' }),
    });
    assert.equal(sent.status, 201);
    for (const path of ['/.data/reports.jsonl', '/.data/', '/%2edata/reports.jsonl', '/dist/..%2f.data/reports.jsonl', '/dist/..%2fdemo/.data/reports.jsonl']) {
      const { status, body } = await get(port, path);
      assert.equal(status, 404, path);
      assert.doesNotMatch(body, /bad\.example/, path);
    }
    // The default store lies outside everything the server serves.
    const defaults = await startDemoServer({ port: 0, quiet: true });
    await new Promise((ok) => defaults.server.close(ok));
    for (const served of ['demo', 'dist']) {
      const inside = relative(resolve(root, served), defaults.store);
      assert.ok(inside.startsWith('..'), `${defaults.store} is inside ${served}/`);
    }
    assert.equal(typeof store, 'string');
  });

  test('encoded dot segments and separators do not leave the served folders', async () => {
    for (const path of [
      '/dist/..%2fpackage.json',
      '/dist/..%2f.git/config',
      '/dist/..%2F..%2Fetc/passwd',
      '/dist/%2e%2e/package.json',
      '/dist/..%5cpackage.json',
      '/..%2fpackage.json',
      '/%2e%2e%2fpackage.json',
      `/..%2f${relative(root, sibling)}/secret.txt`,
      `/dist/..%2f${relative(root, sibling)}/secret.txt`,
      '/dist/npm/../../package.json',
      '/%zz',
    ]) {
      const { status, body } = await get(port, path);
      assert.equal(status, 404, path);
      assert.doesNotMatch(body, /"name": "csr-widgets"|sibling secret|root:|\[core\]|gitdir/, path);
    }
  });

  test('only the allowed kinds of file are served', async () => {
    for (const path of ['/csr.json.bak', '/dist/npm/config/index.d.ts', '/partners/', '/dist/', '/dist/types/index.d.ts']) {
      const { status } = await get(port, path);
      assert.equal(status, 404, path);
    }
  });
});

describe('the Host header', () => {
  const config = async (host) => {
    const { status, body } = await get(port, '/csr.json', { headers: { Host: host } });
    assert.equal(status, 200, host);
    return body;
  };

  test('a local host:port becomes the config origin', async () => {
    assert.match(await config('localhost:4173'), /"http:\/\/localhost:4173\/partners\/telenor\.html"/);
    assert.match(await config('[::1]:8080'), /"http:\/\/\[::1\]:8080\//);
  });

  test('any other Host falls back to the listening address', async () => {
    for (const host of ['evil.example', 'evil.example:4173', 'localhost:4173"}, "x": "y', 'localhost:4173/../evil', '127.0.0.1:99999', 'localhost']) {
      const body = await config(host);
      const data = JSON.parse(body);
      assert.doesNotMatch(body, /evil|"x": "y"/, host);
      assert.equal(new URL(data.organization.url).host, `127.0.0.1:${port}`, host);
    }
  });
});

describe('the report intake', () => {
  test('an endless report body is answered 413 and cut off, not read for ever', async () => {
    const started = Date.now();
    const status = await new Promise((done, fail) => {
      const req = request({
        host: '127.0.0.1',
        port,
        path: '/api/reports',
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID() },
      });
      const chunk = Buffer.alloc(64 * 1024, 'x');
      const timer = setTimeout(() => {
        req.destroy();
        fail(new Error('no answer after 5 s of body'));
      }, 5000);
      const pump = () => {
        while (!req.destroyed && req.write(chunk));
        if (!req.destroyed) req.once('drain', pump);
      };
      req.on('response', (res) => {
        clearTimeout(timer);
        res.resume();
        req.destroy();
        done(res.statusCode);
      });
      req.on('error', () => {}); // the server may close the connection while the body is still going
      pump();
    });
    assert.equal(status, 413);
    assert.ok(Date.now() - started < 5000);
  });

  test('a declared Content-Length over the limit is refused before reading', async () => {
    const { status } = await new Promise((done, fail) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api/reports',
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': randomUUID(), 'Content-Length': String(1 << 30) },
        },
        (res) => {
          res.resume();
          req.destroy();
          done({ status: res.statusCode });
        },
      );
      req.on('error', () => {});
      setTimeout(() => {
        req.destroy();
        fail(new Error('no answer to the headers alone'));
      }, 3000).unref();
      req.write('{');
    });
    assert.equal(status, 413);
  });
});

describe('the demo share counter (/api/share-count)', () => {
  const page = 'http://127.0.0.1/award.html';
  const count = async (url = page) => JSON.parse((await get(port, `/api/share-count?url=${encodeURIComponent(url)}`)).body).count;
  const share = (body) => get(port, '/api/share-count', { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body });

  test('counts a share per page and network, and answers the total as {"count": n}', async () => {
    assert.equal(await count(), 0);
    for (const network of ['facebook', 'facebook', 'copy']) assert.equal((await share(JSON.stringify({ network, url: page }))).status, 204);
    assert.equal(await count(), 3);
    assert.equal(await count('http://127.0.0.1/other.html'), 0);
    const answer = await get(port, `/api/share-count?url=${encodeURIComponent(page)}`);
    assert.equal(answer.headers['access-control-allow-origin'], '*');
    assert.equal(answer.headers['cache-control'], 'no-store');
  });

  test('refuses what is not a share, and counts nothing for it', async () => {
    const before = await count();
    for (const body of ['not json', '{"network":"myspace","url":"http://127.0.0.1/award.html"}', '{"network":"x","url":"javascript:alert(1)"}', 'x'.repeat(5000)])
      assert.ok([400, 413].includes((await share(body)).status), body.slice(0, 40));
    assert.equal((await get(port, '/api/share-count')).status, 400);
    assert.equal((await get(port, '/api/share-count', { method: 'DELETE' })).status, 405);
    assert.equal(await count(), before);
  });
});
