// `npm run test:stories`: every story, with its play function and an axe check (the a11y addon's
// test mode is 'error' in preview.ts), as a test in headless Chromium.
import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { chromiumPath, CHROMIUM_ARGS } from '../scripts/chromium.js';
import { versionDefine } from '../scripts/version.js';

const configDir = import.meta.dirname;

export default defineConfig({
  root: resolve(configDir, '..'),
  plugins: [storybookTest({ configDir, storybookScript: 'npm run storybook -- --ci' })],
  // Storybook's test plugin does not read .storybook/vite.config.ts.
  define: versionDefine,
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
    },
  },
});
