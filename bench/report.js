// The benchmark's table, as Markdown (printed, and written to bench/results/latest.md).

const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;
const ms = (value) => `${Math.round(value)} ms`;
const range = (s, format) => (s?.runs ? `${format(s.median)} (${format(s.min)}–${format(s.max)}, ${s.runs} runs)` : 'not measured');
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const signedMb = (bytes) => `${bytes >= 0 ? '+' : '−'}${mb(Math.abs(bytes))}`;

const spread = (s, format) => (s?.runs ? `${format(s.median)} (${format(s.min)}–${format(s.max)})` : 'not measured');
const times = (v) => (v >= 10 ? `${v.toFixed(0)}×` : `${v.toFixed(v >= 1.995 ? 1 : 2)}×`);
const score = (v) => v.toFixed(3);

/**
 * The side-by-side table: one column per contender (the floor first, csr-widgets last) and one
 * for csr-widgets against each of the others.
 */
function comparison(r) {
  const { contenders, bars, article } = r;
  if (!contenders?.length || (!bars && !article)) return '';
  const others = contenders.filter((c) => c.id !== 'csr');
  const floor = contenders[0];
  const rows = [];
  const row = (measure, cells, against = '') => rows.push(`| ${measure} | ${cells.join(' | ')} | ${against} |`);
  const each = (fn) => contenders.map((c) => fn(c));
  // csr-widgets' median over each other contender's, as "/ name 1.23×".
  const against = (median) => {
    const csr = median('csr');
    return others
      .map((c) => {
        const other = median(c.id);
        return `/ ${c.name.split(' ')[0]} ${Number.isFinite(csr / other) && other > 0 ? times(csr / other) : 'n/a'}`;
      })
      .join(' · ');
  };

  row('what “rendered” means', each((c) => c.rendered));
  row('share actions per bar', each((c) => `${c.networks.length}: ${c.networks.join(', ')}`), 'each where the contender has it');

  if (bars) {
    const b = bars.byContender;
    const n = `**${bars.count} share bars**`;
    row(
      `${n}: navigation → rendered, median (min–max)`,
      each((c) => `${spread(b[c.id].rendered, ms)}${c.id === floor.id ? '' : ` · ${spread(bars.ratio[`${c.id}/${floor.id}`], times)} the floor`}`),
      others.map((c) => `/ ${c.name.split(' ')[0]} ${spread(bars.ratio[`csr/${c.id}`], times)}`).join(' · ') + ' (per round)',
    );
    row(`${n}: layout shift, sum of every shift`, each((c) => `${spread(b[c.id].shift, score)}${b[c.id].shiftSources.length ? `; moved: ${b[c.id].shiftSources.join(', ')}` : ''}`));
    row(`${n}: longest task, Long Tasks API (0: none of 50 ms or more)`, each((c) => spread(b[c.id].longestTask, ms)), against((id) => b[id].longestTask.median));
    row(`${n}: total blocking time, navigation → rendered`, each((c) => spread(b[c.id].blocking, ms)), against((id) => b[id].blocking.median));
    const t = bars.mainThread;
    if (t) {
      row(`${n}: longest task, Chromium trace (any length)`, each((c) => `${spread(t[c.id].longest, ms)}${t[c.id].inside.length ? `; in it: ${t[c.id].inside.join(', ')}` : ''}`), against((id) => t[id].longest.median));
      row(`${n}: main-thread CPU time, navigation → rendered (trace)`, each((c) => spread(t[c.id].cpu, ms)), against((id) => t[id].cpu.median));
    }
    const kbOrNone = (sum) => (sum.gzip ? `${kb(sum.gzip)} (${sum.files.join(', ')})` : 'none');
    row(`${n}: script loaded, gzip`, each((c) => kbOrNone(b[c.id].transfers.script)), against((id) => b[id].transfers.script.gzip));
    row(
      `${n}: CSS, fonts and other files, gzip`,
      each((c) => {
        const { css, font, other } = b[c.id].transfers;
        return `${kb(css.gzip + font.gzip + other.gzip)} (CSS ${kb(css.gzip)}, fonts ${kb(font.gzip)}, other ${kb(other.gzip)}${other.files.length ? `: ${other.files.join(', ')}` : ''})`;
      }),
    );
    row(`${n}: the page’s HTML, gzip`, each((c) => `${kb(b[c.id].page.gzip)} (${kb(b[c.id].page.bytes)})`));
    row(`${n}: requests · to outside hosts`, each((c) => `${b[c.id].requests} · ${b[c.id].outside.length ? `**${b[c.id].outside.join(', ')}**` : 'none'}`));
  }

  if (article) {
    const a = article.byContender;
    const n = '**article**';
    row(
      `${n}: widgets in it`,
      each((c) => ['badge', 'ribbon', 'share', 'report'].map((w) => (a[c.id].widgets.includes(w) ? w : `${w} n/a`)).join(', ')),
      'between paragraphs; the floor’s are plain HTML',
    );
    const onTime = (key) => key.replace(', config 1 s late', '');
    const cell = (id, key, format, pick) => {
      const found = a[id].cases[key];
      if (found) return spread(pick(found), format);
      return a[id].cases[onTime(key)] ? 'same page (no config)' : 'not measured';
    };
    const median = (id, key, pick) => pick(a[id].cases[key] ?? a[id].cases[onTime(key)] ?? {})?.median;
    for (const key of article.cases) {
      row(`${n} ${key}: layout shift, sum of every shift`, each((c) => {
        const found = a[c.id].cases[key];
        return `${cell(c.id, key, score, (f) => f.shift)}${found?.shiftSources.length ? `; moved: ${found.shiftSources.join(', ')}` : ''}`;
      }));
    }
    for (const key of article.cases) {
      row(`${n} ${key}: navigation → every widget rendered`, each((c) => cell(c.id, key, ms, (f) => f.rendered)), against((id) => median(id, key, (f) => f.rendered)));
    }
    const desktop = article.cases.find((key) => key.startsWith('1280') && !key.includes('late')) ?? article.cases[0];
    row(`${n} ${desktop}: longest task, Long Tasks API (0: none of 50 ms or more)`, each((c) => cell(c.id, desktop, ms, (f) => f.longestTask)), against((id) => median(id, desktop, (f) => f.longestTask)));
    row(`${n} ${desktop}: total blocking time`, each((c) => cell(c.id, desktop, ms, (f) => f.blocking)));
    row(`${n}: script loaded, gzip`, each((c) => {
      const sum = a[c.id].cases[desktop]?.transfers?.script;
      return sum?.gzip ? `${kb(sum.gzip)} (${sum.files.join(', ')})` : 'none';
    }), against((id) => a[id].cases[desktop]?.transfers?.script.gzip));
    row(`${n}: requests · to outside hosts`, each((c) => {
      const found = a[c.id].cases[desktop];
      const outside = Object.values(a[c.id].cases).flatMap((f) => f.outside);
      return `${found?.requests ?? '?'} · ${outside.length ? `**${[...new Set(outside)].join(', ')}**` : 'none'}`;
    }));
  }

  return `## Side by side: what a partner's web team would use instead

${r.rounds} rounds after a warm-up round; in each round every page loads once, in an order that rotates from round to round, each in a fresh browser context (cold cache), served from 127.0.0.1 without a Content-Security-Policy; any other host is blocked and listed. Medians with min–max; ratios per round where marked, else of the medians. Layout shift is every \`layout-shift\` entry added up (buffered), until ${r.settleMs} ms after “rendered”.

| measure | ${contenders.map((c) => c.name).join(' | ')} | csr-widgets against each |
| --- | ${contenders.map(() => '---').join(' | ')} | --- |
${rows.join('\n')}
`;
}

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

  const shift = r.layoutShift;
  if (shift) {
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

${comparison(r)}
## csr-widgets on its own

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
