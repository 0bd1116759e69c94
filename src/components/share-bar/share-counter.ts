/**
 * The share bar's counter, an endpoint on the organization's own site (`share.counter`; the README
 * gives its contract). A share tells it `{network, url}` and nothing else, without waiting for an
 * answer; the total for a page is read once per page load, whatever the number of bars (or copies
 * of the library), like the config. Neither request carries cookies or a `Referer`.
 */
import { problem, type CsrProblem } from '../../config/errors.js';
import { namespace } from '../../runtime/namespace.js';
import { attempt, type ShareHost } from './share-host.js';

/** The largest count believed: a bigger one is an answer gone wrong. */
export const MAX_COUNT = 1e9;

/** How long a count may take before the bar gives up on it (tests shorten it). */
export const counterOptions = { timeoutMs: 5000 };

const PRIVATE: RequestInit = { credentials: 'omit', referrerPolicy: 'no-referrer' };

/**
 * Tells the counter about a share. The body is JSON sent as `text/plain` (fetch's type for a string),
 * a simple request with no CORS preflight; `keepalive` lets it finish when the share leaves the page.
 */
export function countShare(counter: string, network: string, url: string): void {
  fetch(counter, { ...PRIVATE, method: 'POST', keepalive: true, body: JSON.stringify({ network, url }) }).catch(() => {});
}

/** The total shares of `url`, or the problem that leaves it unknown; one request per counter and page. */
export function shareCount(counter: string, url: string): Promise<number | CsrProblem> {
  const address = new URL(counter);
  address.searchParams.set('url', url);
  const counts = (namespace().counts ??= new Map());
  let pending = counts.get(address.href);
  if (!pending) counts.set(address.href, (pending = readCount(address.href)));
  return pending;
}

async function readCount(address: string): Promise<number | CsrProblem> {
  const { timeoutMs } = counterOptions;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let why: string | undefined;
  try {
    const response = await fetch(address, { ...PRIVATE, signal: controller.signal });
    why = `HTTP ${response.status}`;
    if (response.ok) {
      why = 'not JSON';
      const count: unknown = (JSON.parse(await response.text()) as { count?: unknown } | null)?.count;
      why = `"count" is not a whole number from 0 to ${MAX_COUNT}`;
      if (Number.isInteger(count) && (count as number) >= 0 && (count as number) <= MAX_COUNT) return count as number;
    }
  } catch {
    why = controller.signal.aborted ? `no answer in ${timeoutMs} ms` : (why ?? 'network or CORS error');
  } finally {
    clearTimeout(timer);
  }
  return problem('counter-failed', `share.counter: ${address}: ${why}; no count shown`);
}

/** The plural rules and number format of each language, made once (every bar of a page asks). */
const formats = new Map<string, readonly [Intl.PluralRules, Intl.NumberFormat]>();

/** "12 delningar": the count written out for `lang`, in the form its plural rules pick (`one`, else `other`). */
export function countText({ t }: Pick<ShareHost, 't'>, lang: string, count: number): string {
  const [plural, number] = formats.get(lang) ?? formats.set(lang, attempt(() => [new Intl.PluralRules(lang), new Intl.NumberFormat(lang)] as const) ?? [new Intl.PluralRules(), new Intl.NumberFormat()]).get(lang)!;
  return t(plural.select(count) == 'one' ? 'share.count.one' : 'share.count.other', { count: number.format(count) });
}
