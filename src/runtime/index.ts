/** The browser runtime: the shared namespace, config loading and its cache, the page default. */
export { loadConfig, configureLoader, clearConfigCache, absoluteUrl, LAST_GOOD_PREFIX, type FetchOutcome, type LoaderOptions } from './loader.js';
export { getConfig, type ConfigState } from './get-config.js';
export { VERSION, namespace, warnOnce, type CsrNamespace, type PageDefault } from './namespace.js';
