// The package as an app receives it: `npm pack`, the tarball unpacked into three small apps
// (TypeScript, React 19, Vue 3 with vue-tsc's strict templates) as node_modules/csr-widgets, each
// type-checked and built (esbuild, minified), with its bundle size for one element and for all; and
// in each, deliberate mistakes (a wrong `variant`, a misspelt event detail field, a number for `url`)
// must fail to type-check with the expected error. Needs the build (dist/), which `npm test` makes
// first. The apps find react, vue and lit in this project's node_modules, so nothing is downloaded.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = resolve(import.meta.dirname, '../..');
const fixtures = resolve(import.meta.dirname, 'fixtures');
// Inside the project, so that the apps resolve react, vue and lit from its node_modules.
const work = resolve(root, 'node_modules/.cache/csr-package-fixtures');
const bin = (name) => resolve(root, 'node_modules/.bin', name);

let tarball;
let unpacked;
const sizes = [];

before(() => {
  assert.ok(existsSync(resolve(root, 'dist/npm/index.js')), 'build first: node scripts/build.js');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: root, encoding: 'utf8' }));
  tarball = resolve(work, packed[0].filename);
  unpacked = resolve(work, 'package');
  execFileSync('tar', ['-xzf', tarball, '-C', work]);
  for (const app of ['vanilla', 'react', 'vue']) {
    cpSync(resolve(fixtures, app), resolve(work, app), { recursive: true });
    const target = resolve(work, app, 'node_modules/csr-widgets');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', target, '--strip-components=1']);
  }
});

after(() => {
  if (sizes.length) {
    console.log('\nbundle sizes (esbuild, minified, split as an app bundler splits them; what loads first: the app, its framework and csr-widgets with lit):');
    for (const s of sizes) console.log(`  ${s.app.padEnd(8)} ${s.entry.padEnd(22)} ${String(s.bytes).padStart(7)} bytes, ${String(s.gzip).padStart(6)} gzip`);
  }
  rmSync(work, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  test('holds every file that package.json and custom-elements.json name', () => {
    const pkg = JSON.parse(readFileSync(resolve(unpacked, 'package.json'), 'utf8'));
    const targets = [pkg.main, pkg.module, pkg.types, pkg.customElements, pkg['web-types']];
    const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
    collect(pkg.exports);
    const missing = [];
    for (const target of targets) {
      if (target.includes('*')) {
        const [dir, suffix] = target.split('*');
        if (!readdirSync(resolve(unpacked, dir)).some((f) => f.endsWith(suffix))) missing.push(target);
      } else if (!existsSync(resolve(unpacked, target))) missing.push(target);
    }
    // Every file of the package, as `./dist/…`, for the `sideEffects` patterns (`*` within one folder).
    const packed = [];
    const walk = (dir) => {
      for (const entry of readdirSync(resolve(unpacked, dir), { withFileTypes: true })) {
        const path = `${dir}/${entry.name}`;
        if (entry.isDirectory()) walk(path);
        else packed.push(path);
      }
    };
    walk('.');
    for (const pattern of pkg.sideEffects) {
      const matcher = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replaceAll('*', '[^/]*')}$`);
      if (!packed.some((file) => matcher.test(file))) missing.push(`sideEffects ${pattern}`);
    }
    const manifest = JSON.parse(readFileSync(resolve(unpacked, 'custom-elements.json'), 'utf8'));
    const paths = new Set();
    JSON.stringify(manifest, (key, value) => {
      if ((key === 'path' || key === 'module') && typeof value === 'string') paths.add(value);
      return value;
    });
    // Elements and their definitions are modules with code; a module of types and re-exports only
    // (runtime/protocol) ships as its declarations.
    const withCode = new Set(
      manifest.modules.filter((m) => m.declarations?.some((d) => d.customElement) || m.exports?.some((e) => e.kind === 'custom-element-definition')).map((m) => m.path),
    );
    for (const path of paths) {
      const ok = existsSync(resolve(unpacked, path)) || (!withCode.has(path) && existsSync(resolve(unpacked, path.replace(/\.js$/, '.d.ts'))));
      if (!ok) missing.push(`custom-elements.json ${path}`);
    }
    assert.deepEqual(missing, []);
    assert.ok(paths.size > 40, `${paths.size} module paths`);
  });

  test('has a README that links only to packed files', () => {
    const readme = readFileSync(resolve(unpacked, 'README.md'), 'utf8');
    const relativeLinks = [...readme.matchAll(/\]\((?!https?:|mailto:|#)([^)\s]+)\)/g)].map((m) => m[1]);
    assert.deepEqual(relativeLinks.filter((link) => !existsSync(resolve(unpacked, link))), []);
  });

  test('the editor data lists every attribute with its description, and the values of variant and theme', () => {
    const html = JSON.parse(readFileSync(resolve(unpacked, 'dist/vscode.html-custom-data.json'), 'utf8'));
    const bar = html.tags.find((t) => t.name === 'csr-share-bar');
    const names = (attribute) => bar.attributes.find((a) => a.name === attribute).values.map((v) => v.name);
    assert.deepEqual(names('variant'), ['row', 'column', 'icons']);
    assert.deepEqual(names('theme'), ['light', 'dark', 'auto']);
    for (const tag of html.tags) for (const a of tag.attributes) assert.ok(a.description, `${tag.name} ${a.name}`);
    const webTypes = JSON.parse(readFileSync(resolve(unpacked, 'dist/web-types.json'), 'utf8'));
    const tags = webTypes.contributions.html.elements.map((e) => e.name).sort();
    assert.deepEqual(tags, ['csr-award-ribbon', 'csr-partner-badge', 'csr-partner-list', 'csr-provider', 'csr-report-button', 'csr-share-bar']);
  });
});

/** Runs tsc or vue-tsc on a tsconfig; returns its exit code and errors as { file, code, message }. */
function typeCheck(checker, dir, project) {
  const result = spawnSync(bin(checker), ['-p', project, '--pretty', 'false'], { cwd: dir, encoding: 'utf8' });
  const output = `${result.stdout}${result.stderr}`;
  const errors = [...output.matchAll(/^(.+?)\(\d+,\d+\): error (TS\d+): (.*)$/gm)].map(([, file, code, message]) => ({ file: file.trim(), code, message }));
  return { status: result.status, output, errors };
}

/** Compiles single-file components for esbuild with Vue's own compiler (no Vite plugin needed). */
const vueFiles = {
  name: 'vue-sfc',
  setup(builder) {
    builder.onLoad({ filter: /\.vue$/ }, async ({ path }) => {
      const { parse, compileScript } = await import('vue/compiler-sfc');
      const { descriptor, errors } = parse(readFileSync(path, 'utf8'), { filename: path });
      if (errors.length) throw errors[0];
      const script = compileScript(descriptor, {
        id: relative(root, path),
        inlineTemplate: true,
        templateOptions: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('csr-') } },
      });
      return { contents: script.content, loader: 'ts', resolveDir: dirname(path) };
    });
  },
};

const apps = [
  { app: 'vanilla', checker: 'tsc', entries: ['src/one.ts', 'src/all.ts'] },
  { app: 'react', checker: 'tsc', entries: ['src/one.tsx', 'src/all.tsx'] },
  { app: 'vue', checker: 'vue-tsc', entries: ['src/one.ts', 'src/all.ts'] },
];
const allTags = ['csr-provider', 'csr-partner-badge', 'csr-award-ribbon', 'csr-share-bar', 'csr-report-button'];

for (const { app, checker, entries } of apps) {
  describe(`${app} app`, () => {
    const dir = () => resolve(work, app);

    test(`type-checks (${checker}, strict)`, () => {
      const { status, output } = typeCheck(checker, dir(), 'tsconfig.json');
      assert.equal(status, 0, output);
    });

    test('builds, one element and all of them', async () => {
      for (const entry of entries) {
        const result = await build({
          entryPoints: [resolve(dir(), entry)],
          absWorkingDir: dir(),
          bundle: true,
          minify: true,
          format: 'esm',
          target: 'es2022',
          platform: 'browser',
          jsx: 'automatic',
          write: false,
          // As an app's bundler does: files imported on demand (the report dialog, each language beyond
          // Swedish and English) become chunks of their own, and the size below is what loads first.
          splitting: true,
          outdir: resolve(dir(), 'out'),
          logLevel: 'silent',
          legalComments: 'none',
          define: {
            'process.env.NODE_ENV': '"production"',
            __VUE_OPTIONS_API__: 'false',
            __VUE_PROD_DEVTOOLS__: 'false',
            __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
          },
          plugins: [vueFiles],
        });
        const first = result.outputFiles.find((file) => basename(file.path, '.js') === basename(entry).replace(/\.\w+$/, ''));
        assert.ok(first, `${app} ${entry}: no output for the entry`);
        const bytes = first.contents;
        const text = new TextDecoder().decode(bytes);
        const expected = entry.includes('one') ? ['csr-partner-badge'] : allTags;
        for (const tag of expected) assert.ok(text.includes(`"${tag}"`), `${app} ${entry}: ${tag} is not defined in the bundle`);
        if (entry.includes('one')) assert.ok(!text.includes('"csr-share-bar"'), `${app} ${entry}: the share bar is in a one-element bundle`);
        sizes.push({ app, entry: entry.includes('one') ? 'one element (badge)' : 'all five elements', bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    });

    test('deliberate mistakes fail to type-check, each with its expected error', () => {
      const project = resolve(dir(), 'tsconfig.mistakes.json');
      const config = JSON.parse(readFileSync(resolve(dir(), 'tsconfig.json'), 'utf8'));
      config.include = [...config.include, ...config.include.map((p) => p.replace(/^src/, 'mistakes'))];
      writeFileSync(project, JSON.stringify(config));
      const { status, errors, output } = typeCheck(checker, dir(), project);
      assert.notEqual(status, 0, output);
      const mistakes = readdirSync(resolve(dir(), 'mistakes'));
      assert.ok(mistakes.length >= 3);
      // Every error is one of the mistakes: the correct files stay clean beside them.
      assert.deepEqual(
        errors.filter((e) => !e.file.startsWith('mistakes/')),
        [],
        output,
      );
      for (const file of mistakes) {
        const [, code, word] = /expect (TS\d+) (\S+)/.exec(readFileSync(resolve(dir(), 'mistakes', file), 'utf8'));
        const own = errors.filter((e) => e.file === `mistakes/${file}`);
        assert.ok(
          own.some((e) => e.code === code && e.message.includes(word)),
          `${app} mistakes/${file}: expected ${code} mentioning ${word}, got ${JSON.stringify(own)}`,
        );
        console.log(`# ${app} mistakes/${file}: ${own.map((e) => `${e.code} ${e.message}`).join(' | ')}`);
      }
    });
  });
}
