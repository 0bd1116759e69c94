// Writes custom-elements.json from the components' JSDoc (`cem analyze`), with the modules in
// path order: the analyzer lists them in the order it finishes them, which varies between runs.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Runs the analyzer into `outdir` (relative to the project) and sorts its modules by path. */
export function analyze(outdir = '.') {
  execFileSync(resolve(root, 'node_modules/.bin/cem'), ['analyze', '--outdir', outdir, '--quiet'], { cwd: root, stdio: 'inherit' });
  const file = join(root, outdir, 'custom-elements.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8'));
  manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}

if (import.meta.url === `file://${process.argv[1]}`) analyze();
