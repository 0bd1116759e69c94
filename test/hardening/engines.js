// The component tests (the default web-test-runner files) in the other engines Debian offers:
// Firefox ESR through puppeteer-core (WebDriver BiDi) and WebKitGTK through its WebDriver
// (MiniBrowser under Xvfb). Installs the Debian packages when missing and running as root, like
// scripts/chromium.js does for Chromium. Returns the runners' counts; an engine that cannot be
// driven counts as one failure and says why.
//   node test/hardening/engines.js [firefox|webkit]
import { execSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import process from 'node:process';
import { root } from './server.js';

export const FIREFOX = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const XVFB_RUN = '/usr/bin/xvfb-run';

const ENGINES = {
  firefox: { packages: ['firefox-esr'], needs: [FIREFOX], config: 'test/hardening/wtr-firefox.config.js' },
  webkit: { packages: ['webkit2gtk-driver', 'xvfb'], needs: [WEBKIT_DRIVER, MINIBROWSER, XVFB_RUN], config: 'test/hardening/wtr-webkit.config.js', xvfb: true },
};

/**
 * Failures that come from the engine or its driver, not from our code, each with the reason
 * found. They are printed, not counted; any other failure counts. Match: engine and the start of
 * the failing test's "suite > title".
 */
const KNOWN = [
  {
    engine: 'webkit',
    test: 'config loader > honours HTTP caching when the page loads the config again',
    why: 'MiniBrowser under automation (an ephemeral session) sends a repeated fetch of a max-age=600 response to the network again; not seen in Chromium or Firefox',
  },
];

function ensure(name) {
  const engine = ENGINES[name];
  if (engine.needs.every((p) => existsSync(p))) return undefined;
  if (process.getuid?.() !== 0) return `${engine.needs.filter((p) => !existsSync(p)).join(', ')} missing: apt-get install ${engine.packages.join(' ')}`;
  console.log(`${name}: installing Debian's ${engine.packages.join(', ')}…`);
  try {
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${engine.packages.join(' ')}`, { stdio: 'inherit' });
  } catch (error) {
    return `apt-get install ${engine.packages.join(' ')} failed: ${error.message}`;
  }
  const missing = engine.needs.filter((p) => !existsSync(p));
  return missing.length ? `${missing.join(', ')} still missing after apt-get install` : undefined;
}

function runTests(name) {
  const engine = ENGINES[name];
  const wtr = resolve(root, 'node_modules/.bin/web-test-runner');
  const [command, args] = engine.xvfb ? [XVFB_RUN, ['-a', wtr, '--config', engine.config]] : [wtr, ['--config', engine.config]];
  return new Promise((done) => {
    let output = '';
    const child = spawn(command, args, { cwd: root, env: process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (d) => {
        output += d;
        process.stdout.write(d);
      });
    }
    child.on('close', (code) => done({ code: code ?? 1, output }));
    child.on('error', (error) => done({ code: 1, output: String(error) }));
  });
}

export async function runEngines(names = Object.keys(ENGINES)) {
  let passed = 0;
  let failed = 0;
  const lines = [];
  for (const name of names) {
    console.log(`\n=== component tests in ${name} ===`);
    const started = Date.now();
    const missing = ensure(name);
    if (missing) {
      failed++;
      lines.push(`FAIL ${name}: cannot run: ${missing}`);
      continue;
    }
    const { code, output } = await runTests(name);
    // eslint-disable-next-line no-control-regex
    const clean = output.replace(/\u001b\[[0-9;]*[A-Za-z]/g, '');
    const last = [...clean.matchAll(/(\d+) passed, (\d+) failed/g)].at(-1);
    const failures = [...new Set([...clean.matchAll(/❌ (.+)/g)].map((m) => m[1].trim()))];
    const known = failures.filter((t) => KNOWN.some((k) => k.engine === name && t.startsWith(k.test)));
    const p = last ? Number(last[1]) : 0;
    const f = Math.max(0, (last ? Number(last[2]) : 0) - known.length) + (code !== 0 && (!last || last[2] === '0') ? 1 : 0);
    passed += p;
    failed += f;
    const note = known.length ? `, ${known.length} known engine failures not counted` : '';
    lines.push(`${f ? 'FAIL' : 'ok  '} ${name}: ${p} passed, ${f} failed${note} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    for (const t of known) lines.push(`     known in ${name}: ${t} (${KNOWN.find((k) => t.startsWith(k.test)).why})`);
  }
  for (const line of lines) console.log(line);
  return { passed, failed };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { failed } = await runEngines(process.argv.slice(2).length ? process.argv.slice(2) : undefined);
  process.exit(failed ? 1 : 0);
}
