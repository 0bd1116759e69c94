/**
 * Code the script-tag file does not carry, in files of their own beside it, loaded with
 * `import()` only when a page needs them: `<csr-partner-list>` once its tag is in the page, and
 * the report sender once a person opens a report dialog. The pages that do not use them do not pay
 * for them. `import()` is no Trusted Types sink: a strict page (`script-src 'self';
 * require-trusted-types-for 'script'`) needs nothing more; a file on another origin must be served
 * with CORS, as CDNs do.
 */
import { VERSION, warnOnce } from './namespace.js';
import { currentScript, querySelector } from './document.js';

const byTag = Reflect.get(Document.prototype, 'getElementsByTagName', document) as Document['getElementsByTagName'];

/** This script's own address, read while it runs; as a module there is no current script, and any tag of ours will do. */
const script = ((currentScript() ?? querySelector('script[src*="csr-widgets"]')) as HTMLScriptElement | null)?.src;

/**
 * Imports `file` from beside this script. Each `attempt` has its own address: after a failure a
 * browser would answer the same one from its record of the failure.
 */
export const importBeside = (file: string, attempt = 0): Promise<any> =>
  import(/* @vite-ignore */ new URL(`${file}?v=${VERSION}&attempt=${attempt}`, script).href);

/** Imports `file` once an element `tag` is in the document, now or later. */
export function onDemand(tag: string, file: string): void {
  const found = byTag.call(document, tag);
  const load = (): void => {
    if (!found.length) return;
    observer.disconnect();
    importBeside(file).catch((error: unknown) => warnOnce(tag, `<${tag}> could not be loaded: ${String(error)}`));
  };
  const observer = new MutationObserver(load);
  observer.observe(document, { childList: true, subtree: true });
  load();
}
