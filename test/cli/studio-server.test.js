// The studio's local server, each safety rule against the real command and real HTTP requests
// (`node --test test/cli/`; needs the build). See test/cli/studio-e2e.test.js for the editor.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStudio, send } from './studio-support.js';

const example = resolve(import.meta.dirname, '../../demo/csr.json');
const format = (data) => `${JSON.stringify(data, null, 2)}\n`;

let dir;
let file;
let studio;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'csr-studio-'));
  file = join(dir, 'csr.json');
  writeFileSync(file, readFileSync(example));
  studio = await startStudio(file);
});
after(async () => {
  await studio?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** A save as the editor sends it, with any header replaced or removed (`undefined`). */
async function save(data, { headers = {}, ...rest } = {}) {
  const current = JSON.parse((await send({ port: studio.port })).body);
  const all = { 'Content-Type': 'application/json', 'If-Match': current.version, 'X-CSR-Studio-Token': studio.token, Origin: `http://127.0.0.1:${studio.port}`, ...headers };
  for (const key of Object.keys(all)) if (all[key] === undefined) delete all[key];
  return send({ port: studio.port, method: 'PUT', headers: all, body: typeof data === 'string' ? data : JSON.stringify(data), ...rest });
}

const onDisk = () => readFileSync(file, 'utf8');

describe('csr-widgets studio: the local server', () => {
  test('prints its 127.0.0.1 address and serves the editor with this run\'s token', async () => {
    assert.match(studio.output(), /editing .*csr\.json/);
    assert.match(studio.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    assert.match(studio.token ?? '', /^[\w-]{32}$/);
    const page = await send({ port: studio.port, path: '/' });
    assert.equal(page.status, 200);
    assert.match(page.headers['content-security-policy'], /frame-ancestors 'none'/);
  });

  test('listens on 127.0.0.1 only: not on ::1 nor on this machine\'s other addresses', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a.address);
    for (const host of ['::1', ...others]) {
      const outcome = await new Promise((done) => {
        const socket = connect({ host, port: studio.port });
        socket.once('connect', () => {
          socket.destroy();
          done('connected');
        });
        socket.once('error', (error) => done(error.code));
      });
      assert.notEqual(outcome, 'connected', host);
    }
    assert.equal((await send({ port: studio.port })).status, 200);
  });

  test('refuses a request whose Host is not its own (DNS rebinding), reads and writes alike', async () => {
    for (const host of [`evil.example:${studio.port}`, 'evil.example', `127.0.0.1:${studio.port + 1}`, '']) {
      const read = await send({ port: studio.port, host });
      assert.equal(read.status, 421, host);
      assert.doesNotMatch(read.body, /organization/, host);
      const page = await send({ port: studio.port, path: '/', host });
      assert.equal(page.status, 421, host);
      assert.doesNotMatch(page.body, /csr-studio-token/, host);
    }
    const before = onDisk();
    const write = await save({ version: 1 }, { host: `evil.example:${studio.port}` });
    assert.equal(write.status, 421);
    assert.equal(onDisk(), before);
    assert.equal((await send({ port: studio.port, host: `localhost:${studio.port}` })).status, 200);
  });

  test('refuses a request from another site (Origin), even with the token', async () => {
    const before = onDisk();
    for (const origin of ['https://evil.example', `http://127.0.0.1:${studio.port + 1}`, 'null']) {
      const write = await save({ version: 1, organization: { name: 'X', url: 'https://x.example/' } }, { headers: { Origin: origin } });
      assert.equal(write.status, 403, origin);
    }
    assert.equal(onDisk(), before);
  });

  test('every write needs this run\'s token', async () => {
    const before = onDisk();
    for (const token of [undefined, '', 'guess', `${studio.token}x`]) {
      const write = await save({ version: 1 }, { headers: { 'X-CSR-Studio-Token': token } });
      assert.equal(write.status, 403, String(token));
      assert.match(JSON.parse(write.body).error, /token/);
    }
    assert.equal(onDisk(), before);
  });

  test('a save writes the file atomically, keeps the previous version as .bak, and writes 2-space JSON in the given key order', async () => {
    const before = onDisk();
    const data = { $comment: 'kept', version: 1, zeta: { b: 1, a: 2 }, organization: { name: 'ECPAT Sverige', url: 'https://ecpat.example/' }, alpha: true };
    const write = await save(data);
    assert.equal(write.status, 200, write.body);
    assert.equal(onDisk(), format(data));
    assert.equal(readFileSync(`${file}.bak`, 'utf8'), before);
    assert.deepEqual(readdirSync(dir).sort(), ['csr.json', 'csr.json.bak'], 'no temporary file left behind');
    assert.equal(JSON.parse(write.body).version, JSON.parse((await send({ port: studio.port })).body).version);
  });

  test('refuses to overwrite a file that changed on disk since it was read, and sends the new text', async () => {
    const read = JSON.parse((await send({ port: studio.port })).body);
    const changed = `${read.text.trimEnd()}\n\n`;
    writeFileSync(file, changed);
    const write = await save({ version: 1, organization: { name: 'X', url: 'https://x.example/' } }, { headers: { 'If-Match': read.version } });
    assert.equal(write.status, 409);
    const body = JSON.parse(write.body);
    assert.match(body.error, /changed on disk/);
    assert.equal(body.text, changed);
    assert.equal(onDisk(), changed);
    const missing = await save({ version: 1 }, { headers: { 'If-Match': undefined } });
    assert.equal(missing.status, 428);
    assert.equal(onDisk(), changed);
  });

  test('writes only its one file: no request names another', async () => {
    const before = onDisk();
    const other = join(dir, 'other.json');
    for (const path of [`/api/config?file=${encodeURIComponent(other)}`, `/api/config/../other.json`, `/${encodeURIComponent(other)}`, '/other.json']) {
      const current = JSON.parse((await send({ port: studio.port })).body);
      await send({
        port: studio.port,
        path,
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'If-Match': current.version, 'X-CSR-Studio-Token': studio.token },
        body: JSON.stringify({ version: 1, marker: path }),
      });
      assert.ok(!existsSync(other), path);
    }
    // The one path that writes is /api/config itself (a query string does not change the file).
    assert.notEqual(onDisk(), before);
    assert.deepEqual(readdirSync(dir).sort(), ['csr.json', 'csr.json.bak']);
    for (const path of ['/../csr.json', '/csr.json', '/index.html', '/studio.js.map', '/%2e%2e/package.json'])
      assert.equal((await send({ port: studio.port, path })).status, 404, path);
  });

  test('limits request sizes: body, address and headers', async () => {
    const before = onDisk();
    const big = JSON.stringify({ version: 1, padding: 'x'.repeat(300 * 1024) });
    assert.equal((await save(big)).status, 413);
    assert.equal((await save(big, { headers: { 'Content-Length': undefined, 'Transfer-Encoding': 'chunked' } })).status, 413);
    assert.equal(onDisk(), before);
    assert.equal((await send({ port: studio.port, path: `/api/config?${'a'.repeat(3000)}` })).status, 414);
    assert.equal((await send({ port: studio.port, headers: { 'X-Padding': 'x'.repeat(16 * 1024) } })).status, 431);
  });

  test('refuses a body that is not a JSON object, or not sent as JSON', async () => {
    const before = onDisk();
    assert.equal((await save('{"version": 1,')).status, 400);
    assert.equal((await save('[1, 2]')).status, 400);
    assert.equal((await save({ version: 1 }, { headers: { 'Content-Type': 'text/plain' } })).status, 415);
    assert.equal(onDisk(), before);
  });
});

describe('csr-widgets studio: a file that does not exist yet', () => {
  test('shows the starter config, creates the file on the first save, and does not replace it on a second "first" save', async () => {
    const fresh = mkdtempSync(join(tmpdir(), 'csr-studio-new-'));
    const target = join(fresh, 'csr.json');
    const run = await startStudio(target);
    try {
      assert.match(run.output(), /a new starter config until you save/);
      const read = JSON.parse((await send({ port: run.port })).body);
      assert.equal(read.exists, false);
      assert.equal(JSON.parse(read.text).partners['example-partner'].status, 'active');
      const put = (data) =>
        send({
          port: run.port,
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'If-Match': read.version, 'X-CSR-Studio-Token': run.token },
          body: JSON.stringify(data),
        });
      assert.equal((await put({ version: 1, first: true })).status, 200);
      assert.equal(readFileSync(target, 'utf8'), format({ version: 1, first: true }));
      assert.ok(!existsSync(`${target}.bak`), 'nothing to back up');
      assert.equal((await put({ version: 1, second: true })).status, 409);
      assert.equal(readFileSync(target, 'utf8'), format({ version: 1, first: true }));
    } finally {
      await run.stop();
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});
