// `npm run test:hardening`: builds the library into a private folder (never the shared dist/),
// bundles the framework test apps, runs the host-page tests (node:test, Chromium through
// playwright-core), then the component tests in the other engines (./engines.js), and ends with
// one line, "N passed, N failed". Exits non-zero when anything failed.
//   node test/hardening/run.js [--no-engines] [file-filter…]
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { build } from 'esbuild';
import { SCRIPT_FILES } from '../../scripts/script-files.js';
import { ensureChromium } from '../../scripts/chromium.js';
import { root, buildDir } from './server.js';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const filters = args.filter((a) => !a.startsWith('--'));
const started = Date.now();
let passed = 0;
let failed = 0;

process.env.CHROME_PATH = ensureChromium();

// 1. The builds under test: the same vite config as `npm run build`, written elsewhere. While
// others edit the tree, CSR_HARDENING_SOURCE may name a clean copy of the sources to build.
const source = process.env.CSR_HARDENING_SOURCE ? resolve(process.env.CSR_HARDENING_SOURCE) : root;
const vite = resolve(root, 'node_modules/.bin/vite');
const viteBuild = (extra) => execFileSync(vite, ['build', '--logLevel', 'warn', ...extra], { cwd: source, stdio: 'inherit' });
viteBuild(['--outDir', resolve(buildDir, 'dist/npm'), '--emptyOutDir']);
// The script and the files beside it that it imports when a page needs them.
for (const mode of Object.keys(SCRIPT_FILES)) viteBuild(['--mode', mode, '--outDir', resolve(buildDir, 'dist')]);
execFileSync(process.execPath, [resolve(source, 'scripts/reservation-css.js'), resolve(buildDir, 'dist/csr-widgets.css')], { stdio: 'inherit' });

// 2. Bundles for the pages: the npm build with its own copy of lit, and the framework apps.
const npmDir = resolve(buildDir, 'dist/npm');
await build({
  entryPoints: {
    'npm-define': resolve(npmDir, 'define.js'),
    'react-app': resolve(here, 'apps/react-app.js'),
    'vue-app': resolve(here, 'apps/vue-app.js'),
  },
  outdir: resolve(buildDir, 'bundles'),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: false,
  alias: { 'csr-widgets': npmDir },
  // The private build sits under this package's folder, where package.json's sideEffects paths do not match it.
  ignoreAnnotations: true,
  define: { 'process.env.NODE_ENV': '"production"', __VUE_OPTIONS_API__: 'false', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
  logLevel: 'warning',
});

// 3. The host-page tests.
const files = readdirSync(here)
  .filter((f) => f.endsWith('.test.js') && (!filters.length || filters.some((x) => f.includes(x))))
  .map((f) => resolve(here, f));
const stream = run({ files, concurrency: 2, timeout: 5 * 60 * 1000 });
let skipped = 0;
// Tests count, suites (describe) do not; a file that fails to load counts as one failure.
stream.on('test:pass', (data) => {
  if (data.details?.type === 'suite') return;
  if (data.skip !== undefined || data.todo !== undefined) skipped++;
  else passed++;
});
stream.on('test:fail', (data) => {
  if (data.details?.type !== 'suite' || data.details?.error?.failureType !== 'subtestsFailed') failed++;
});
await new Promise((done) => {
  stream.compose(spec).pipe(process.stdout);
  stream.on('end', done);
  stream.on('close', done);
});

// 4. Other engines.
if (!args.includes('--no-engines') && !filters.length) {
  const { runEngines } = await import('./engines.js');
  const result = await runEngines();
  passed += result.passed;
  failed += result.failed;
}

console.log(`\nhardening: ${((Date.now() - started) / 1000).toFixed(1)} s, ${skipped} skipped`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
