// Storybook's own Vite config: the root vite.config.ts is a library build and does not apply here.
import { defineConfig } from 'vite';
import { versionDefine } from '../scripts/version.js';
import { keepRegistrations } from '../scripts/registering-sources.js';

export default defineConfig({
  define: versionDefine,
  // package.json's `sideEffects` names the shipped files; src/'s registering modules are marked here.
  plugins: [keepRegistrations()],
  // Everything Storybook serves comes from this machine: no CDN, no remote fonts.
  server: { host: '127.0.0.1' },
  // Storybook's own manager and docs bundles are large; that is not the library's size.
  build: { chunkSizeWarningLimit: 2000 },
});
