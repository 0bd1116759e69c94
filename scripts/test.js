// `npm test`: everything, in order, on a fresh machine. Finds or installs Chromium, checks that
// the generated files are current, builds (with the size budget), lints, and runs every test
// suite in headless Chromium. Runs every step even after a failure, prints one summary line
// ("N passed, N failed") and exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { ensureChromium } from './chromium.js';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

process.env.CHROME_PATH = ensureChromium();

/** Steps: [name, command, args, kind]. `kind: 'tests'` steps print a runner summary we add up. */
const steps = [
  ['generated files are current', process.execPath, ['scripts/check-generated.js']],
  ['custom-elements.json and package.json (cem-validator)', process.execPath, ['scripts/check-manifest.js']],
  ['build and size budget', process.execPath, ['scripts/build.js', '--no-meta', '--check-budget']],
  ['eslint', bin('eslint'), ['.']],
  ['tsc --noEmit', bin('tsc'), ['--noEmit']],
  ['lit-analyzer', bin('lit-analyzer'), ['src', '--strict', '--rules.no-invalid-css', 'off']],
  ['layers and cycles in src/ (dependency-cruiser)', bin('depcruise'), ['src']],
  ['component and integration tests (Chromium)', bin('web-test-runner'), [], 'tests'],
  ['CLI and JSON Schema tests (node --test)', process.execPath, ['--test', 'test/cli/'], 'tests'],
  ['packed tarball in TypeScript, React 19 and Vue 3 apps: types, builds, sizes (node --test)', process.execPath, ['--test', 'test/package/'], 'tests'],
  ['hardening: host pages, configs, networks; component tests in Firefox ESR and WebKit', process.execPath, ['test/hardening/run.js'], 'tests'],
  ['stories with play functions and axe (Storybook, Chromium)', bin('vitest'), ['run', '--config', '.storybook/vitest.config.ts'], 'tests'],
  ['storybook build, offline', process.execPath, ['.storybook/build-offline.js']],
];

/** A runner's closing counts: web-test-runner's "N passed, N failed", node --test's "# pass N" /
 * "# fail N", vitest's "Tests  N failed | N passed (N)". `undefined` when none is printed. */
function summaryOf(text) {
  const wtr = [...text.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
  if (wtr) return { p: Number(wtr[1]), f: Number(wtr[2]) };
  const nodePass = /^# pass (\d+)$/m.exec(text);
  if (nodePass) return { p: Number(nodePass[1]), f: Number(/^# fail (\d+)$/m.exec(text)?.[1] ?? 0) };
  const vitest = /^\s*Tests\s+(.*)$/m.exec(text)?.[1];
  if (vitest) return { p: Number(/(\d+) passed/.exec(vitest)?.[1] ?? 0), f: Number(/(\d+) failed/.exec(vitest)?.[1] ?? 0) };
  return undefined;
}

const run = (command, args) =>
  new Promise((done) => {
    let output = '';
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d) => {
      output += d;
      process.stdout.write(d);
    });
    child.stderr.on('data', (d) => {
      output += d;
      process.stderr.write(d);
    });
    child.on('close', (code) => done({ code: code ?? 1, output }));
    child.on('error', (error) => done({ code: 1, output: String(error) }));
  });

let passed = 0;
let failed = 0;
const results = [];
for (const [name, command, args, kind] of steps) {
  console.log(`\n=== ${name} ===`);
  const started = Date.now();
  const { code, output } = await run(command, args);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (kind === 'tests') {
    // eslint-disable-next-line no-control-regex
    const clean = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
    const last = summaryOf(clean);
    const p = last?.p ?? 0;
    const f = last?.f ?? 0;
    passed += p;
    failed += f + (code !== 0 && f === 0 ? 1 : 0);
    if (!last) failed += 1;
    results.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name}: ${p} passed, ${f} failed (${seconds} s)`);
  } else {
    if (code === 0) passed += 1;
    else failed += 1;
    results.push(`${code === 0 ? 'ok  ' : 'FAIL'} ${name} (${seconds} s)`);
  }
}

console.log('\n=== summary ===');
for (const line of results) console.log(line);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
