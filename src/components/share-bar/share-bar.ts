import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { is } from '../../config/kit.js';
import { CsrElement, type SelectContext } from '../../base/csr-element.js';
import { problem, type CsrProblem } from '../../config/errors.js';
import { LinkSchema, SHARE_NETWORKS } from '../../config/schema.js';
import { absence } from '../../config/validate.js';
import { warnOnce } from '../../runtime/namespace.js';
import { baseURI } from '../../runtime/document.js';
import { CsrShareEvent } from '../../base/events.js';
import { themeStyles } from '../../base/theme.styles.js';
import { DEFAULT_NETWORKS, BRAND_NAMES, isNetwork, mastodonHost, mastodonHref, shareHref, type ShareContent, type ShareNetwork } from './networks.js';
import { icon } from './icons.js';
import { shareBarStyles } from './share-bar.styles.js';

/** What the share bar renders: the content shared and the actions, in order. */
export interface ShareBarModel extends ShareContent {
  networks: readonly ShareNetwork[];
}

/** Where the Mastodon server a person typed is kept, on this device only. */
export const MASTODON_STORAGE_KEY = 'csr-widgets:mastodon-instance';

/** Runs `fn`, or gives `undefined` where it throws (an unparsable URL, storage that is blocked or full). */
function attempt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    return undefined;
  }
}

/** `href` of a share URL that is https (http only for localhost), or `undefined`. */
function safeUrl(value: string): string | undefined {
  const href = attempt(() => new URL(value, baseURI()).href);
  return href && is(LinkSchema, href) ? href : undefined;
}

/** The networks this browser can offer: the native share only where `navigator.share` exists. */
const offered = (networks: readonly ShareNetwork[]): ShareNetwork[] =>
  networks.filter((n) => n !== 'native' || typeof navigator.share === 'function');

/**
 * A heading, a line of text and share actions for the campaign page in the config's `share`
 * section. Private by default: nothing is fetched from, and nothing is stored for, any network
 * until a person uses an action (the Mastodon server they type is the one thing kept, on their
 * device).
 *
 * @tagname csr-share-bar
 * @summary Share actions for the NGO's campaign page: native share, social networks, email and copy link.
 * @slot - Fallback shown while the config loads and when the widget cannot render (for example a plain link).
 * @csspart base - The bar.
 * @csspart title - The heading line.
 * @csspart text - The line of text under the heading.
 * @csspart actions - The list of actions.
 * @csspart action - Each action (a link or a button).
 * @csspart icon - The icon of each action.
 * @csspart label - The visible label of each action.
 * @csspart prompt - The form that asks for a Mastodon server.
 * @csspart copy-field - The field showing the link when it could not be copied.
 * @csspart status - The line that announces a copied link.
 * @cssproperty --csr-brand-primary - Colour of the filled action (the native share) and of the Mastodon prompt's button.
 * @cssproperty --csr-color-background - Background of the bar.
 * @cssproperty --csr-color-border - Border of the bar and of each action.
 * @event csr-share - An action was used; `detail.network` and `detail.url` (the page shared).
 * @event csr-ready - The bar shows its content.
 * @event csr-error - The bar shows its fallback (`section-missing`, `section-invalid`, …), the `url` attribute is invalid (`attribute-invalid`; the config's `share.url` is shared instead), or an action failed (`share-failed`).
 */
export class CsrShareBar extends CsrElement<ShareBarModel> {
  static override variants = ['row', 'column', 'icons'];
  static override styles = [themeStyles, shareBarStyles];
  static override get properties(): PropertyDeclarations {
    return {
      url: {},
      mastodonOpen: { state: true },
      mastodonInvalid: { state: true },
      mastodonUsed: { state: true },
      copyFieldShown: { state: true },
      status: { state: true },
    };
  }

  /** The page to share; overrides `share.url`. Must be https (http only for localhost); otherwise `share.url` is shared. */
  url?: string;

  private mastodonOpen = false;
  private mastodonInvalid = false;
  /** The server of the last Mastodon share, offered for change (a typo is remembered too). */
  private mastodonUsed?: string;
  #mastodonDraft = '';
  private copyFieldShown = false;
  private status = '';

  #urlProblem?: CsrProblem;
  #reportedUrlProblem?: string;

  protected select({ config }: SelectContext): ShareBarModel | CsrProblem {
    const share = config.share;
    if (!share) return absence(config, 'share', 'section-invalid', 'section-missing', 'the config has no share section');
    return {
      url: this.#pageUrl(share.url),
      title: this.text(share.title) ?? this.t('share.title'),
      text: this.text(share.text) ?? this.t('share.text'),
      hashtags: share.hashtags ?? [],
      networks: this.#networks(share.networks),
    };
  }

  /** The `url` attribute when it is safe, else the config's (already validated) `share.url`. */
  #pageUrl(configUrl: string): string {
    const own = this.url && safeUrl(this.url);
    this.#urlProblem =
      this.url && !own
        ? problem('attribute-invalid', 'url: must be an https URL (http only for localhost); sharing share.url instead')
        : undefined;
    return own || new URL(configUrl).href;
  }

  #networks(names: readonly string[] | undefined): ShareNetwork[] {
    const listed = names ?? DEFAULT_NETWORKS;
    const unknown = listed.filter((name) => !isNetwork(name));
    if (unknown.length) {
      warnOnce(
        `share-networks:${unknown.join(',')}`,
        `share.networks: skipping unknown network ${unknown.map((n) => `"${n}"`).join(', ')} (known: ${SHARE_NETWORKS.join(', ')}).`,
      );
    }
    return offered([...new Set(listed.filter(isNetwork))]);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const key = this.ready && this.#urlProblem ? `${this.url}` : undefined;
    if (key !== this.#reportedUrlProblem) {
      this.#reportedUrlProblem = key;
      if (key && this.#urlProblem) this.emitError(this.#urlProblem);
    }
  }

  protected override renderPlaceholder(): TemplateResult {
    // The same layout with the default strings and networks, hidden, so that the box keeps its size.
    const model: ShareBarModel = {
      url: location.href,
      title: this.t('share.title'),
      text: this.t('share.text'),
      hashtags: [],
      networks: offered(DEFAULT_NETWORKS),
    };
    return html`<div part="base" class="reserve variant-${this.resolvedVariant}" aria-busy="true" dir=${this.textDirection}>
      <div class="bar ghost" aria-hidden="true">${this.#renderBody(model, true)}</div>
      <div class="fallback"><slot></slot></div>
    </div>`;
  }

  protected renderContent(model: ShareBarModel): TemplateResult {
    return html`<section part="base" class="bar variant-${this.resolvedVariant}" dir=${this.textDirection} aria-labelledby="title">
      ${this.#renderBody(model, false)}
      ${this.mastodonOpen ? this.#renderMastodonPrompt(model) : nothing}
      ${this.mastodonUsed && !this.mastodonOpen
        ? html`<p class="after-share">
            <button type="button" class="change" @click=${this.#changeMastodon}>
              ${this.t('share.mastodon.change', { host: this.mastodonUsed })}
            </button>
          </p>`
        : nothing}
      ${this.copyFieldShown
        ? html`<div class="copy-field">
            <label for="copy-field" class="visually-hidden">${this.t('share.copy')}</label>
            <input
              id="copy-field"
              part="copy-field"
              readonly
              .value=${model.url}
              @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
            />
          </div>`
        : nothing}
      <p part="status" class="status" role="status">${this.status}</p>
    </section>`;
  }

  /** The heading, the text and the actions; in the hidden placeholder (`ghost`) with no ids and inert actions. */
  #renderBody(model: ShareBarModel, ghost: boolean): TemplateResult {
    return html`<p part="title" class="title" id=${ifDefined(ghost ? undefined : 'title')}>${model.title}</p>
      ${this.resolvedVariant === 'icons' ? nothing : html`<p part="text" class="text">${model.text}</p>`}
      <ul part="actions" class="actions" aria-labelledby=${ifDefined(ghost ? undefined : 'title')}>
        ${model.networks.map((network) => html`<li>${this.#renderAction(network, model, ghost)}</li>`)}
      </ul>`;
  }

  /**
   * One action: a link for the networks with a share address, a button for the native share, Mastodon
   * and copy. Brand actions open a new tab (Mastodon too, once it knows the server), and say so.
   */
  #renderAction(network: ShareNetwork, model: ShareBarModel, ghost: boolean): TemplateResult {
    const brand = BRAND_NAMES[network];
    // The other actions are the native share, email and copy, each with its own string.
    const label = brand ?? this.t(`share.${network as 'native' | 'email' | 'copy'}`);
    const name = brand ? this.t('share.via', { network: brand }) : label;
    const inner = html`${icon(network)}<span part="label" class="label">${label}</span>`;
    const classes = `action action-${network}`;
    if (ghost) return html`<span class=${classes}>${inner}</span>`;

    const newTab = brand ? `${name} ${this.t('opens-in-new-tab')}` : undefined;
    const title = this.resolvedVariant === 'icons' ? name : undefined;
    const href = shareHref(network, model);
    if (href) {
      return html`<a
        part="action"
        class=${classes}
        href=${href}
        target=${ifDefined(brand ? '_blank' : undefined)}
        rel=${ifDefined(brand ? 'noopener noreferrer' : undefined)}
        aria-label=${ifDefined(newTab)}
        title=${ifDefined(title)}
        @click=${() => this.#shared(network, model.url)}
        >${inner}</a
      >`;
    }
    const mastodon = network === 'mastodon';
    return html`<button
      part="action"
      type="button"
      class=${classes}
      id=${ifDefined(mastodon ? 'mastodon' : undefined)}
      aria-label=${ifDefined(newTab)}
      aria-expanded=${ifDefined(mastodon ? (this.mastodonOpen ? 'true' : 'false') : undefined)}
      aria-controls=${ifDefined(mastodon && this.mastodonOpen ? 'mastodon-prompt' : undefined)}
      title=${ifDefined(title)}
      @click=${() =>
        void (network === 'native' ? this.#nativeShare(model) : mastodon ? this.#mastodon(model) : this.#copy(model.url))}
    >
      ${inner}
    </button>`;
  }

  #renderMastodonPrompt(model: ShareBarModel): TemplateResult {
    return html`<form
      part="prompt"
      class="prompt"
      id="mastodon-prompt"
      novalidate
      @submit=${(e: SubmitEvent) => this.#submitMastodon(e, model)}
      @keydown=${this.#promptKeydown}
    >
      <label for="mastodon-instance">${this.t('share.mastodon.prompt')}</label>
      <div class="prompt-row">
        <input
          id="mastodon-instance"
          name="instance"
          type="text"
          inputmode="url"
          autocomplete="off"
          autocapitalize="none"
          spellcheck="false"
          .value=${this.#mastodonDraft}
          aria-invalid=${this.mastodonInvalid ? 'true' : 'false'}
          aria-describedby=${ifDefined(this.mastodonInvalid ? 'mastodon-error' : undefined)}
        />
        <button type="submit" class="action primary">${this.t('share.mastodon.save')}</button>
        <button type="button" class="action" @click=${this.#closeMastodon}>${this.t('share.mastodon.cancel')}</button>
      </div>
      ${this.mastodonInvalid
        ? html`<p id="mastodon-error" class="error" role="alert">${this.t('share.mastodon.invalid')}</p>`
        : nothing}
    </form>`;
  }

  #shared(network: ShareNetwork, url: string): void {
    this.dispatchEvent(new CsrShareEvent({ network, url }));
  }

  /** After the next render, focuses the element with this id (and selects its text when asked). */
  async #focus(id: string, select?: boolean): Promise<void> {
    await this.updateComplete;
    const element = this.renderRoot.querySelector<HTMLInputElement>(`#${id}`);
    element?.focus();
    if (select) element?.select();
  }

  async #nativeShare(model: ShareBarModel): Promise<void> {
    try {
      await navigator.share({ title: model.title, text: model.text, url: model.url });
      this.#shared('native', model.url);
    } catch (error) {
      // A person who closes the share sheet has not met an error.
      if ((error as DOMException)?.name !== 'AbortError') this.emitError(problem('share-failed', `native: ${String(error)}`));
    }
  }

  async #copy(url: string): Promise<void> {
    // Empty the live region first, so that a second copy is announced again.
    this.status = '';
    await this.updateComplete;
    let copied: boolean | undefined = true;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No Clipboard API, or no permission: fall back to a selected field.
      this.copyFieldShown = true;
      await this.#focus('copy-field', true);
      copied = attempt(() => document.execCommand('copy'));
    }
    this.status = this.t(copied ? 'share.copied' : 'share.copy-failed');
    if (copied) this.#shared('copy', url);
    else this.emitError(problem('share-failed', 'copy: the clipboard is not available; the link is shown to copy by hand'));
  }

  /** The Mastodon action: closes an open prompt, shares to the remembered server, or asks for one. */
  #mastodon(model: ShareBarModel): void {
    if (this.mastodonOpen) return this.#closeMastodon();
    const remembered = mastodonHost(attempt(() => localStorage.getItem(MASTODON_STORAGE_KEY)) ?? '');
    if (remembered) this.#openMastodon(remembered, model);
    else this.#askMastodon();
  }

  #submitMastodon(event: SubmitEvent, model: ShareBarModel): void {
    event.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>('#mastodon-instance');
    const host = mastodonHost(input?.value ?? '');
    if (host) {
      // Storage may be full or blocked; the person is simply asked again next time.
      attempt(() => localStorage.setItem(MASTODON_STORAGE_KEY, host));
      this.#openMastodon(host, model);
      this.#closeMastodon();
    } else {
      this.mastodonInvalid = true;
      input?.focus();
    }
  }

  #openMastodon(host: string, model: ShareBarModel): void {
    window.open(mastodonHref(host, model), '_blank', 'noopener,noreferrer');
    this.mastodonUsed = host;
    this.#shared('mastodon', model.url);
  }

  /** Forgets the remembered server and asks again, starting from the old name. */
  #changeMastodon(): void {
    attempt(() => localStorage.removeItem(MASTODON_STORAGE_KEY));
    this.#askMastodon(this.mastodonUsed);
    this.mastodonUsed = undefined;
  }

  /** Opens the prompt for a Mastodon server, filled with `draft`, and focuses it. */
  #askMastodon(draft = ''): void {
    this.#mastodonDraft = draft;
    this.mastodonInvalid = false;
    this.mastodonOpen = true;
    void this.#focus('mastodon-instance', true);
  }

  #promptKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    this.#closeMastodon();
  }

  #closeMastodon(): void {
    this.mastodonOpen = false;
    void this.#focus('mastodon');
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-share-bar': CsrShareBar;
  }
}
