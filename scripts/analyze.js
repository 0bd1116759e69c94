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
  for (const declaration of manifest.modules.flatMap((m) => m.declarations ?? [])) dropInternalAttributes(declaration);
  writeFileSync(file, `${JSON.stringify(manifest, null, 2)}\n`);
  return file;
}

/**
 * Internal reactive state (`state: true` in `static properties`) has no attribute, but the analyzer
 * lists every static property as one: drop those from non-public fields.
 */
function dropInternalAttributes(declaration) {
  const internal = new Set();
  for (const member of declaration.members ?? []) {
    if (member.kind === 'field' && member.privacy && member.privacy !== 'public') {
      internal.add(member.name);
      delete member.attribute;
    }
  }
  if (declaration.attributes) declaration.attributes = declaration.attributes.filter((a) => !internal.has(a.fieldName));
}

if (import.meta.url === `file://${process.argv[1]}`) analyze();
