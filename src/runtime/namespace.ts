/**
 * The library's one global: `window.csrWidgets`. Every copy of the library on a page (the
 * script tag twice, or the script tag beside the npm build) shares it, so that they share one
 * config request per URL and one set of warnings.
 */
import type { CsrNamespace } from './protocol.js';

export type { CsrNamespace, PageDefault } from './protocol.js';

/** Replaced with package.json's version by every build (scripts/version.js). */
declare const __CSR_VERSION__: string;

export const VERSION: string = __CSR_VERSION__;

declare global {
  interface Window {
    csrWidgets?: CsrNamespace;
  }
}

export function namespace(): CsrNamespace {
  const existing = window.csrWidgets;
  if (existing && existing.configs instanceof Map && existing.warned instanceof Set) return existing;
  const created: CsrNamespace = { version: VERSION, configs: new Map(), page: {}, warned: new Set() };
  try {
    Object.defineProperty(window, 'csrWidgets', { value: created, configurable: true, writable: true });
  } catch {
    // A frozen window: keep a private copy; nothing is shared, but nothing breaks either.
  }
  return created;
}

/** Prints a console warning once per key per page. */
export function warnOnce(key: string, message: string): void {
  const { warned } = namespace();
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`[csr-widgets] ${message}`);
}
