// `storybook build` with no network, then the built Storybook opened in Chromium to prove that it
// makes no request beyond its own server. As root (CI) the build runs in a network namespace of its
// own (`unshare -n`), so that any attempt to reach the internet fails the build; elsewhere it runs
// with telemetry off and says that the isolation was skipped.
import { execFileSync, spawnSync } from 'node:child_process';
import process from 'node:process';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { ensureChromium, CHROMIUM_ARGS } from '../scripts/chromium.js';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'storybook-static');
const storybook = resolve(root, 'node_modules/.bin/storybook');
const env = { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1' };
const args = ['build', '--quiet', '--output-dir', out];

const isolated = process.getuid?.() === 0 && spawnSync('unshare', ['-n', 'true']).status === 0;
if (isolated) {
  // The loopback interface is down in a fresh namespace; Storybook's builder needs none.
  execFileSync('unshare', ['-n', storybook, ...args], { cwd: root, env, stdio: 'inherit' });
  console.log('storybook build: done with no network at all');
} else {
  console.log('storybook build: not root or no unshare; building without network isolation');
  execFileSync(storybook, args, { cwd: root, env, stdio: 'inherit' });
}

// Serve the build on loopback and open the docs and a few stories: every request must stay there.
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
const server = createServer(async (req, res) => {
  try {
    let path = normalize(join(out, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!path.startsWith(out)) throw new Error('outside');
    if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
    res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(await readFile(path));
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const outside = [];
try {
  const index = JSON.parse(await readFile(join(out, 'index.json'), 'utf8'));
  const ids = Object.values(index.entries).map((e) => e.id);
  const page = await browser.newPage();
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) outside.push(request.url());
  });
  await page.goto(`${origin}/index.html`, { waitUntil: 'networkidle' });
  for (const id of ids.filter((id) => id.endsWith('--docs') || id.includes('configurator')).slice(0, 8)) {
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=${id.endsWith('--docs') ? 'docs' : 'story'}`, { waitUntil: 'networkidle' });
  }
  console.log(`storybook-static: ${ids.length} entries; opened the manager and ${Math.min(8, ids.length)} pages from ${origin}`);
} finally {
  await browser.close();
  server.close();
}
if (outside.length) {
  console.error(`the built Storybook requested outside addresses:\n  ${[...new Set(outside)].join('\n  ')}`);
  process.exit(1);
}
console.log('the built Storybook made no outside request');
