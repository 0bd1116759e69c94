// Imports a TypeScript module from the scripts (schema generation, CLI checks) by bundling it
// with esbuild into a temporary ES module.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { versionDefine } from './version.js';

export async function importTs(entry) {
  const dir = mkdtempSync(join(tmpdir(), 'csr-'));
  const outfile = join(dir, 'module.mjs');
  try {
    await build({ entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', outfile, define: versionDefine, logLevel: 'error' });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
