// The config schemas carry their documentation for csr-config.schema.json: every field's title,
// description and examples, given with `meta(schema, about)` (src/config/kit.ts). The browser builds
// have no use for it, and dist/csr-widgets.js is size-budgeted: there, this plugin replaces every
// `meta(schema, about)` call with `schema`, so that neither the text nor the call is left (the
// helpers that only build an `about` are then unused and dropped). Every other compile of src/
// (the JSON Schema script, the command, tests, Storybook, the studio) keeps the documentation.

/** The names that `meta` from the schema kit goes by in a module (`import { meta } from './kit.js'`). */
function metaNames(program) {
  const names = new Set();
  for (const node of program.body)
    if (node.type === 'ImportDeclaration' && /(^|\/)kit\.js$/.test(node.source.value))
      for (const specifier of node.specifiers)
        if (specifier.type === 'ImportSpecifier' && (specifier.imported.name ?? specifier.imported.value) === 'meta') names.add(specifier.local.name);
  return names;
}

/** Every call of one of `names` in the tree, in source order. */
function callsOf(node, names, found = []) {
  if (Array.isArray(node)) for (const child of node) callsOf(child, names, found);
  else if (node && typeof node.type === 'string') {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && names.has(node.callee.name)) found.push(node);
    for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') callsOf(value, names, found);
  }
  return found;
}

/**
 * `code` with each `meta(schema, about)` call replaced by `schema`. What is taken out leaves its line
 * breaks behind, so that the lines after the call stay where they were (for the source map).
 */
export function dropMetaCalls(code, program) {
  const names = metaNames(program);
  if (!names.size) return undefined;
  const calls = callsOf(program, names).sort((a, b) => a.start - b.start);
  if (!calls.length) return undefined;
  const lines = (from, to) => code.slice(from, to).replace(/[^\n]/g, '');
  const render = (from, to) => {
    let out = '';
    let at = from;
    for (const call of calls) {
      // Calls inside one already rendered start before `at`; those after `to` come later.
      if (call.start < at || call.end > to) continue;
      const [schema] = call.arguments;
      if (!schema || schema.type === 'SpreadElement') throw new Error(`meta() without a schema at offset ${call.start}`);
      // The line breaks after the schema: before it, one could end a `return` statement.
      out += code.slice(at, call.start) + render(schema.start, schema.end) + lines(call.start, schema.start) + lines(schema.end, call.end);
      at = call.end;
    }
    return out + code.slice(at, to);
  };
  return render(0, code.length);
}

/** For Vite: the builds that go to browsers (vite.config.ts). */
export const dropSchemaDocs = () => ({
  name: 'csr-drop-schema-docs',
  enforce: 'pre',
  transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id) || !code.includes('meta')) return null;
    const dropped = dropMetaCalls(code, this.parse(code, { lang: 'ts' }));
    return dropped === undefined ? null : { code: dropped, map: null };
  },
});
