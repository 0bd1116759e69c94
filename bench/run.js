// `npm run bench`: builds, serves on 127.0.0.1, drives the system Chromium with playwright-core
// and prints one table (also written to bench/results/latest.json and latest.md): sizes, requests
// per page, time to render 200 widgets against the same page as static HTML, layout shift with a
// late config, the longest main-thread task, and the JS heap after 1,000 widgets came and went.
// Times are reported, never asserted; the size ceiling is asserted by the build in `npm test`.
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.js';
import { startBenchServer } from './server.js';
import * as pages from './pages.js';
import { breakdown, gzipSize, measureSizes, readLimits } from './size.js';
import { analyzeTrace, cumulativeLayoutShift, summarize } from './stats.js';
import { toMarkdown } from './report.js';

const root = resolve(import.meta.dirname, '..');
const RUNS = 9; // timed runs per page, after one warm-up each
const TRACE_RUNS = 5;
const SHIFT_RUNS = 4;
const HEAP_WIDGETS = 1000;
const HEAP_CYCLES = 3;
const AIM_GZIP_BYTES = 15 * 1024;
const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 390, height: 844 };
const started = Date.now();
const loadAtStart = os.loadavg()[0];
const log = (message) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

// --- build ---------------------------------------------------------------------------------------
log('building (node scripts/build.js --no-meta)');
const built = spawnSync(process.execPath, ['scripts/build.js', '--no-meta'], { cwd: root, encoding: 'utf8' });
process.stdout.write(built.stdout);
process.stderr.write(built.stderr);
const overBudget = /over its size budget/.test(built.stderr);
if (built.status !== 0 && !(overBudget && existsSync(join(root, 'dist/csr-widgets.js')))) {
  console.error('bench: the build failed');
  process.exit(1);
}

// --- sizes ---------------------------------------------------------------------------------------
log('measuring sizes');
const { budget, target } = readLimits(root);
const sizes = await measureSizes(root);
const parts = await breakdown(root);

// --- browser and server --------------------------------------------------------------------------
const server = await startBenchServer();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS });
const notes = [];

/** Loads `path` in a fresh context (cold cache, empty storage) and waits for the probe's frame mark. */
async function load(path, { viewport = DESKTOP, tracing = false, wait = true } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(pages.probe);
  const requests = [];
  page.on('request', (request) => /^https?:/.test(request.url()) && requests.push(new URL(request.url()).pathname));
  if (tracing) {
    await browser.startTracing(page, {
      categories: ['-*', 'toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'],
    });
  }
  await page.goto(server.origin + path, { waitUntil: wait ? 'commit' : 'load' });
  if (wait) {
    try {
      await page.waitForFunction(() => window.__bench?.painted > 0, null, { timeout: 20000, polling: 100 });
    } catch {
      const state = await page.evaluate(() => ({ ready: window.__bench?.ready, errors: window.__bench?.errors }));
      if (tracing) await browser.stopTracing();
      await context.close();
      throw new Error(`${path}: not every widget settled in 20 s (${state.ready} ready, errors: ${state.errors?.join('; ') || 'none'})`);
    }
  }
  const trace = tracing ? JSON.parse((await browser.stopTracing()).toString('utf8')) : undefined;
  const state = await page.evaluate(() => {
    const bench = window.__bench;
    const script = performance.getEntriesByType('resource').find((e) => e.name.includes('/dist/csr-widgets.js'));
    return { ...bench, scriptStart: script?.startTime, scriptEnd: script?.responseEnd };
  });
  return { context, page, state, requests, trace };
}

/** Runs `section`, keeping its result; a failure becomes a note and an empty result. */
async function section(name, fn) {
  log(name);
  try {
    return await fn();
  } catch (error) {
    notes.push(`${name} failed: ${error.message.split('\n')[0]}`);
    console.error(`bench: ${name} failed:`, error);
    return undefined;
  }
}

const noteErrors = (where, errors) => {
  if (errors?.length) notes.push(`${where}: ${errors.length} widgets showed their fallback, e.g. ${errors[0]}`);
};

// --- which widgets exist -------------------------------------------------------------------------
const manifestPath = join(root, 'custom-elements.json');
const manifestTags = existsSync(manifestPath)
  ? JSON.parse(readFileSync(manifestPath, 'utf8'))
      .modules.flatMap((m) => m.declarations ?? [])
      .map((d) => d.tagName)
      .filter(Boolean)
  : [];
server.pages.set('/probe.html', { html: pages.probePage, csp: true });
const widgets = await section('finding the widgets', async () => {
  const { context, page } = await load('/probe.html', { wait: false });
  const found = await page.evaluate(pages.definedWidgets, manifestTags);
  await context.close();
  return found;
});
const measurable = widgets?.length > 0;
if (!measurable) notes.push('the script defines no widget yet: only sizes were measured');
else log(`widgets: ${widgets.map((w) => `${w.tag} (${w.variants.join(', ')})`).join('; ')}`);

// --- requests per page ---------------------------------------------------------------------------
const requests = measurable
  ? await section('requests per page', async () => {
      const rows = [];
      for (const count of [1, 10, 200]) {
        server.pages.set(`/requests-${count}.html`, { html: pages.widgetPage({ widgets, count }), csp: true });
        server.resetCounts();
        const { context, page, state, requests: seen } = await load(`/requests-${count}.html`);
        await page.waitForTimeout(300);
        rows.push({ widgets: count, requests: seen.length, configRequests: server.count('/csr.json'), paths: [...new Set(seen)] });
        noteErrors(`${count} widgets`, state.errors);
        if (state.csp.length) notes.push(`CSP violations with ${count} widgets: ${state.csp.join('; ')}`);
        await context.close();
      }
      return rows;
    })
  : undefined;

// --- time to render 200 widgets, against the static page ----------------------------------------
const RENDER_COUNT = 200;
const render = measurable
  ? await section(`time to render ${RENDER_COUNT} widgets (${RUNS} runs after a warm-up)`, async () => {
      server.pages.set('/widgets.html', { html: pages.widgetPage({ widgets, count: RENDER_COUNT }), csp: true });
      const first = await load('/widgets.html');
      const body = await first.page.evaluate(pages.captureStatic);
      noteErrors(`${RENDER_COUNT} widgets`, first.state.errors);
      await first.context.close();
      const staticHtml = pages.staticPage({ body });
      server.pages.set('/static.html', { html: staticHtml, csp: false });
      const samples = { scriptToReady: [], widgetsPainted: [], staticPainted: [], longTasks: [] };
      for (let run = 0; run <= RUNS; run++) {
        const widgetRun = await load('/widgets.html');
        await widgetRun.context.close();
        const staticRun = await load('/static.html');
        await staticRun.context.close();
        if (run === 0) {
          // warm-up; also a check that the static page is the same page
          if (widgetRun.state.height !== staticRun.state.height) {
            notes.push(`the static page is ${staticRun.state.height} px tall, the widget page ${widgetRun.state.height} px: the capture differs`);
          }
          continue;
        }
        const { state } = widgetRun;
        samples.scriptToReady.push(state.lastSettled - state.scriptStart);
        samples.widgetsPainted.push(state.painted);
        samples.staticPainted.push(staticRun.state.painted);
        samples.longTasks.push(state.longTasks.length);
      }
      const widgetsPage = pages.widgetPage({ widgets, count: RENDER_COUNT });
      return {
        widgets: RENDER_COUNT,
        scriptToReady: summarize(samples.scriptToReady),
        widgetsPainted: summarize(samples.widgetsPainted),
        staticPainted: summarize(samples.staticPainted),
        ratio: summarize(samples.widgetsPainted.map((w, i) => w / samples.staticPainted[i])),
        longTasksOver50: summarize(samples.longTasks),
        pageBytes: {
          widgets: { bytes: Buffer.byteLength(widgetsPage), gzip: gzipSize(Buffer.from(widgetsPage)) },
          static: { bytes: Buffer.byteLength(staticHtml), gzip: gzipSize(Buffer.from(staticHtml)) },
        },
        samples,
      };
    })
  : undefined;

// --- main-thread time and the longest task (Chromium tracing) -----------------------------------
const tasks =
  render &&
  (await section(`main-thread time and longest task (${TRACE_RUNS} traced runs per page)`, async () => {
    const result = {};
    for (const [name, path] of [['widgets', '/widgets.html'], ['static', '/static.html']]) {
      const found = [];
      for (let run = 0; run < TRACE_RUNS; run++) {
        const { context, trace } = await load(path, { tracing: true });
        await context.close();
        const analysis = analyzeTrace(trace, path);
        if (analysis) found.push(analysis);
      }
      const byLongest = [...found].sort((a, b) => a.longest.ms - b.longest.ms);
      result[name] = {
        cpu: summarize(found.map((f) => f.cpuMs)),
        wall: summarize(found.map((f) => f.wallMs)),
        longest: summarize(found.map((f) => f.longest.ms)),
        longestCpu: summarize(found.map((f) => f.longest.cpuMs)),
        inside: byLongest[byLongest.length >> 1]?.longest.inside ?? [],
      };
    }
    if (result.widgets.cpu.runs && result.static.cpu.runs) result.cpuRatio = result.widgets.cpu.median / result.static.cpu.median;
    return result;
  }));

// --- layout shift with the config 1 s late -------------------------------------------------------
const shift = measurable
  ? await section(`layout shift, config 1 s late (${SHIFT_RUNS} runs per case)`, async () => {
      const configUrl = '/late/csr.json?delay=1000';
      server.pages.set('/shift.html', { html: pages.shiftPage({ widgets, configUrl, scriptAttributes: ' defer' }), csp: true });
      server.pages.set('/shift-blocking.html', { html: pages.shiftPage({ widgets, configUrl, scriptAttributes: '' }), csp: true });
      const reserveCss = pages.readmeReserveCss(readFileSync(join(root, 'README.md'), 'utf8'));
      server.pages.set('/reserve.css', { html: reserveCss, type: 'text/css; charset=utf-8' });
      const withCss = pages.shiftPage({ widgets, configUrl, scriptAttributes: ' defer', stylesheet: '/reserve.css' });
      server.pages.set('/shift-css.html', { html: withCss, csp: true });
      const result = {};
      for (const [name, viewport, path] of [
        ['`defer` script, desktop', DESKTOP, '/shift.html'],
        ['`defer` script, mobile', MOBILE, '/shift.html'],
        ...(reserveCss
          ? [
              ['`defer` script and the README’s `:not(:defined)` CSS, desktop', DESKTOP, '/shift-css.html'],
              ['`defer` script and the README’s `:not(:defined)` CSS, mobile', MOBILE, '/shift-css.html'],
            ]
          : []),
        ['blocking script in the head, desktop', DESKTOP, '/shift-blocking.html'],
      ]) {
        const values = [];
        const beforeConfig = [];
        const afterConfig = [];
        let largest;
        for (let run = 0; run < SHIFT_RUNS; run++) {
          const { context, page } = await load(path, { viewport });
          await page.waitForTimeout(300);
          const state = await page.evaluate(() => ({
            ...window.__bench,
            configEnd: performance.getEntriesByType('resource').find((e) => e.name.includes('/late/csr.json'))?.responseEnd,
          }));
          await context.close();
          values.push(cumulativeLayoutShift(state.shifts));
          beforeConfig.push(cumulativeLayoutShift(state.shifts.filter((s) => s.time < state.configEnd)));
          afterConfig.push(cumulativeLayoutShift(state.shifts.filter((s) => s.time >= state.configEnd)));
          for (const s of state.shifts) if (!largest || s.value > largest.value) largest = { ...s, configEnd: state.configEnd };
          noteErrors(`layout-shift page (${name})`, state.errors);
        }
        result[name] = { viewport, ...summarize(values), beforeConfig: summarize(beforeConfig), afterConfig: summarize(afterConfig),
          runsShiftedBeforeConfig: beforeConfig.filter((v) => v > 0.0005).length, largest };
      }
      return result;
    })
  : undefined;

// --- JS heap after creating and removing 1,000 widgets ------------------------------------------
const heap = measurable
  ? await section(`JS heap, ${HEAP_WIDGETS} widgets created and removed ${HEAP_CYCLES} times`, async () => {
      server.pages.set('/heap.html', { html: pages.heapPage({ widgets }), csp: true });
      const { context, page } = await load('/heap.html');
      const cdp = await context.newCDPSession(page);
      const usage = async () => {
        for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        const { nodes } = await cdp.send('Memory.getDOMCounters');
        return { heap: usedSize, nodes };
      };
      const before = await usage();
      let live;
      const after = [];
      for (let cycle = 0; cycle < HEAP_CYCLES; cycle++) {
        const settled = await page.evaluate(pages.createWidgets, { widgets, count: HEAP_WIDGETS });
        if (settled < HEAP_WIDGETS) notes.push(`heap: only ${settled} of ${HEAP_WIDGETS} widgets settled`);
        if (cycle === 0) live = await usage();
        await page.evaluate(pages.removeWidgets);
        after.push(await usage());
      }
      await context.close();
      return { widgets: HEAP_WIDGETS, before, live, afterFirst: after[0], afterLast: after.at(-1), cycles: HEAP_CYCLES };
    })
  : undefined;

const chromiumVersion = browser.version();
await browser.close();
await server.close();

// --- report --------------------------------------------------------------------------------------
const git = (args) => {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
};
const results = {
  date: new Date().toISOString(),
  commit: git(['rev-parse', '--short', 'HEAD']),
  dirty: Boolean(git(['status', '--porcelain', '--', 'src', 'scripts', 'package.json', 'vite.config.ts'])),
  environment: {
    node: process.version,
    chromium: chromiumVersion,
    cpus: `${os.cpus().length} × ${os.cpus()[0]?.model?.trim() ?? 'unknown'}`,
    load: { start: loadAtStart, end: os.loadavg()[0] },
  },
  widgets: widgets ?? [],
  size: { budget, target, aim: AIM_GZIP_BYTES, overBudget: sizes.script.gzip > budget, ...sizes, breakdown: parts },
  requests,
  render,
  mainThread: tasks,
  layoutShift: shift,
  heap,
  notes,
  seconds: Math.round((Date.now() - started) / 1000),
};
const markdown = toMarkdown(results);
const out = join(root, 'bench/results');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(out, 'latest.md'), markdown);
console.log(`\n${markdown}`);
log('wrote bench/results/latest.json and bench/results/latest.md');
