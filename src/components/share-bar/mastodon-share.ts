/**
 * The share bar's Mastodon action. Mastodon has no one share address: the person names their
 * server once (kept on their device only), and later shares go straight to it, with a way to
 * change it.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { mastodonHost, mastodonHref, type ShareContent } from './networks.js';
import { attempt, focusAfterUpdate, type ShareHost } from './share-host.js';

/** Where the Mastodon server a person typed is kept, on this device only. */
export const MASTODON_STORAGE_KEY = 'csr-widgets:mastodon-instance';

export class MastodonShare {
  /** Whether the prompt for a server is open. */
  open = false;
  /** Whether the name typed is not a server name. */
  invalid = false;
  /** The server of the last share, offered for change (a typo is remembered too). */
  used?: string;
  #draft = '';

  readonly #host: ShareHost;

  constructor(host: ShareHost) {
    this.#host = host;
  }

  #set(state: Partial<Pick<MastodonShare, 'open' | 'invalid' | 'used'>>): void {
    Object.assign(this, state);
    this.#host.element.requestUpdate();
  }

  /** The action: closes an open prompt, shares to the remembered server, or asks for one. */
  toggle(content: ShareContent): void {
    if (this.open) return this.#close();
    const remembered = mastodonHost(attempt(() => localStorage.getItem(MASTODON_STORAGE_KEY)) ?? '');
    if (remembered) this.#share(remembered, content);
    else this.#ask();
  }

  #submit(event: SubmitEvent, content: ShareContent): void {
    event.preventDefault();
    const input = this.#host.element.renderRoot.querySelector<HTMLInputElement>('#mastodon-instance');
    const host = mastodonHost(input?.value ?? '');
    if (host) {
      // Storage may be full or blocked; the person is simply asked again next time.
      attempt(() => localStorage.setItem(MASTODON_STORAGE_KEY, host));
      this.#share(host, content);
      this.#close();
    } else {
      this.#set({ invalid: true });
      input?.focus();
    }
  }

  #share(server: string, content: ShareContent): void {
    window.open(mastodonHref(server, content), '_blank', 'noopener,noreferrer');
    this.#set({ used: server });
    this.#host.shared('mastodon', content.url);
  }

  /** Forgets the remembered server and asks again, starting from the old name. */
  #change(): void {
    attempt(() => localStorage.removeItem(MASTODON_STORAGE_KEY));
    this.#ask(this.used);
    this.#set({ used: undefined });
  }

  /** Opens the prompt, filled with `draft`, and focuses it. */
  #ask(draft = ''): void {
    this.#draft = draft;
    this.#set({ invalid: false, open: true });
    void focusAfterUpdate(this.#host, 'mastodon-instance', true);
  }

  #close(): void {
    this.#set({ open: false });
    void focusAfterUpdate(this.#host, 'mastodon');
  }

  #keydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.#close();
  }

  /** The prompt while it is open, else the offer to change the server last used, else nothing. */
  render(content: ShareContent): TemplateResult | typeof nothing {
    const { t } = this.#host;
    if (!this.open) {
      return this.used
        ? html`<p class="after-share">
            <button type="button" class="change" @click=${() => this.#change()}>${t('share.mastodon.change', { host: this.used })}</button>
          </p>`
        : nothing;
    }
    return html`<form
      part="prompt"
      class="prompt"
      id="mastodon-prompt"
      novalidate
      @submit=${(e: SubmitEvent) => this.#submit(e, content)}
      @keydown=${(e: KeyboardEvent) => this.#keydown(e)}
    >
      <label for="mastodon-instance">${t('share.mastodon.prompt')}</label>
      <div class="prompt-row">
        <input
          id="mastodon-instance"
          name="instance"
          type="text"
          inputmode="url"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          .value=${this.#draft}
          aria-invalid=${this.invalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.invalid ? 'mastodon-error' : undefined)}
        />
        <button type="submit" class="action primary">${t('share.mastodon.save')}</button>
        <button type="button" class="action" @click=${() => this.#close()}>${t('share.mastodon.cancel')}</button>
      </div>
      ${this.invalid ? html`<p id="mastodon-error" class="error" role="alert">${t('share.mastodon.invalid')}</p>` : nothing}
    </form>`;
  }
}
