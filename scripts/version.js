// The library's version comes from package.json alone: every build, the test runners and
// Storybook write it into the code in place of `__CSR_VERSION__` (src/runtime/namespace.ts).
import { readFileSync } from 'node:fs';

export const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** For the `define` option of vite and esbuild. */
export const versionDefine = { __CSR_VERSION__: JSON.stringify(version) };
