import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { readdirSync } from 'node:fs';

const root = import.meta.dirname;
const defineEntries = Object.fromEntries(
  readdirSync(resolve(root, 'src/define'))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => [`define/${f.replace(/\.ts$/, '')}`, resolve(root, 'src/define', f)]),
);

/**
 * Two builds: `vite build --mode script` makes dist/csr-widgets.js, one self-contained classic
 * script (IIFE); `vite build` makes the npm ES modules with lit as a dependency.
 */
export default defineConfig(({ mode }) =>
  mode === 'script'
    ? {
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2021',
          minify: true,
          sourcemap: true,
          lib: {
            entry: resolve(root, 'src/csr-widgets.ts'),
            formats: ['iife'],
            name: 'csrWidgetsBundle',
            fileName: () => 'csr-widgets.js',
          },
        },
      }
    : {
        build: {
          outDir: 'dist/npm',
          emptyOutDir: true,
          target: 'es2021',
          minify: false,
          sourcemap: true,
          lib: {
            entry: {
              index: resolve(root, 'src/index.ts'),
              define: resolve(root, 'src/define.ts'),
              'config/index': resolve(root, 'src/config/index.ts'),
              ...defineEntries,
            },
            formats: ['es'],
          },
          rollupOptions: {
            external: [/^lit(\/|$)/, /^@lit\//, /^valibot$/],
            output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
          },
        },
      },
);
