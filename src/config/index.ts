/**
 * The config core: schema, validation, errors, partner standing, strings and the other rules that
 * the widgets and the `csr-widgets` command share. Pure: it runs in Node as in the browser.
 */
export * from './schema.js';
export * from './validate.js';
export * from './decode.js';
export * from './errors.js';
export * from './partner.js';
export * from './origin.js';
export * from './report.js';
export * from './colour.js';
export * from './l10n.js';
