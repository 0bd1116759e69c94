import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { is } from '../../config/kit.js';
import { CsrElement, type SelectContext, type Selection } from '../../base/csr-element.js';
import { problem } from '../../config/errors.js';
import { LinkSchema, SHARE_NETWORKS } from '../../config/schema.js';
import { absence } from '../../config/validate.js';
import { baseURI } from '../../runtime/document.js';
import { CsrShareEvent } from '../../base/events.js';
import { themeStyles } from '../../base/theme.styles.js';
import { DEFAULT_NETWORKS, BRAND_NAMES, isNetwork, shareHref, type ShareContent, type ShareNetwork } from './networks.js';
import { attempt, type ShareHost } from './share-host.js';
import { CopyLink } from './copy-link.js';
import { MastodonShare } from './mastodon-share.js';
import { icon } from './icons.js';
import { shareBarStyles } from './share-bar.styles.js';

/** What the share bar renders: the content shared and the actions, in order. */
export interface ShareBarModel extends ShareContent {
  networks: readonly ShareNetwork[];
}

export { MASTODON_STORAGE_KEY } from './mastodon-share.js';

/** `href` of a share URL that is https (http only for localhost), or `undefined`. */
function safeUrl(value: string): string | undefined {
  const href = attempt(() => new URL(value, baseURI()).href);
  return href && is(LinkSchema, href) ? href : undefined;
}

/** The networks this browser can offer: the native share only where `navigator.share` exists. */
const offered = (networks: readonly ShareNetwork[]): ShareNetwork[] =>
  networks.filter((n) => n !== 'native' || typeof navigator.share === 'function');

/** Scrolls an action that gets focus wholly into its row's view (the browser may leave it half cut off). */
const reveal = (event: FocusEvent) => (event.target as HTMLElement).scrollIntoView({ block: 'nearest' });

// The types of this element's events and of its `problem`: tools that read custom-elements.json import
// an element's types from its module. The events' module also adds them to `GlobalEventHandlersEventMap`.
export type { CsrShareEvent, CsrShareDetail, CsrReadyEvent, CsrErrorEvent, CsrErrorDetail } from '../../base/events.js';
export type { CsrProblem } from '../../config/errors.js';

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
  static override variants: readonly NonNullable<CsrShareBar['variant']>[] = ['row', 'column', 'icons'];
  static override styles = [themeStyles, ...shareBarStyles];
  static override get properties() {
    return { url: {} };
  }

  /** Layout: `row` (the default), `column`, or `icons` (icon-only; the names stay for screen readers). An unknown value falls back to the default with a console warning. */
  declare variant?: 'row' | 'column' | 'icons';

  /** The page to share; overrides `share.url`. Must be https (http only for localhost); otherwise `share.url` is shared. */
  url?: string;

  readonly #parts: ShareHost = {
    element: this,
    t: (key, params) => this.t(key, params),
    shared: (network, url) => this.dispatchEvent(new CsrShareEvent({ network, url })),
    failed: (p) => this.emitError(p),
  };
  readonly #copy = new CopyLink(this.#parts);
  readonly #mastodon = new MastodonShare(this.#parts);

  protected select({ config }: SelectContext): Selection<ShareBarModel> {
    const share = config.share;
    if (!share) return absence(config, 'share', 'section-invalid', 'section-missing', 'the config has no share section');
    const own = this.url && safeUrl(this.url);
    const listed = share.networks ?? DEFAULT_NETWORKS;
    const unknown = listed.filter((name) => !isNetwork(name));
    return {
      model: {
        url: own || new URL(share.url).href,
        title: this.text(share.title) ?? this.t('share.title'),
        text: this.text(share.text) ?? this.t('share.text'),
        hashtags: share.hashtags ?? [],
        networks: offered([...new Set(listed.filter(isNetwork))]),
      },
      warnings: unknown.length
        ? [`share.networks: skipping unknown network ${unknown.map((n) => `"${n}"`).join(', ')} (known: ${SHARE_NETWORKS.join(', ')}).`]
        : [],
      notice:
        this.url && !own
          ? problem('attribute-invalid', `url: "${this.url}" must be an https URL (http only for localhost); sharing share.url instead`)
          : undefined,
    };
  }

  protected renderContent(model: ShareBarModel): TemplateResult {
    return html`<section part="base" class="bar variant-${this.resolvedVariant}" dir=${this.textDirection} aria-labelledby="title">
      <p part="title" class="title" id="title">${model.title}</p>
      ${this.resolvedVariant === 'icons' ? nothing : html`<p part="text" class="text">${model.text}</p>`}
      <ul part="actions" class="actions" aria-labelledby="title" @focusin=${reveal}>
        ${model.networks.map((network) => html`<li>${this.#renderAction(network, model)}</li>`)}
      </ul>
      ${this.#mastodon.render(model)} ${this.#copy.renderField(model.url)}
      <p part="status" class="status" role="status">${this.#copy.status}</p>
    </section>`;
  }

  /**
   * One action: a link for the networks with a share address, a button for the native share, Mastodon
   * and copy. Brand actions open a new tab (Mastodon too, once it knows the server), and say so.
   */
  #renderAction(network: ShareNetwork, model: ShareBarModel): TemplateResult {
    const brand = BRAND_NAMES[network];
    // The other actions are the native share, email and copy, each with its own string.
    const label = brand ?? this.t(`share.${network as 'native' | 'email' | 'copy'}`);
    const name = brand ? this.t('share.via', { network: brand }) : label;
    // Icon-only actions keep their words for screen readers.
    const inner = html`${icon(network)}<span part="label" class=${this.resolvedVariant === 'icons' ? 'visually-hidden' : 'label'}>${label}</span>`;
    const classes = `action action-${network}`;

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
        @click=${() => this.#parts.shared(network, model.url)}
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
      aria-expanded=${ifDefined(mastodon ? (this.#mastodon.open ? 'true' : 'false') : undefined)}
      aria-controls=${ifDefined(mastodon && this.#mastodon.open ? 'mastodon-prompt' : undefined)}
      title=${ifDefined(title)}
      @click=${() =>
        void (network === 'native' ? this.#nativeShare(model) : mastodon ? this.#mastodon.toggle(model) : this.#copy.copy(model.url))}
    >
      ${inner}
    </button>`;
  }

  async #nativeShare(model: ShareBarModel): Promise<void> {
    try {
      await navigator.share({ title: model.title, text: model.text, url: model.url });
      this.#parts.shared('native', model.url);
    } catch (error) {
      // A person who closes the share sheet has not met an error.
      if ((error as DOMException)?.name !== 'AbortError') this.emitError(problem('share-failed', `native: ${String(error)}`));
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-share-bar': CsrShareBar;
  }
}
