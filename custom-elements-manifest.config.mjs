// Configuration of the custom-elements manifest (`npm run analyze`).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'],
  litelement: true,
  // package.json names custom-elements.json itself; the drift check writes elsewhere.
  packagejson: false,
};
