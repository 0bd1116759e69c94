import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { resolve } from 'node:path';
import { fixtures } from './test/server/fixtures.js';
import { chromiumPath, CHROMIUM_ARGS } from './scripts/chromium.js';
import { versionDefine } from './scripts/version.js';

const root = import.meta.dirname;

export default {
  rootDir: root,
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  concurrentBrowsers: 1,
  testsFinishTimeout: 5 * 60 * 1000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: resolve(root, 'tsconfig.json'), target: 'es2022', define: versionDefine }),
    // Every test file first loads the module that keeps a failure about a DOM node reportable.
    {
      name: 'dom-failures',
      transform(context) {
        if (context.path.endsWith('.test.ts')) return { body: `import '/test/support/dom-failures.ts';\n${context.body}` };
      },
    },
  ],
  middleware: [fixtures],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS },
    }),
  ],
  testFramework: { config: { timeout: 20000 } },
};
