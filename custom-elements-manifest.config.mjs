// Configuration of the custom-elements manifest (`npm run analyze`).
export default {
  globs: ['src/**/*.ts'],
  // The studio's page is its own build, not part of the package's elements.
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/studio/**'],
  litelement: true,
  // package.json names custom-elements.json itself; the drift check writes elsewhere.
  packagejson: false,
};
