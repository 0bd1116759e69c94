// The config schemas carry their documentation for csr-config.schema.json: every field's title,
// description and examples, given with `meta(schema, about)` (src/config/kit.ts). The browser builds
// have no use for it, and dist/csr-widgets.js is size-budgeted: there, this plugin replaces every
// `meta(schema, about)` call with `schema`, so that neither the text nor the call is left (the
// helpers that only build an `about` are then unused and dropped). bench/size.js, which says what
// that script is made of, does the same. Every other compile of src/ (the JSON Schema script, the
// command, tests, Storybook, the studio) keeps the documentation.

import { readFile } from 'node:fs/promises';
import ts from 'typescript';

/** The names that `meta` from the schema kit goes by in a module (`import { meta } from './kit.js'`). */
function metaNames(file) {
  const names = new Set();
  for (const statement of file.statements) {
    const bindings = ts.isImportDeclaration(statement) && /(^|\/)kit\.js$/.test(statement.moduleSpecifier.text) && statement.importClause?.namedBindings;
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements) if ((element.propertyName ?? element.name).text === 'meta') names.add(element.name.text);
  }
  return names;
}

/** Every call of one of `names` in the tree, as offsets: the call's, and its first argument's. */
function callsOf(file, names) {
  const found = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && names.has(node.expression.text)) {
      const [schema] = node.arguments;
      if (!schema || ts.isSpreadElement(schema)) throw new Error(`${file.fileName}: meta() without a schema at offset ${node.getStart(file)}`);
      found.push({ start: node.getStart(file), end: node.end, schema: { start: schema.getStart(file), end: schema.end } });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * `code` with each `meta(schema, about)` call replaced by `schema`. What is taken out leaves its line
 * breaks behind, so that the lines after the call stay where they were (for the source map).
 */
export function dropMetaCalls(code, fileName = 'module.ts') {
  const file = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const names = metaNames(file);
  if (!names.size) return undefined;
  const calls = callsOf(file, names).sort((a, b) => a.start - b.start);
  if (!calls.length) return undefined;
  const lines = (from, to) => code.slice(from, to).replace(/[^\n]/g, '');
  const render = (from, to) => {
    let out = '';
    let at = from;
    for (const call of calls) {
      // Calls inside one already rendered start before `at`; those after `to` come later.
      if (call.start < at || call.end > to) continue;
      const { schema } = call;
      // The line breaks after the schema: before it, one could end a `return` statement.
      out += code.slice(at, call.start) + render(schema.start, schema.end) + lines(call.start, schema.start) + lines(schema.end, call.end);
      at = call.end;
    }
    return out + code.slice(at, to);
  };
  return render(0, code.length);
}

const SOURCE = /\/src\/.*\.ts$/;

/** For Vite: the builds that go to browsers (vite.config.ts). */
export const dropSchemaDocs = () => ({
  name: 'csr-drop-schema-docs',
  enforce: 'pre',
  transform(code, id) {
    const dropped = SOURCE.test(id) && code.includes('meta') ? dropMetaCalls(code, id) : undefined;
    return dropped === undefined ? null : { code: dropped, map: null };
  },
});

/** For esbuild: bench/size.js, which bundles src/ again to say what the script is made of. */
export const dropSchemaDocsEsbuild = {
  name: 'csr-drop-schema-docs',
  setup(builder) {
    builder.onLoad({ filter: SOURCE }, async ({ path }) => {
      const code = await readFile(path, 'utf8');
      const dropped = code.includes('meta') ? dropMetaCalls(code, path) : undefined;
      return dropped === undefined ? undefined : { contents: dropped, loader: 'ts' };
    });
  },
};
