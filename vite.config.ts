import { defineConfig, type Plugin } from 'vite';
import { minifyHTMLLiterals } from 'minify-html-literals';
import { minify } from 'terser';
import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';
import { versionDefine } from './scripts/version.js';
import { SCRIPT_FILES as SCRIPT_FILE_LIST } from './scripts/script-files.js';
import { keepRegistrations } from './scripts/registering-sources.js';
import { dropSchemaDocs } from './scripts/schema-docs.js';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.replace(/\.ts$/, '')}`, resolve(root, 'src/define', f)]),
);

/**
 * Minifies the HTML and CSS inside Lit's `html` and `css` tagged templates, which the JS minifier
 * leaves as they are: a large part of each widget is markup and styles.
 */
const minifyLiterals = (): Plugin => ({
  name: 'csr-minify-literals',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !/\b(html|css)`/.test(code)) return null;
    const result = minifyHTMLLiterals(code, { fileName: id });
    return result ? { code: result.code, map: result.map } : null;
  },
});

/**
 * A second pass over the minified script with terser, which finds about 1% more than the built-in
 * minifier alone (dist/csr-widgets.js is size-budgeted).
 */
const terserPass = (): Plugin => ({
  name: 'csr-terser-pass',
  apply: 'build',
  async generateBundle(_options, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const mapFile = `${chunk.fileName}.map`;
      const result = await minify(chunk.code, {
        ecma: 2022,
        compress: { passes: 2 },
        sourceMap: chunk.map ? { content: JSON.stringify(chunk.map), url: mapFile } : false,
      });
      if (!result.code) continue;
      chunk.code = result.code;
      const asset = bundle[mapFile];
      if (typeof result.map === 'string' && asset?.type === 'asset') asset.source = result.map;
    }
  },
});

/**
 * The builds: `vite build --mode script` makes dist/csr-widgets.js, one self-contained classic
 * script (IIFE), and `--mode script-list` / `script-dialog` the files beside it that it imports
 * when a page needs them (SCRIPT_FILES); `vite build` makes the npm ES modules with lit as a
 * dependency. Both leave out the config schemas' documentation (scripts/schema-docs.js), which only
 * csr-config.schema.json uses: the npm modules export the schemas but not `toJsonSchema`, and ship
 * the JSON Schema as its own file.
 */
const SCRIPT_FILES = SCRIPT_FILE_LIST as Record<string, { entry: string; file: string; formats: ['iife'] | ['es'] }>;

/**
 * In the script-tag build, the report dialog (and the sending it bundles) comes from its own file
 * beside the script: a page pays for it only once a person is about to open a dialog.
 */
const dialogBeside = (): Plugin => ({
  name: 'csr-dialog-beside',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === './load-dialog.js' && importer?.endsWith('/report-button.ts')) {
      return resolve(root, 'src/components/report-button/load-dialog.script.ts');
    }
    // Likewise each language beyond English and Swedish (src/runtime/load-language.ts).
    if (source === './import-language.js' && importer?.endsWith('/load-language.ts')) {
      return resolve(root, 'src/runtime/import-language.script.ts');
    }
    return null;
  },
});

export default defineConfig(({ mode }) =>
  mode in SCRIPT_FILES
    ? {
        plugins: [keepRegistrations(), dropSchemaDocs(), minifyLiterals(), dialogBeside(), terserPass()],
        define: versionDefine,
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: {
            entry: resolve(root, SCRIPT_FILES[mode].entry),
            formats: SCRIPT_FILES[mode].formats,
            name: 'csrWidgetsBundle',
            fileName: () => SCRIPT_FILES[mode].file,
          },
          // The terser pass takes most of this build's few seconds; that is expected.
          rollupOptions: { checks: { pluginTimings: false } },
        },
      }
    : {
        plugins: [keepRegistrations(), dropSchemaDocs(), minifyLiterals()],
        define: versionDefine,
        build: {
          outDir: 'dist/npm',
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          sourcemap: true,
          lib: {
            entry: {
              index: resolve(root, 'src/index.ts'),
              define: resolve(root, 'src/define.ts'),
              'config/index': resolve(root, 'src/config/index.ts'),
              testing: resolve(root, 'src/testing.ts'),
              ...defineEntries,
            },
            formats: ['es'],
          },
          rollupOptions: {
            external: [/^lit(\/|$)/, /^@lit\//],
            // One file per source module (src/x.ts → dist/npm/x.js, its types at dist/types/x.d.ts): the
            // custom-elements manifest and the editor and framework typings name the files that hold
            // each element, and an app's bundler keeps only the modules it imports.
            output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
          },
        },
      },
);
