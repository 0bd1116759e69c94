// Configuration of the custom-elements manifest (`npm run analyze`). The plugins below make the
// manifest describe the package as it ships: what a page author and their tools can use.
import { posix } from 'node:path';

export default {
  globs: ['src/**/*.ts'],
  // Not in the npm build as modules of their own: the command's tools are bundled into one file, the
  // script-tag entry into dist/csr-widgets.js (its report-dialog loader only there), and the studio's
  // page is its own build.
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.stories.ts',
    'src/tools/**',
    'src/studio/**',
    'src/csr-widgets.ts',
    'src/runtime/capture-script.ts',
    'src/components/report-button/load-dialog.script.ts',
    'src/runtime/import-language.script.ts',
    // The translations beyond Swedish and English: data the loader imports on demand, no API of their own.
    'src/l10n/**',
  ],
  litelement: true,
  // package.json names custom-elements.json itself; the drift check writes elsewhere.
  packagejson: false,
  plugins: [tagDefinitions(), narrowedFields(), namedTypedEvents(), publicMembersOnly(), shippedPaths()],
};

/**
 * Each `define('csr-…', CsrClass)` in src/define/ as a `custom-element-definition` export, the way
 * the analyzer records a direct `customElements.define` call; the generic call inside
 * src/base/define.ts (`customElements.define(tag, element)`) defines no particular tag and is dropped.
 */
function tagDefinitions() {
  return {
    name: 'csr-tag-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || node.expression.getText() !== 'define') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag.text, declaration: { name: element.text } });
    },
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const home = new Map(modules.flatMap((m) => (m.declarations ?? []).map((d) => [d.name, m.path])));
      for (const module of modules) {
        module.exports = module.exports?.filter((e) => e.kind !== 'custom-element-definition' || home.has(e.declaration.name));
        for (const e of module.exports ?? []) if (e.kind === 'custom-element-definition') e.declaration.module = home.get(e.declaration.name);
      }
    },
  };
}

/**
 * A subclass's `declare` field that narrows an inherited property (each widget's `variant` to its own
 * values) keeps its own type and description: the analyzer's inheritance step would put back the
 * base class's `string`, on the member and on its attribute.
 */
function narrowedFields() {
  const narrowed = new Map(); // class name → [{ name, type }]
  return {
    name: 'csr-narrowed-fields',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !node.type || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      if (!node.modifiers?.some((m) => m.kind === ts.SyntaxKind.DeclareKeyword)) return;
      const list = narrowed.get(node.parent.name.text) ?? [];
      list.push({ name: node.name.getText(), type: `${node.type.getText()}${node.questionToken ? ' | undefined' : ''}` });
      narrowed.set(node.parent.name.text, list);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const d of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const { name, type } of narrowed.get(d.name) ?? []) {
          const member = d.members?.find((m) => m.name === name && !m.static);
          const attribute = d.attributes?.find((a) => a.fieldName === name);
          for (const entry of [member, attribute]) {
            if (!entry) continue;
            entry.type = { text: type };
            delete entry.inheritedFrom;
          }
          if (attribute && member?.description) attribute.description = member.description;
        }
      }
    },
  };
}

/**
 * Events with their names and types. The analyzer lists an event it sees dispatched as
 * `new CsrErrorEvent(…)` by its class and without a name, beside the same event documented by
 * name with `@event`: here each event class's `static type` gives the name, the two entries become
 * one, and every event names its class as its type.
 */
function namedTypedEvents() {
  return {
    name: 'csr-named-typed-events',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((m) => m.declarations ?? []);
      const nameOf = new Map();
      for (const d of declarations) {
        const type = d.kind === 'class' && d.members?.find((m) => m.static && m.name === 'type' && /^'csr-[a-z-]+'$/.test(m.default ?? ''));
        if (type) nameOf.set(d.name, type.default.slice(1, -1));
      }
      const classOf = new Map([...nameOf].map(([cls, name]) => [name, cls]));
      for (const d of declarations) {
        if (!d.events) continue;
        const byName = new Map();
        for (const event of d.events) {
          const name = event.name ?? nameOf.get(event.type?.text);
          if (!name) throw new Error(`${d.name}: an event with neither a name nor a known class (${JSON.stringify(event)})`);
          const merged = { ...byName.get(name), ...event, name };
          // The documented description wins over an inferred entry's lack of one.
          merged.description = byName.get(name)?.description ?? event.description;
          if (!merged.description) delete merged.description;
          if (classOf.has(name)) merged.type = { text: classOf.get(name) };
          byName.set(name, merged);
        }
        d.events = [...byName.values()];
      }
    },
  };
}

/**
 * Members a page author can use: private fields and methods (`private`, `#name`) are left out, and
 * so are the attributes the analyzer makes of private reactive state (`state: true` in `static
 * properties`, which has no attribute).
 */
function publicMembersOnly() {
  const isPrivate = (m) => m.privacy === 'private' || m.name.startsWith('#');
  return {
    name: 'csr-public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const d of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        if (!d.members) continue;
        const hidden = new Set(d.members.filter(isPrivate).map((m) => m.name));
        d.members = d.members.filter((m) => !hidden.has(m.name));
        if (d.attributes) d.attributes = d.attributes.filter((a) => !hidden.has(a.fieldName));
      }
    },
  };
}

/**
 * Module paths as the package ships them: the npm build keeps one module per source file, so
 * src/x.ts is dist/npm/x.js, with its declarations beside it (dist/npm/x.d.ts). Rewrites every
 * reference (modules, exports, `inheritedFrom`, superclasses), not only the elements' own modules.
 */
function shippedPaths() {
  // Re-exports name their source by its import specifier (src/config/schema.js), superclasses with a
  // leading slash (/src/base/csr-element.js), the rest by file.
  const shipped = (path) => path.replace(/^\/?src\/(.*)\.[jt]s$/, 'dist/npm/$1.js');
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = shipped(inner);
        else visit(inner);
      }
    }
  };
  return {
    name: 'csr-shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      // The analyzer keeps a re-export's relative specifier (`../../base/events.js`) as it is.
      for (const module of customElementsManifest.modules) {
        for (const { declaration } of module.exports ?? []) {
          if (declaration?.module?.startsWith('.')) declaration.module = posix.join(posix.dirname(module.path), declaration.module);
        }
      }
      visit(customElementsManifest.modules);
    },
  };
}
