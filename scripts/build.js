// The build: npm ES modules, the script-tag file, the command's tools, type declarations, the JSON
// Schema and the custom-elements manifest. Prints the script's size; with --check-budget (as `npm test` runs
// it) fails when the script exceeds its budget.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { versionDefine } from './version.js';
import { keepRegistrationsEsbuild } from './registering-sources.js';
import { SCRIPT_FILES } from './script-files.js';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

/**
 * Enforced ceiling for dist/csr-widgets.js, gzip, with every element in it: today's size plus a
 * little, so that growth fails the tests. The target is TARGET_GZIP_BYTES; the gap is tracked in
 * bench/results/latest.md (what the script is made of).
 */
export const BUDGET_GZIP_BYTES = 27 * 1024;
export const TARGET_GZIP_BYTES = 20 * 1024;

run(bin('vite'), ['build', '--logLevel', 'warn']);
for (const mode of Object.keys(SCRIPT_FILES)) run(bin('vite'), ['build', '--mode', mode, '--logLevel', 'warn']);
run(process.execPath, ['scripts/reservation-css.js']); // dist/csr-widgets.css, the page's reserved boxes
// The `csr-widgets` command's tools (src/tools), for Node, after the npm build (which empties
// dist/npm). One self-contained module: the config rules it imports are bundled in, so the command
// runs on exactly the rules of this build and needs no other file of dist/.
await build({
  entryPoints: { cli: resolve(root, 'src/tools/cli.ts') },
  outdir: resolve(root, 'dist/npm/tools'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  define: versionDefine,
  sourcemap: true,
  logLevel: 'warning',
});
// The studio (`csr-widgets studio`, and dist/studio/index.html on its own): its page and one classic
// script with the library's elements bundled in, so that the page also works opened as a file.
// A separate entry: nothing of it reaches dist/csr-widgets.js.
await build({
  entryPoints: { studio: resolve(root, 'src/studio/main.ts') },
  outdir: resolve(root, 'dist/studio'),
  bundle: true,
  platform: 'browser',
  format: 'iife',
  target: 'es2022',
  minify: true,
  define: versionDefine,
  // The studio imports the library's define modules for their effect (its preview's elements).
  plugins: [keepRegistrationsEsbuild],
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
});
copyFileSync(resolve(root, 'src/studio/index.html'), resolve(root, 'dist/studio/index.html'));
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
// React and Vue typings, VS Code and JetBrains data, from the checked-in custom-elements.json.
run(process.execPath, ['scripts/integrations.js']);
if (!process.argv.includes('--no-meta')) {
  run(process.execPath, ['scripts/schema.js']);
  run(process.execPath, ['scripts/analyze.js']);
  run(process.execPath, ['scripts/integrations.js']); // again, from the manifest just written
}

// The report dialog renders with the script's Lit, passed in: a copy of its own would weigh about
// 3 KB more and create a second Trusted Types policy. An import of lit's values would bring one.
const dialog = readFileSync(resolve(root, 'dist/csr-widgets.report-dialog.js'), 'utf8');
if (/litHtmlVersions|litElementVersions|createPolicy/.test(dialog)) {
  console.error('dist/csr-widgets.report-dialog.js carries a copy of Lit: import only types from lit in the dialog');
  process.exit(1);
}
console.log(`dist/csr-widgets.report-dialog.js: ${dialog.length} bytes, ${gzipSync(dialog, { level: 9 }).length} bytes gzip`);

const script = readFileSync(resolve(root, 'dist/csr-widgets.js'));
const gzip = gzipSync(script, { level: 9 }).length;
console.log(
  `dist/csr-widgets.js: ${script.length} bytes, ${gzip} bytes gzip (ceiling ${BUDGET_GZIP_BYTES}, target ${TARGET_GZIP_BYTES})`,
);
if (process.argv.includes('--check-budget') && gzip > BUDGET_GZIP_BYTES) {
  console.error(`dist/csr-widgets.js is over its size budget: ${gzip} > ${BUDGET_GZIP_BYTES} bytes gzip`);
  process.exit(1);
}
