#!/usr/bin/env node
// csr-widgets: the NGO's command-line tool (validate, snippet, init). The command itself is
// src/tools/cli.ts, built into dist/npm/tools/cli.js with the library's own rules.
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

let cli;
try {
  cli = await import(pathToFileURL(resolve(packageRoot, 'dist/npm/tools/cli.js')).href);
} catch (error) {
  console.error(`csr-widgets: the built library is missing (${error.code ?? error.message}): run \`npm run build\` first`);
  process.exit(2);
}
process.exitCode = await cli.main(process.argv.slice(2), { packageRoot });
