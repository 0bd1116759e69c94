// The version the built code reports is package.json's: the builds write it in (scripts/version.js)
// and nothing else spells it out. Needs the build (dist/), which `npm test` makes first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

test('the npm build exports package.json’s version as VERSION', async () => {
  const { VERSION } = await import(pathToFileURL(resolve(root, 'dist/npm/index.js')).href);
  assert.equal(VERSION, version);
});

test('the script-tag file carries package.json’s version', () => {
  const script = readFileSync(resolve(root, 'dist/csr-widgets.js'), 'utf8');
  assert.ok(script.includes(JSON.stringify(version)), `dist/csr-widgets.js does not contain ${JSON.stringify(version)}`);
});

test('no build leaves the placeholder in', () => {
  const files = [
    resolve(root, 'dist/csr-widgets.js'),
    ...readdirSync(resolve(root, 'dist/npm'), { recursive: true })
      .filter((f) => f.endsWith('.js'))
      .map((f) => resolve(root, 'dist/npm', f)),
  ];
  for (const file of files) assert.ok(!readFileSync(file, 'utf8').includes('__CSR_VERSION__'), `${file} still says __CSR_VERSION__`);
});
