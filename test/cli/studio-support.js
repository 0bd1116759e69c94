// Starting `csr-widgets studio` for the tests: the real command in its own process, on a free port.
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { resolve } from 'node:path';
import process from 'node:process';

const root = resolve(import.meta.dirname, '../..');
const cli = resolve(root, 'bin/csr-widgets.js');

/** Runs `csr-widgets studio <file>`; resolves with its URL, port, token and a `stop()`. */
export async function startStudio(file) {
  const child = spawn(process.execPath, [cli, 'studio', file], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`the studio did not start:\n${output}`)), 10000);
    const read = (chunk) => {
      output += chunk;
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => fail(new Error(`the studio exited with ${code}:\n${output}`)));
  });
  const port = Number(new URL(url).port);
  const page = await send({ port, path: '/' });
  const token = /<meta name="csr-studio-token" content="([^"]+)"/.exec(page.body)?.[1];
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done(child.exitCode);
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  return { url, port, token, output: () => output, stop };
}

/**
 * One raw HTTP request to 127.0.0.1:`port` with exactly these headers (`Host` included, which
 * fetch would not let a test set); resolves with status, headers and body.
 */
export function send({ port, path = '/api/config', method = 'GET', headers = {}, body, host = `127.0.0.1:${port}` }) {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers: { Host: host, ...headers }, setHost: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (text += d));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: text }));
    });
    req.on('error', fail);
    if (body !== undefined) req.write(body);
    req.end();
  });
}
