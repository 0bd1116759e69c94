// Writes csr-config.schema.json from the schema in src/config/schema.ts (through
// src/config/json-schema.ts), or, with --check, fails when the committed file differs from what
// the schema gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { importTs } from './load-ts.js';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'csr-config.schema.json');

export async function generateSchema() {
  const { toJsonSchema } = await importTs(resolve(root, 'src/config/json-schema.ts'));
  const { ConfigSchema } = await importTs(resolve(root, 'src/config/schema.ts'));
  const schema = toJsonSchema(ConfigSchema);
  return `${JSON.stringify({ $schema: 'http://json-schema.org/draft-07/schema#', $id: 'urn:csr-widgets:config:1', ...schema }, null, 2)}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = await generateSchema();
  if (process.argv.includes('--check')) {
    let committed = '';
    try {
      committed = readFileSync(file, 'utf8');
    } catch {
      // No committed file: stale by definition.
    }
    if (committed !== text) {
      console.error('csr-config.schema.json is stale: run `npm run schema` and commit it.');
      process.exit(1);
    }
    console.log('csr-config.schema.json is up to date.');
  } else {
    writeFileSync(file, text);
    console.log('wrote csr-config.schema.json');
  }
}
