// The benchmark's table, as Markdown (printed, and written to bench/results/latest.md).

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const range = (s, format) => (s?.runs ? `${format(s.median)} (${format(s.min)}–${format(s.max)}, ${s.runs} runs)` : 'not measured');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const signedMb = (bytes) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;

export function toMarkdown(r) {
  const rows = [];
  const row = (measure, result, reference = '') => rows.push(`| ${measure} | ${result} | ${reference} |`);
  const { size } = r;

  const state = (limit, yes, no) => (size.script.gzip <= limit ? yes : `**${no}** by ${kb(size.script.gzip - limit)}`);
  const limits = [
    `ceiling ${kb(size.budget)} (fails \`npm test\`): ${state(size.budget, 'within', 'over')}`,
    ...(size.target ? [`target ${kb(size.target)}: ${state(size.target, 'met', 'over')}`] : []),
    `aim ${kb(size.aim)}: ${state(size.aim, 'met', 'over')}`,
  ];
  row(
    '`dist/csr-widgets.js` (script tag, everything), gzip / brotli',
    `${kb(size.script.gzip)} / ${kb(size.script.brotli)}`,
    `gzip ${limits.join(' · ')} · ${kb(size.script.bytes)} minified`,
  );
  for (const e of size.entries) {
    row(
      `npm \`${e.entry}\` bundled with lit, gzip / brotli`,
      `${kb(e.gzip)} / ${kb(e.brotli)}`,
      `esbuild, minified, lit included${e.definesWhenBundled ? '' : ' · **as published, a bundler drops its registration** (package.json `sideEffects`)'}`,
    );
  }

  if (r.requests) {
    for (const q of r.requests) {
      row(
        `requests per page, ${q.widgets} widget${q.widgets === 1 ? '' : 's'}`,
        `${q.requests} (config: ${q.configRequests})`,
        `${q.configRequests === 1 ? 'one config request' : '**config requested more than once**'}: ${q.paths.join(', ')}`,
      );
    }
  } else row('requests per page', 'not measured');

  const d = r.render;
  if (d) {
    row(`script start → all ${d.widgets} widgets ready (\`csr-ready\`), median (min–max)`, range(d.scriptToReady, ms), 'from the script request’s start (resource timing) to the last `csr-ready`');
    row(`page with ${d.widgets} widgets: navigation → rendered`, range(d.widgetsPainted, ms), 'the next frame after the last `csr-ready`; strict CSP, cold cache');
    row(
      `same page as static HTML: navigation → rendered (the floor)`,
      range(d.staticPainted, ms),
      `the next frame after DOMContentLoaded; declarative shadow DOM, styles inlined, no script; ${kb(d.pageBytes.static.bytes)} HTML (${kb(d.pageBytes.static.gzip)} gzip) against ${kb(d.pageBytes.widgets.bytes)} (${kb(d.pageBytes.widgets.gzip)} gzip)`,
    );
    row('ratio widgets / static', range(d.ratio, (v) => `${v.toFixed(2)}×`), 'per run pair');
  } else row('time to render', 'not measured');

  const shift = r.layoutShift;
  if (shift) {
    const score = (v) => v.toFixed(3);
    for (const [name, s] of Object.entries(shift)) {
      const largest = s.largest
        ? `; largest shift ${score(s.largest.value)} at ${ms(s.largest.time)} (config at ${ms(s.largest.configEnd)}), moved: ${s.largest.sources.join(', ')}`
        : '';
      row(
        `cumulative layout shift, config 1 s late, ${name} ${s.viewport.width}×${s.viewport.height}`,
        range(s, score),
        `from the config’s arrival on (reserved box → content): **${score(s.afterConfig.median)}** median, ${score(s.afterConfig.max)} max; before it (the script’s upgrade of the elements, when the page paints before the script runs): ${score(s.beforeConfig.median)} median, ${score(s.beforeConfig.max)} max, shifted in ${s.runsShiftedBeforeConfig} of ${s.runs} runs${largest}`,
      );
    }
  } else row('cumulative layout shift, config 1 s late', 'not measured');

  const t = r.mainThread;
  if (t?.widgets) {
    row(
      `main-thread CPU time, navigation → rendered, ${d.widgets} widgets`,
      range(t.widgets.cpu, ms),
      `Chromium trace, thread time of the renderer’s main-thread tasks (least affected by a busy machine) · static floor ${range(t.static.cpu, ms)} · ratio ${t.cpuRatio ? `${t.cpuRatio.toFixed(2)}×` : 'n/a'} (medians) · wall time of those tasks ${range(t.widgets.wall, ms)}`,
    );
    row(
      `longest main-thread task, ${d.widgets} widgets`,
      range(t.widgets.longest, ms),
      `same traces; its CPU time ${range(t.widgets.longestCpu, ms)}; in it: ${t.widgets.inside.join(', ') || '–'} · static floor ${range(t.static.longest, ms)} · long tasks (≥ 50 ms, untraced runs): median ${d.longTasksOver50.median}`,
    );
  } else row('longest main-thread task', 'not measured');

  const h = r.heap;
  if (h) {
    row(
      `JS heap, ${h.widgets.toLocaleString('en')} widgets created and removed`,
      `${mb(h.before.heap)} → ${mb(h.afterFirst.heap)} (${signedMb(h.afterFirst.heap - h.before.heap)})`,
      `mixed widgets taking the config from the script tag; after garbage collection; ${mb(h.live.heap)} with ${h.widgets.toLocaleString('en')} live; after ${h.cycles} cycles ${mb(h.afterLast.heap)} (${signedMb(h.afterLast.heap - h.afterFirst.heap)} after the first: ${Math.round((h.afterLast.heap - h.afterFirst.heap) / (h.cycles - 1) / h.widgets)} bytes per widget and cycle); DOM nodes ${h.before.nodes} → ${h.afterFirst.nodes} → ${h.afterLast.nodes}`,
    );
  } else row('JS heap after 1,000 widgets', 'not measured');

  const parts = size.breakdown.groups
    .filter((g) => g.minified > 0)
    .map((g) => `| ${g.name} | ${kb(g.minified)} | ${(g.share * 100).toFixed(1)} % | ≈ ${kb(g.gzipEstimate)} |`);
  const kinds = { lit: 0, ours: 0, other: 0 };
  for (const g of size.breakdown.groups) {
    const kind = /^(lit|@lit)/.test(g.name) ? 'lit' : g.name.startsWith('src') ? 'ours' : 'other';
    kinds[kind] += g.share;
  }
  const pct = (v) => `${(v * 100).toFixed(0)} %`;
  const widgetList = r.widgets.length ? r.widgets.map((w) => `\`${w.tag}\` (${w.variants.join(', ')})`).join(', ') : 'none yet';

  return `# csr-widgets benchmark

${r.date} · commit ${r.commit ?? 'unknown'}${r.dirty ? ' (with uncommitted changes)' : ''} · ${r.environment.chromium ? `Chromium ${r.environment.chromium}` : ''} · Node ${r.environment.node} · ${r.environment.cpus} (load average ${r.environment.load.start.toFixed(1)} at the start, ${r.environment.load.end.toFixed(1)} at the end) · ${r.seconds} s

Widgets measured: ${widgetList}. Pages mix them (every tag and variant in turn) and share one config URL three ways: the script tag's \`data-src\`, the widget's own \`src\`, a \`<csr-provider>\`.

| measure | result | reference |
| --- | --- | --- |
${rows.join('\n')}

Times are medians with min–max over runs after one warm-up, each run in a fresh browser context (cold cache); they are reported, never asserted. Sizes are deterministic; the gzip ceiling is enforced by \`scripts/build.js --check-budget\` in \`npm test\`.

## What \`dist/csr-widgets.js\` is made of

The entry bundled again by esbuild with a metafile (${kb(size.breakdown.bytes)} minified, ${kb(size.breakdown.gzip)} gzip: esbuild's output is ${((size.breakdown.gzip / size.script.gzip - 1) * 100).toFixed(0)} % larger in gzip than the vite-built file, so read these as proportions); gzip shares are estimates in proportion to minified bytes. In short: lit ${pct(kinds.lit)}, our code ${pct(kinds.ours)}${kinds.other ? `, other dependencies ${pct(kinds.other)}` : ''} of the minified bytes.

| part | minified | share | gzip (estimate) |
| --- | --- | --- | --- |
${parts.join('\n')}

The floor every widget shares (the base class, the provider, config loading and validation, lit; no widget): ${kb(size.breakdown.sharedFloor.gzip)} gzip, ${kb(size.breakdown.sharedFloor.brotli)} brotli, ${kb(size.breakdown.sharedFloor.bytes)} minified.

Largest files, minified: ${size.breakdown.largestFiles.map((f) => `\`${f.file}\` ${kb(f.minified)}`).join(', ')}.
${r.notes.length ? `\n## Notes\n\n${r.notes.map((n) => `- ${n}`).join('\n')}\n` : ''}`;
}
