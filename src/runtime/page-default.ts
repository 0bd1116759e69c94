/**
 * The page default: the script tag's `data-src` and `data-partner`. Read when the script runs
 * (`document.currentScript`, for classic scripts with or without `defer`/`async`) and, failing
 * that (`type="module"`), from any script tag on the page that carries `data-src`.
 */
import { namespace, type PageDefault } from './namespace.js';
import { currentScript, querySelector } from './document.js';

export function capturePageDefault(script: Element | null = currentScript()): void {
  const page = namespace().page;
  if (page.src) return;
  const found = readScript(script);
  if (found.src) Object.assign(page, found);
}

const readScript = (script: Element | null): PageDefault =>
  script instanceof HTMLScriptElement && script.hasAttribute('data-src')
    ? { src: script.getAttribute('data-src') ?? undefined, partner: script.getAttribute('data-partner') ?? undefined }
    : {};

export function pageDefault(): PageDefault {
  const page = namespace().page;
  if (!page.src) {
    const script = querySelector('script[data-src][src*="csr-widgets"]') ?? querySelector('script[data-src]');
    Object.assign(page, readScript(script));
  }
  return page;
}
