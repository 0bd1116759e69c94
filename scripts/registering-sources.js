// The source modules that register elements, read their script tag or add their strings when imported. package.json's
// `sideEffects` names only the shipped files (dist/), so every build of src/ marks these itself:
// without that, Vite, Rollup and esbuild read package.json and drop an import made only for its
// effect (`import './define.js'`), and the script-tag file would define nothing.
export const REGISTERING_SOURCES =
  /\/src\/(define\.ts|define\/[^/]+\.ts|csr-widgets\.ts|runtime\/capture-script\.ts|components\/[^/]+\/[^/]+\.strings\.ts)$/;

/** For Vite (the library builds, Storybook). */
export const keepRegistrations = () => ({
  name: 'csr-keep-registrations',
  transform(code, id) {
    return REGISTERING_SOURCES.test(id) ? { code, map: null, moduleSideEffects: true } : null;
  },
});

/** For esbuild (bench/size.js bundles src/ again to break the script down). */
export const keepRegistrationsEsbuild = {
  name: 'csr-keep-registrations',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.?\// }, async ({ path, importer, resolveDir, kind, pluginData }) => {
      if (pluginData === 'csr-keep-registrations') return undefined;
      const resolved = await builder.resolve(path, { importer, resolveDir, kind, pluginData: 'csr-keep-registrations' });
      return REGISTERING_SOURCES.test(resolved.path) ? { ...resolved, sideEffects: true } : undefined;
    });
  },
};
