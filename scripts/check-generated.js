// Fails when custom-elements.json or csr-config.schema.json differs from what the source gives.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { generateSchema } from './schema.js';

const root = resolve(import.meta.dirname, '..');
let stale = 0;

const schema = await generateSchema();
if (readFileSync(resolve(root, 'csr-config.schema.json'), 'utf8') !== schema) {
  console.error('csr-config.schema.json is stale: run `npm run schema` and commit it.');
  stale++;
}

// cem joins --outdir to the working directory, so the check writes inside node_modules.
const relative = 'node_modules/.cache/cem-check';
const dir = resolve(root, relative);
try {
  execFileSync(resolve(root, 'node_modules/.bin/cem'), ['analyze', '--outdir', relative, '--quiet'], { cwd: root, stdio: 'inherit' });
  // The analyzer lists modules in the order it happens to finish them: compare them by path.
  const read = (file) => {
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
    return JSON.stringify(manifest);
  };
  if (read(join(dir, 'custom-elements.json')) !== read(resolve(root, 'custom-elements.json'))) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
    stale++;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (stale) process.exit(1);
console.log('custom-elements.json and csr-config.schema.json are current.');
