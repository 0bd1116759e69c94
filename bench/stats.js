// Small statistics and trace helpers for the benchmark.

export function summarize(values) {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (!sorted.length) return { runs: 0 };
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { runs: sorted.length, median, min: sorted[0], max: sorted.at(-1) };
}

/** Every layout shift added up (no session windows): what a page shifted in all. */
export const totalShift = (shifts) => shifts.reduce((sum, { value }) => sum + value, 0);

/**
 * From the Long Tasks API's entries (tasks of 50 ms or more): the longest (0 when there was none)
 * and the total blocking time, the part of each task over 50 ms, of the tasks that began before `end`.
 */
export function blocking(longTasks, end = Infinity) {
  const before = longTasks.filter((t) => t.start < end);
  return {
    longest: Math.max(0, ...before.map((t) => t.duration)),
    total: before.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  };
}

/** Per-round ratios of two equally long series of samples (round i against round i). */
export const ratios = (a, b) => summarize(a.map((value, i) => value / b[i]));

/**
 * Cumulative layout shift as Core Web Vitals defines it: shifts grouped into session windows
 * (a gap under 1 s, at most 5 s long); the largest window's sum.
 */
export function cumulativeLayoutShift(shifts) {
  let worst = 0;
  let sum = 0;
  let first = -Infinity;
  let last = -Infinity;
  for (const { time, value } of [...shifts].sort((a, b) => a.time - b.time)) {
    if (time - last < 1000 && time - first < 5000) sum += value;
    else {
      sum = value;
      first = time;
    }
    last = time;
    worst = Math.max(worst, sum);
  }
  return worst;
}

/**
 * From a Chromium trace of one page load: the main-thread time of the page's renderer from the
 * start of its HTML parsing to the probe's `bench-painted` mark, as wall time and as CPU time
 * (thread time: what a busy machine inflates least), and the longest task with what took the most
 * time inside it.
 */
export function analyzeTrace(trace, pagePath) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const parse = events.find(
    (e) => e.name === 'ParseHTML' && mainThreads.has(`${e.pid}:${e.tid}`) && String(e.args?.beginData?.url ?? '').includes(pagePath),
  );
  if (!parse) return undefined;
  const thread = `${parse.pid}:${parse.tid}`;
  const end = events.find((e) => e.name === 'bench-painted' && e.pid === parse.pid)?.ts ?? Infinity;
  const onThread = events.filter((e) => e.ph === 'X' && `${e.pid}:${e.tid}` === thread);
  const tasks = onThread.filter((e) => e.name === 'RunTask' && e.ts + e.dur >= parse.ts && e.ts <= end);
  if (!tasks.length) return undefined;
  const longest = tasks.reduce((a, b) => (b.dur > a.dur ? b : a));
  const inside = new Map();
  for (const e of onThread) {
    if (e === longest || e.name.includes('RunTask') || e.ts < longest.ts || e.ts + e.dur > longest.ts + longest.dur) continue;
    inside.set(e.name, Math.max(inside.get(e.name) ?? 0, e.dur));
  }
  const top = [...inside].sort((a, b) => b[1] - a[1]).slice(0, 3);
  const sum = (key) => tasks.reduce((total, e) => total + (e[key] ?? 0), 0) / 1000;
  return {
    wallMs: sum('dur'),
    cpuMs: sum('tdur'),
    longest: {
      ms: longest.dur / 1000,
      cpuMs: (longest.tdur ?? NaN) / 1000,
      inside: top.map(([name, dur]) => `${name} ${(dur / 1000).toFixed(1)} ms`),
    },
  };
}
