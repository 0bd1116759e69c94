/**
 * A widget's language and direction: its own `lang`, else the nearest ancestor's (crossing shadow
 * roots), else the document's; `dir` from the nearest ancestor that sets it, else the language's.
 * Connected widgets update when the document's `lang` or `dir` changes (a page switching language).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isRtl } from '../config/l10n.js';
import { documentElement } from '../runtime/document.js';

type LanguageHost = ReactiveControllerHost & HTMLElement;

const connected = new Set<LanguageHost>();
let watching = false;

function watchDocument(): void {
  if (watching) return;
  watching = true;
  try {
    new MutationObserver(() => connected.forEach((host) => host.requestUpdate())).observe(documentElement(), {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
    });
  } catch {
    // A page that breaks MutationObserver loses live language switching, nothing else.
  }
}

/** The nearest element up the tree (crossing shadow roots) that has `attribute`. */
function closestWithAttribute(start: Element, attribute: string): Element | null {
  let node: Element | null = start;
  while ((node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null))) {
    if (node.hasAttribute(attribute)) return node;
  }
  return null;
}

export class LanguageController implements ReactiveController {
  readonly #host: LanguageHost;

  constructor(host: LanguageHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    connected.add(this.#host);
    watchDocument();
  }

  hostDisconnected(): void {
    connected.delete(this.#host);
  }

  /** The language in use. */
  get lang(): string {
    const host = this.#host;
    return host.lang || host.getAttribute('lang') || closestWithAttribute(host, 'lang')?.getAttribute('lang') || documentElement().lang || 'en';
  }

  /** `rtl` or `ltr`: an explicit `dir` on the element or an ancestor wins, else the language decides. */
  get dir(): 'rtl' | 'ltr' {
    const host = this.#host;
    const dir = (host.getAttribute('dir') || closestWithAttribute(host, 'dir')?.getAttribute('dir'))?.toLowerCase();
    return dir === 'rtl' || dir === 'ltr' ? dir : isRtl(this.lang) ? 'rtl' : 'ltr';
  }
}
