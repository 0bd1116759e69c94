/**
 * Registration that never throws: a tag that is already defined (the script included twice, or
 * the script-tag build beside the npm build) is left alone, with one warning if versions differ.
 */
import { VERSION, warnOnce } from '../runtime/namespace.js';

export function define(tag: string, element: CustomElementConstructor): void {
  try {
    const existing = customElements.get(tag) as (CustomElementConstructor & { csrVersion?: string }) | undefined;
    if (existing) {
      if (existing !== element && existing.csrVersion !== VERSION) {
        warnOnce(
          `version:${tag}`,
          `<${tag}> is already defined by version ${existing.csrVersion ?? 'unknown'}; this copy (${VERSION}) is not used for it.`,
        );
      }
      return;
    }
    customElements.define(tag, element);
  } catch (error) {
    warnOnce(`define:${tag}`, `<${tag}> could not be defined: ${String(error)}`);
  }
}
