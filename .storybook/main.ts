// Storybook for designers: every widget, state, theme and language, offline. Telemetry and
// version checks are off (the scripts also pass --no-version-updates and set
// STORYBOOK_DISABLE_TELEMETRY=1), so neither `storybook dev` nor `storybook build` reaches the
// internet.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: {
    name: '@storybook/web-components-vite',
    // The project's vite.config.ts builds the library; Storybook gets its own plain config.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The example config and its pages (logo, partner pages) from demo/, and the fixture configs.
  staticDirs: [
    { from: '../demo', to: '/demo' },
    { from: '../stories/configs', to: '/configs' },
  ],
  docs: { defaultName: 'Docs' },
};

export default config;
