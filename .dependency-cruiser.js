// `npm run lint:layers`: the folders of src/ depend one way only,
//   config ← runtime ← base ← components ← entries (src/*.ts, src/define/),
// with the CLI logic (src/tools/) on the config core alone, the studio's page (src/studio/) on top of
// everything (the elements for its preview, the tools' pure checks and snippet), imported by nothing,
// the translations (src/l10n/, one file per language) on the config core's types alone and loaded
// only on demand, and nothing in src/ in a cycle. Type-only
// imports count too: a type import is still a dependency of the source, and a cycle through one
// makes the layers hard to pull apart. Tests (*.test.ts) are not part of the layers.

const SRC_ENTRIES = '^src/(define/|[^/]+[.]ts$)';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'config-is-the-core',
      comment: 'src/config/ is the pure core: it imports nothing else from src/, and not lit.',
      severity: 'error',
      from: { path: '^src/config/' },
      to: { path: ['^src/(?!config/)', '(^|/)node_modules/(lit|@lit/[^/]+|lit-html|lit-element|@lit-labs/[^/]+)/'] },
    },
    {
      name: 'runtime-on-config-only',
      comment: 'src/runtime/ (the browser runtime) imports only src/config/ from the rest of src/.',
      severity: 'error',
      from: { path: '^src/runtime/' },
      to: { path: '^src/', pathNot: '^src/(config|runtime)/' },
    },
    {
      name: 'base-on-config-and-runtime-only',
      comment: 'src/base/ (the element base) imports only src/config/ and src/runtime/ from the rest of src/.',
      severity: 'error',
      from: { path: '^src/base/' },
      to: { path: '^src/', pathNot: '^src/(config|runtime|base)/' },
    },
    {
      name: 'components-not-on-entries-or-tools',
      comment: 'A widget does not import an entry point (src/*.ts, src/define/) nor the CLI logic (src/tools/).',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: [SRC_ENTRIES, '^src/tools/'] },
    },
    {
      name: 'tools-on-config-and-node-only',
      comment: 'src/tools/ (the CLI logic) imports only src/config/ and Node built-ins.',
      severity: 'error',
      from: { path: '^src/tools/' },
      // `node` is the `/// <reference types="node" />` of the files that use Node's APIs.
      to: { pathNot: ['^src/(config|tools)/', '^node$'], dependencyTypesNot: ['core'] },
    },
    {
      name: 'studio-is-a-leaf',
      comment: 'src/studio/ (the studio page, its own build) is imported by nothing else in src/.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/studio/' },
      to: { path: '^src/studio/' },
    },
    {
      name: 'studio-not-on-node-tools',
      comment: 'The studio page runs in a browser: of src/tools/ it imports only the modules without Node APIs.',
      severity: 'error',
      from: { path: '^src/studio/' },
      to: { path: '^src/tools/(cli|read|studio-server)[.]ts$' },
    },
    {
      name: 'l10n-on-config-only',
      comment: 'src/l10n/ (a file per language) imports nothing outside src/config/: no package, no widget.',
      severity: 'error',
      from: { path: '^src/l10n/' },
      to: { pathNot: '^src/config/' },
    },
    {
      name: 'l10n-types-only',
      comment: 'src/l10n/ takes only types from src/config/, so that a language file carries no code.',
      severity: 'error',
      from: { path: '^src/l10n/' },
      to: { path: '^src/config/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'l10n-on-demand',
      comment:
        'A language is loaded only when a widget needs it: nothing in src/ imports src/l10n/ statically ' +
        '(a dynamic import() or a type is fine), so that no language reaches a script that does not ask for it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/l10n/' },
      to: { path: '^src/l10n/', dependencyTypesNot: ['dynamic-import', 'type-only'] },
    },
    {
      name: 'no-cycles',
      comment: 'No module in src/ reaches itself again through its imports (type-only imports included).',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'resolvable',
      comment: 'Every import resolves; one the checker cannot follow would escape the rules above.',
      severity: 'error',
      from: { path: '^src/' },
      // `node` is a `/// <reference types="node" />`: a types package, not a module.
      to: { couldNotResolve: true, pathNot: '^node$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '[.]test[.]ts$' },
    // Follow `import type` and type-only re-exports as well.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js'] },
  },
};
