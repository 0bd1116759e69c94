// Fails when custom-elements.json or csr-config.schema.json differs from what the source gives.
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateSchema } from './schema.js';
import { analyze } from './analyze.js';

const root = resolve(import.meta.dirname, '..');
let stale = 0;

const schema = await generateSchema();
if (readFileSync(resolve(root, 'csr-config.schema.json'), 'utf8') !== schema) {
  console.error('csr-config.schema.json is stale: run `npm run schema` and commit it.');
  stale++;
}

// cem joins --outdir to the working directory, so the check writes inside node_modules.
const scratch = 'node_modules/.cache/cem-check';
try {
  const fresh = readFileSync(analyze(scratch), 'utf8');
  if (fresh !== readFileSync(resolve(root, 'custom-elements.json'), 'utf8')) {
    console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
    stale++;
  }
} finally {
  rmSync(resolve(root, scratch), { recursive: true, force: true });
}

if (stale) process.exit(1);
console.log('custom-elements.json and csr-config.schema.json are current.');
