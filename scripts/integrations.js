// Writes the framework and editor integrations into dist/, from custom-elements.json, with the
// wc-toolkit generators (maintained, and fed by the same manifest as Storybook's docs):
// - dist/react.d.ts: React 19 JSX typings (`@wc-toolkit/jsx-types`) and the `JSX.IntrinsicElements` entries;
// - dist/vue.d.ts: Vue 3 global components for `vue-tsc` (custom-element-vuejs-integration);
// - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json (custom-element-vs-code-integration);
// - dist/web-types.json for JetBrains IDEs (custom-element-jet-brains-integration).
// The build runs it after the declarations, which the typings import from dist/npm/index.js.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';

const root = resolve(import.meta.dirname, '..');
const outdir = resolve(root, 'dist');
const read = () => JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
// The base class has no tag; the generators would list it as an element.
const exclude = ['CsrElement'];
const quiet = { hideLogs: true };

const log = console.log;
console.log = () => {}; // the generators print a line per file, several for some
try {
  // React: every element's attributes, properties and `oncsr-*` event props, typed from the classes.
  generateJsxTypes(read(), { outdir, fileName: 'react.d.ts', exclude, globalTypePath: './npm/index.js' });
  appendFile('react.d.ts', `
// The elements in React's JSX: \`import type {} from 'csr-widgets/react';\` once in the app.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}
`);

  // Vue: the generator names a handler prop \`on\${name}\` and types its argument as
  // \`CustomEvent<type>\`, so it is given the name as Vue's templates look it up (\`@csr-share\` is
  // \`onCsrShare\`) and each event's detail type (the manifest names the event's own class).
  const forVue = read();
  const camel = (name) => name.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase());
  for (const element of forVue.modules.flatMap((m) => m.declarations ?? [])) {
    for (const event of element.events ?? []) {
      event.name = camel(event.name);
      const detail = event.type?.text.replace(/Event$/, 'Detail');
      if (detail && detail !== 'CsrReadyDetail') event.type = { text: detail };
      else delete event.type;
    }
  }
  generateVuejsTypes(forVue, { outdir, fileName: 'vue.d.ts', exclude, globalTypePath: './npm/index.js', ...quiet });
  mergeImports('vue.d.ts');

  generateVsCodeCustomElementData(read(), {
    outdir,
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
    exclude,
    ...quiet,
  });
  generateJetBrainsWebTypes(read(), { outdir, fileName: 'web-types.json', exclude, packageJson: false, ...quiet });
} finally {
  console.log = log;
}
console.log('dist/react.d.ts, dist/vue.d.ts, dist/vscode.*-custom-data.json and dist/web-types.json written.');

function appendFile(name, text) {
  const file = resolve(outdir, name);
  writeFileSync(file, readFileSync(file, 'utf8') + text);
}

/** One name once per import: the Vue generator lists a type shared by several elements once per element. */
function mergeImports(name) {
  const file = resolve(outdir, name);
  const text = readFileSync(file, 'utf8').replace(/import type \{([^}]*)\} from ("[^"]+");/g, (_, names, from) => {
    const unique = [...new Set(names.split(',').map((n) => n.trim()).filter(Boolean))];
    return `import type { ${unique.join(', ')} } from ${from};`;
  });
  writeFileSync(file, text);
}
