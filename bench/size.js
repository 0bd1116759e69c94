// Sizes: the script-tag file as built, each per-widget npm entry bundled with its dependencies
// (lit) the way an app bundler would, and what the script is made of.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { versionDefine } from '../scripts/version.js';
import { keepRegistrationsEsbuild } from '../scripts/registering-sources.js';
import { dropSchemaDocsEsbuild } from '../scripts/schema-docs.js';

export const gzipSize = (bytes) => gzipSync(bytes, { level: 9 }).length;
export const brotliSize = (bytes) =>
  brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length;

const measure = (bytes) => ({ bytes: bytes.length, gzip: gzipSize(bytes), brotli: brotliSize(bytes) });

/**
 * The size limits scripts/build.js defines (read, not imported: importing it would build):
 * `BUDGET_GZIP_BYTES`, the ceiling `npm test` enforces, and `TARGET_GZIP_BYTES` when present.
 */
export function readLimits(root) {
  const source = readFileSync(join(root, 'scripts/build.js'), 'utf8');
  const value = (name) => {
    const match = source.match(new RegExp(`${name}\\s*=\\s*([\\d\\s*]+);`));
    return match ? match[1].split('*').reduce((product, factor) => product * Number(factor.trim()), 1) : undefined;
  };
  const budget = value('BUDGET_GZIP_BYTES');
  if (!budget) throw new Error('scripts/build.js: BUDGET_GZIP_BYTES not found');
  return { budget, target: value('TARGET_GZIP_BYTES') };
}

/**
 * As the script-tag build (vite.config.ts): the report dialog and the languages beyond Swedish and
 * English come from files beside the script, so they are not part of its breakdown.
 */
const scriptSwaps = {
  name: 'script-swaps',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/(load-dialog|import-language)\.js$/ }, (args) =>
      args.importer.includes('/src/') ? { path: resolve(args.resolveDir, args.path.replace(/\.js$/, '.script.ts')) } : undefined,
    );
  },
};

async function bundle(root, entry, options = {}) {
  const result = await build({
    ...(entry ? { entryPoints: [entry] } : {}),
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    platform: 'browser',
    write: false,
    metafile: true,
    legalComments: 'none',
    // What the builds write in for the version (the breakdown bundles src/ itself).
    define: versionDefine,
    logLevel: 'silent',
    ...options,
    // As the script-tag build: without the config schemas' documentation.
    plugins: [keepRegistrationsEsbuild, dropSchemaDocsEsbuild, scriptSwaps, ...(options.plugins ?? [])],
  });
  return { bytes: Buffer.from(result.outputFiles[0].contents), metafile: result.metafile, warnings: result.warnings };
}

/** Treats every module of the npm build as having side effects (see `definesWhenBundled`). */
const keepSideEffects = {
  name: 'keep-side-effects',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.importer.includes('/dist/npm/') ? { path: resolve(args.resolveDir, args.path), sideEffects: true } : undefined,
    );
  },
};

const allTags = (defineDir) =>
  readdirSync(defineDir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `csr-${f.slice(0, -3)}`);

/**
 * Sizes of dist/csr-widgets.js and of every dist/npm/define/<name>.js bundled with lit. The
 * entries are measured with their registration kept; `definesWhenBundled` says whether a bundler
 * that honours package.json's `sideEffects` (esbuild, Rollup, webpack) keeps it too.
 */
export async function measureSizes(root) {
  const script = measure(readFileSync(join(root, 'dist/csr-widgets.js')));
  const defineDir = join(root, 'dist/npm/define');
  const files = readdirSync(defineDir).filter((f) => f.endsWith('.js')).sort();
  const entries = [];
  for (const [entry, path] of [
    ...files.map((f) => [`define/${f}`, join(defineDir, f)]),
    ['define.js (every element)', join(root, 'dist/npm/define.js')],
  ]) {
    const { bytes } = await bundle(root, path, { plugins: [keepSideEffects] });
    // Bundled as an app would (honouring `sideEffects`), the entry must still register its tags:
    // a dropped import of a module without side effects (a constant inlined elsewhere) is fine.
    const { bytes: honoured } = await bundle(root, path);
    const tags = entry.startsWith('define/') ? [`csr-${entry.slice(7, -3)}`] : allTags(defineDir);
    const text = honoured.toString('utf8');
    entries.push({ entry, ...measure(bytes), definesWhenBundled: tags.every((tag) => text.includes(`"${tag}"`)) });
  }
  return { script, entries };
}

const GROUPS = [
  [/node_modules\/(lit|lit-html|lit-element|@lit\/reactive-element)\//, 'lit (lit-html, lit-element, reactive-element)'],
  [/node_modules\//, 'other dependencies'],
  [/^src\/config\//, 'src/config (schema, validation, loader)'],
  [/^src\/base\//, 'src/base (widget base, l10n, theme, events)'],
];

const groupOf = (path) => {
  for (const [pattern, name] of GROUPS) if (pattern.test(path)) return name;
  const component = path.match(/^src\/(?:components|define)\/([^/.]+)/);
  if (component) return `src/components/${component[1]}`;
  return 'src (entry points)';
};

/**
 * What the script-tag file is made of: src/csr-widgets.ts bundled again by esbuild (minified, as
 * vite does) with a metafile, minified bytes per group of inputs. Gzip works on the whole file,
 * so the gzip column shares the file's gzip size out in proportion: an estimate.
 */
export async function breakdown(root) {
  const { bytes, metafile } = await bundle(root, join(root, 'src/csr-widgets.ts'), { format: 'iife' });
  const output = Object.values(metafile.outputs)[0];
  const groups = new Map();
  const files = [];
  for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
    const file = relative(root, join(root, path)).replaceAll('\\', '/');
    const name = groupOf(file);
    groups.set(name, (groups.get(name) ?? 0) + bytesInOutput);
    files.push({ file: file.replace(/^.*node_modules\//, ''), minified: bytesInOutput });
  }
  const total = [...groups.values()].reduce((a, b) => a + b, 0);
  const gzip = gzipSize(bytes);
  // What every widget shares before it adds anything: the base class, the provider, the config
  // loader and validation, and lit.
  const { bytes: floor } = await bundle(root, undefined, {
    stdin: {
      contents: [
        "export { CsrElement } from './src/base/csr-element.ts';",
        "import './src/runtime/capture-script.ts';",
        "import './src/define/provider.ts';",
      ].join('\n'),
      resolveDir: root,
      loader: 'ts',
      sourcefile: 'shared-floor.ts',
    },
  });
  return {
    bytes: bytes.length,
    gzip,
    groups: [...groups]
      .map(([name, minified]) => ({ name, minified, share: minified / total, gzipEstimate: Math.round((gzip * minified) / total) }))
      .sort((a, b) => b.minified - a.minified),
    largestFiles: files.sort((a, b) => b.minified - a.minified).slice(0, 10),
    sharedFloor: measure(floor),
  };
}
