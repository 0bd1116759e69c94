/**
 * The configs stories load, all served by Storybook itself (see staticDirs in .storybook/main.ts):
 * the example config at demo/csr.json and small fixture configs in stories/configs/. The example
 * config names the demo server's pages as http://localhost:4173/…; a story gets a copy whose
 * addresses point at the pages Storybook serves under /demo/, handed to the widget as a blob: URL,
 * so that nothing a story shows (a logo, a link) leaves this Storybook.
 */
import { LAST_GOOD_PREFIX } from '../../src/runtime/loader.js';
import { namespace } from '../../src/runtime/namespace.js';

/** What a story's `parameters.config` may name. */
export type ConfigName =
  /** The example config (demo/csr.json). */
  | 'example'
  /** A fixture config in stories/configs/ (file name without .json). */
  | `fixture:${string}`
  /** A served file that does not exist: HTTP 404. */
  | 'http-404'
  /** A served file that is not JSON. */
  | 'not-json'
  /** A URL that fails at the network level (a revoked blob: URL; no request leaves the page). */
  | 'network-error'
  /** A config request that never answers: the widget stays in its loading state. */
  | 'never-answers'
  /** No config at all. */
  | 'none';

const DEMO_ORIGIN = 'http://localhost:4173';

/** The folder Storybook serves from: the built site may live under a sub-path. */
const base = (): string => {
  const path = location.pathname;
  return path.endsWith('/iframe.html') ? path.slice(0, -'iframe.html'.length) : '/';
};

export const servedUrl = (path: string): string => new URL(base() + path, location.origin).href;

/**
 * The loader keeps a last-known-good copy per config URL in localStorage; blob: URLs are new on
 * every page load, so their copies would pile up. Drop them when Storybook starts.
 */
function dropBlobCopies(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(`${LAST_GOOD_PREFIX}blob:`)) localStorage.removeItem(key);
  } catch {
    // Storage blocked: nothing was kept either.
  }
}
dropBlobCopies();

const copies = new Map<string, Promise<string>>();

/** A blob: URL of a served config with the demo's addresses pointing at Storybook's /demo/. */
function rewrittenCopy(path: string): Promise<string> {
  let copy = copies.get(path);
  if (!copy) {
    copy = fetch(servedUrl(path))
      .then((response) => {
        if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
        return response.text();
      })
      .then((text) => {
        // The demo server's share counter is a fixed count here (stories/configs/share-count.json).
        const json = text
          .replaceAll(`${DEMO_ORIGIN}/api/share-count`, servedUrl('configs/share-count.json'))
          .replaceAll(DEMO_ORIGIN, servedUrl('demo').replace(/\/$/, ''));
        return URL.createObjectURL(new Blob([json], { type: 'application/json' }));
      });
    copies.set(path, copy);
  }
  return copy;
}

let revoked: string | undefined;

/** The `src` for a story's config name; `undefined` for `none`. */
export async function configSrc(name: ConfigName): Promise<string | undefined> {
  switch (name) {
    case 'none':
      return undefined;
    case 'example':
      return rewrittenCopy('demo/csr.json');
    case 'http-404':
      return servedUrl('configs/does-not-exist.json');
    case 'not-json':
      return servedUrl('configs/not-json.txt');
    case 'network-error':
      if (!revoked) {
        revoked = URL.createObjectURL(new Blob(['{}'], { type: 'application/json' }));
        URL.revokeObjectURL(revoked);
      }
      return revoked;
    case 'never-answers': {
      const url = servedUrl('configs/never-answers.json');
      // The loader shares one request per URL through the page's namespace: a pending entry
      // stands for a server that has not answered yet.
      const { configs } = namespace();
      if (!configs.has(url)) configs.set(url, new Promise(() => {}));
      return url;
    }
    default:
      return rewrittenCopy(`configs/${name.slice('fixture:'.length)}.json`);
  }
}
