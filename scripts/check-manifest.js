// Checks custom-elements.json and package.json against the rules of `@wc-toolkit/cem-validator`: the
// package points at the manifest and ships it, every element has a tag, a module path and a
// definition in shipped files (not src/), and every type an element's API names is exported from
// its module (where the framework and editor typings import it from). Every rule fails the check.
import { validateCem } from '@wc-toolkit/cem-validator';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const errors = (...rules) => Object.fromEntries(rules.map((rule) => [rule, 'error']));

try {
  await validateCem(manifest, {
    packageJsonPath: resolve(root, 'package.json'),
    // The base class has no tag of its own; the widgets that extend it are checked.
    exclude: ['CsrElement'],
    rules: {
      packageJson: errors('packageType', 'main', 'module', 'types', 'exports', 'customElementsProperty', 'publishedCem'),
      manifest: {
        ...errors('modulePath', 'definitionPath', 'typeDefinitionPath', 'exportTypes', 'tagName'),
        // The analyzer (0.11.0, the newest release) writes schema 1.0.0; the validator asks for the
        // newest schema (2.1.0), which describes more than the analyzer writes.
        schemaVersion: 'off',
      },
    },
  });
} catch (error) {
  console.error(String(error));
  process.exit(1);
}
console.log("custom-elements.json and package.json pass cem-validator’s rules.");
