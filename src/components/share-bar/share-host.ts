/** What the share bar's parts (the copy action, the Mastodon prompt) need from the bar. */
import type { ReactiveControllerHost } from 'lit';
import type { StringKey } from '../../config/l10n.js';
import type { CsrProblem } from '../../config/errors.js';
import type { ShareNetwork } from './networks.js';

export interface ShareHost {
  /** The bar itself, to update and to look into. */
  readonly element: ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  /** A string in the bar's language. */
  t(key: StringKey, params?: Record<string, string | number>): string;
  /** Reports a share that happened (`csr-share`). */
  shared(network: ShareNetwork, url: string): void;
  /** Reports a failed action (`csr-error`). */
  failed(problem: CsrProblem): void;
}

/** Runs `fn`, or gives `undefined` where it throws (an unparsable URL, storage that is blocked or full). */
export function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** After the host's next render, focuses its element with this id (and selects its text when asked). */
export async function focusAfterUpdate({ element: bar }: ShareHost, id: string, select?: boolean): Promise<void> {
  await bar.updateComplete;
  const element = bar.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
  element?.focus();
  if (select) element?.select();
}
