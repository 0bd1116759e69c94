// `npm run bench`: builds, serves on 127.0.0.1, drives the system Chromium with playwright-core
// and prints its tables (also written to bench/results/latest.json and latest.md): csr-widgets
// side by side with what a partner's web team would use instead (plain HTML, shareon, Shariff) on
// a page of 200 share bars and on an article, in rounds that interleave the contenders; then the
// library's own measures: sizes, requests per page, layout shift of every variant with a late
// config, and the JS heap after 1,000 widgets came and went.
// Times are reported, never asserted; the size ceiling is asserted by the build in `npm test`.
// BENCH_ROUNDS=3 npm run bench: fewer rounds while developing (the default is the full run).
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.js';
import { startBenchServer } from './server.js';
import * as pages from './pages.js';
import { CONTENDERS, articlePage, articleWidgets, shareBarsPage } from './contenders.js';
import { breakdown, gzipSize, measureSizes, readLimits } from './size.js';
import { analyzeTrace, blocking, cumulativeLayoutShift, ratios, summarize, totalShift } from './stats.js';
import { toMarkdown } from './report.js';

const root = resolve(import.meta.dirname, '..');
const ROUNDS = Number(process.env.BENCH_ROUNDS) || 9; // timed rounds per page, after one warm-up round
const TRACE_RUNS = Math.min(5, ROUNDS);
const SHIFT_RUNS = Math.min(4, ROUNDS);
const SETTLE_MS = 300; // after "rendered", to catch late layout shifts
const BAR_COUNT = 200;
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
// Every host but the bench server's fails to resolve; `load` also lists any request for one.
const BLOCK_OUTSIDE = '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1';
const browser = await chromium.launch({ executablePath: ensureChromium(), args: [...CHROMIUM_ARGS, BLOCK_OUTSIDE] });
const notes = [];
const isLocal = (url) => new URL(url).hostname === '127.0.0.1';

/**
 * Loads `path` in a fresh context (cold cache, empty storage) and waits for the probe's frame mark,
 * then `settle` ms more. `requests` are the local paths asked for, `outside` every URL of another
 * host (blocked); with `bytes`, `transfers` are the responses' sizes (gzip) by resource type.
 */
async function load(path, { viewport = DESKTOP, tracing = false, wait = true, settle = 0, bytes = false } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.addInitScript(pages.probe);
  const requests = [];
  const outside = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!/^(https?|wss?):/.test(url)) return;
    if (isLocal(url)) requests.push(new URL(url).pathname);
    else outside.push(url);
  });
  const bodies = [];
  if (bytes) {
    page.on('response', (response) =>
      bodies.push(
        response.body().then(
          (body) => ({ path: new URL(response.url()).pathname, type: response.request().resourceType(), bytes: body.length, gzip: gzipSize(body) }),
          () => undefined,
        ),
      ),
    );
  }
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
  if (settle) await page.waitForTimeout(settle);
  const state = await page.evaluate(() => {
    const bench = window.__bench;
    const script = performance.getEntriesByType('resource').find((e) => e.name.includes('/dist/csr-widgets.js'));
    const config = performance.getEntriesByType('resource').find((e) => /\/csr\.json/.test(e.name));
    return { ...bench, scriptStart: script?.startTime, scriptEnd: script?.responseEnd, configEnd: config?.responseEnd };
  });
  const transfers = (await Promise.all(bodies)).filter(Boolean);
  return { context, page, state, requests, outside, transfers, trace };
}

/**
 * `rounds` timed rounds after one warm-up round; in each round every case runs once, in an order
 * that rotates from round to round. `measure(case, warmUp)` returns one sample; the result holds
 * each case's samples of the timed rounds, in round order, and its warm-up sample.
 */
async function interleaved(cases, rounds, measure) {
  const samples = cases.map(() => []);
  const warmUps = [];
  for (let round = 0; round <= rounds; round++) {
    for (let k = 0; k < cases.length; k++) {
      const i = (k + round) % cases.length;
      const sample = await measure(cases[i], round === 0);
      if (round === 0) warmUps[i] = sample;
      else samples[i].push(sample);
    }
  }
  return cases.map((c, i) => ({ case: c, samples: samples[i], warmUp: warmUps[i] }));
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
        const { context, state, requests: seen } = await load(`/requests-${count}.html`, { settle: SETTLE_MS });
        rows.push({ widgets: count, requests: seen.length, configRequests: server.count('/csr.json'), paths: [...new Set(seen)] });
        noteErrors(`${count} widgets`, state.errors);
        if (state.csp.length) notes.push(`CSP violations with ${count} widgets: ${state.csp.join('; ')}`);
        await context.close();
      }
      return rows;
    })
  : undefined;

// --- side by side: what a web team would use instead ------------------------------------------
for (const contender of CONTENDERS) {
  server.pages.set(`/bars-${contender.id}.html`, { html: shareBarsPage(contender, { origin: server.origin, count: BAR_COUNT, configUrl: '/csr.json' }) });
  server.pages.set(`/article-${contender.id}.html`, { html: articlePage(contender, { origin: server.origin, configUrl: '/csr.json' }) });
  if (contender.widgets) {
    server.pages.set(`/article-${contender.id}-late.html`, { html: articlePage(contender, { origin: server.origin, configUrl: '/late/csr.json?delay=1000' }) });
  }
}
const pageBytes = (path) => {
  const html = Buffer.from(server.pages.get(path).html);
  return { bytes: html.length, gzip: gzipSize(html) };
};
/** Response sizes of one load, summed by kind: script, CSS, fonts, other (config, images). */
const byKind = (transfers) => {
  const kinds = { script: 'script', stylesheet: 'css', font: 'font' };
  const sums = { script: { bytes: 0, gzip: 0, files: [] }, css: { bytes: 0, gzip: 0, files: [] }, font: { bytes: 0, gzip: 0, files: [] }, other: { bytes: 0, gzip: 0, files: [] } };
  for (const t of transfers) {
    if (t.type === 'document') continue;
    const sum = sums[kinds[t.type] ?? 'other'];
    sum.bytes += t.bytes;
    sum.gzip += t.gzip;
    sum.files.push(t.path);
  }
  return sums;
};
/** One load of a contender's page, as a sample: what the tables need, nothing more. */
async function sample(contender, path, { viewport = DESKTOP, bytes = false } = {}) {
  const run = await load(path, { viewport, settle: SETTLE_MS, bytes });
  await run.context.close();
  const { state } = run;
  const tasks = blocking(state.longTasks, state.painted);
  if (run.outside.length) notes.push(`${contender.name}, ${path}: requests to outside hosts (blocked): ${[...new Set(run.outside)].join(', ')}`);
  return {
    rendered: state.painted,
    shift: totalShift(state.shifts),
    shiftSources: [...new Set(state.shifts.flatMap((s) => s.sources))].slice(0, 4),
    longestTask: tasks.longest,
    blocking: tasks.total,
    scriptToReady: contender.widgets ? state.lastSettled - state.scriptStart : undefined,
    configEnd: state.configEnd,
    errors: state.errors,
    requests: run.requests,
    outside: run.outside,
    ...(bytes ? { transfers: byKind(run.transfers) } : {}),
  };
}
const summarizeSamples = (samples, key) => summarize(samples.map((s) => s[key]));
const sampleSummary = (samples, warmUp) => ({
  rendered: summarizeSamples(samples, 'rendered'),
  shift: summarizeSamples(samples, 'shift'),
  shiftSources: [...new Set(samples.flatMap((s) => s.shiftSources))].slice(0, 4),
  longestTask: summarizeSamples(samples, 'longestTask'),
  blocking: summarizeSamples(samples, 'blocking'),
  scriptToReady: summarizeSamples(samples, 'scriptToReady'),
  requests: warmUp.requests.length,
  outside: [...new Set(samples.flatMap((s) => s.outside))],
  transfers: warmUp.transfers,
});

const bars = measurable
  ? await section(`${BAR_COUNT} share bars per contender (${ROUNDS} rounds after a warm-up, contenders interleaved)`, async () => {
      const results = await interleaved(CONTENDERS, ROUNDS, (contender, warmUp) =>
        sample(contender, `/bars-${contender.id}.html`, { bytes: warmUp }),
      );
      const byContender = {};
      for (const { case: contender, samples, warmUp } of results) {
        byContender[contender.id] = { ...sampleSummary(samples, warmUp), page: pageBytes(`/bars-${contender.id}.html`) };
        for (const s of samples) noteErrors(`${BAR_COUNT} share bars`, s.errors);
      }
      // Per-round ratios of "navigation → rendered": every contender against every other.
      const rendered = Object.fromEntries(results.map(({ case: c, samples }) => [c.id, samples.map((s) => s.rendered)]));
      const ratio = {};
      for (const a of CONTENDERS) for (const b of CONTENDERS) if (a !== b) ratio[`${a.id}/${b.id}`] = ratios(rendered[a.id], rendered[b.id]);
      return { count: BAR_COUNT, byContender, ratio, samples: rendered };
    })
  : undefined;

// --- main-thread time and the longest task (Chromium tracing) -----------------------------------
const tasks =
  bars &&
  (await section(`main-thread time and longest task, ${BAR_COUNT} share bars (${TRACE_RUNS} traced rounds)`, async () => {
    const results = await interleaved(CONTENDERS, TRACE_RUNS, async (contender, warmUp) => {
      if (warmUp) return undefined;
      const path = `/bars-${contender.id}.html`;
      const { context, trace } = await load(path, { tracing: true });
      await context.close();
      return analyzeTrace(trace, path);
    });
    const result = {};
    for (const { case: contender, samples } of results) {
      const found = samples.filter(Boolean);
      const byLongest = [...found].sort((a, b) => a.longest.ms - b.longest.ms);
      result[contender.id] = {
        cpu: summarize(found.map((f) => f.cpuMs)),
        wall: summarize(found.map((f) => f.wallMs)),
        longest: summarize(found.map((f) => f.longest.ms)),
        longestCpu: summarize(found.map((f) => f.longest.cpuMs)),
        inside: byLongest[byLongest.length >> 1]?.longest.inside ?? [],
      };
    }
    return result;
  }));

// --- the article: every widget between paragraphs, config on time and late ----------------------
const ARTICLE_CASES = [
  { viewport: MOBILE, late: false },
  { viewport: MOBILE, late: true },
  { viewport: DESKTOP, late: false },
  { viewport: DESKTOP, late: true },
];
const article = measurable
  ? await section(`the article page (${ROUNDS} rounds after a warm-up, contenders and cases interleaved)`, async () => {
      // A page without config is the same page whatever the config does: measured once per viewport.
      const cases = CONTENDERS.flatMap((contender) =>
        ARTICLE_CASES.filter((c) => contender.widgets || !c.late).map((c) => ({ contender, ...c })),
      );
      const results = await interleaved(cases, ROUNDS, ({ contender, viewport, late }, warmUp) =>
        sample(contender, `/article-${contender.id}${late ? '-late' : ''}.html`, { viewport, bytes: warmUp }),
      );
      const byContender = Object.fromEntries(CONTENDERS.map((c) => [c.id, { widgets: articleWidgets(c), cases: {} }]));
      for (const { case: c, samples, warmUp } of results) {
        const key = `${c.viewport.width}×${c.viewport.height}${c.late ? ', config 1 s late' : ''}`;
        byContender[c.contender.id].cases[key] = {
          ...sampleSummary(samples, warmUp),
          configEnd: summarizeSamples(samples, 'configEnd'),
        };
        for (const s of samples) noteErrors(`article (${c.contender.name}, ${key})`, s.errors);
      }
      return { cases: ARTICLE_CASES.map((c) => `${c.viewport.width}×${c.viewport.height}${c.late ? ', config 1 s late' : ''}`), byContender };
    })
  : undefined;

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
          const { context, state } = await load(path, { viewport, settle: SETTLE_MS });
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
  rounds: ROUNDS,
  settleMs: SETTLE_MS,
  contenders: CONTENDERS.map(({ id, name, rendered, networks }) => ({ id, name, rendered, networks })),
  bars: bars && { ...bars, mainThread: tasks },
  article,
  requests,
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
