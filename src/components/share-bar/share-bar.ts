import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { is } from '../../config/kit.js';
import { isProblem } from '../../config/errors.js';
import { warnOnce } from '../../runtime/namespace.js';
import { CsrElement, type SelectContext, type Selection } from '../../base/csr-element.js';
import { problem } from '../../config/errors.js';
import { LinkSchema, SHARE_NETWORKS } from '../../config/schema.js';
import { absence, formatIssue, issuesAt } from '../../config/validate.js';
import { baseURI } from '../../runtime/document.js';
import { CsrShareEvent } from '../../base/events.js';
import { themeStyles } from '../../base/theme.styles.js';
import { DEFAULT_NETWORKS, BRAND_NAMES, isNetwork, shareHref, type ShareContent, type ShareNetwork } from './networks.js';
import { attempt, type ShareHost } from './share-host.js';
import { CopyLink } from './copy-link.js';
import { MastodonShare } from './mastodon-share.js';
import { icon } from './icons.js';
import { followLinks, renderFollow, type FollowLink } from './follow-links.js';
import { countShare, countText, shareCount } from './share-counter.js';
import { shareBarStyles } from './share-bar.styles.js';

/** What the share bar renders: the content shared and the actions, in order. */
export interface ShareBarModel extends ShareContent {
  networks: readonly ShareNetwork[];
  /** The organization's name, for "Follow {organization}". */
  organization: string;
  /** Links to the organization's own pages. */
  follow: readonly FollowLink[];
  /** The share counter, when the config names one (on the organization's site). */
  counter?: string;
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
 * @csspart title - The heading (a heading for assistive technology, of level `heading-level`).
 * @csspart count - The number of shares beside the heading, when the config has a share counter.
 * @csspart text - The line of text under the heading.
 * @csspart actions - The list of actions.
 * @csspart action - Each action (a link or a button).
 * @csspart icon - The icon of each action.
 * @csspart label - The visible label of each action.
 * @csspart follow - The follow row: "Follow {organization}" and its links, after the share actions.
 * @csspart follow-link - Each link to one of the organization's own pages.
 * @csspart prompt - The form that asks for a Mastodon server.
 * @csspart copy-field - The field showing the link when it could not be copied.
 * @csspart status - The line that announces a copied link.
 * @cssproperty --csr-brand-primary - Colour of the filled action (the native share) and of the Mastodon prompt's button.
 * @cssproperty --csr-color-background - Background of the bar.
 * @cssproperty --csr-color-border - Border of the bar and of each action.
 * @event csr-share - An action was used; `detail.network` and `detail.url` (the page shared).
 * @event csr-ready - The bar shows its content.
 * @event csr-error - The bar shows its fallback (`section-missing`, `section-invalid`, …), the `url` attribute is invalid (`attribute-invalid`; the config's `share.url` is shared instead), an action failed (`share-failed`), or the share counter gave no count (`counter-failed`; the bar stays, without a count).
 */
export class CsrShareBar extends CsrElement<ShareBarModel> {
  static override variants: readonly NonNullable<CsrShareBar['variant']>[] = ['row', 'column', 'icons'];
  static override styles = [themeStyles, ...shareBarStyles];
  static override get properties() {
    return { url: {}, headingLevel: { attribute: 'heading-level', type: Number }, show: {} };
  }

  /** Layout: `row` (the default), `column`, or `icons` (icon-only; the names stay for screen readers). An unknown value falls back to the default with a console warning. */
  declare variant?: 'row' | 'column' | 'icons';

  /** The page to share; overrides `share.url`. Must be https (http only for localhost); otherwise `share.url` is shared. */
  url?: string;

  /** The heading's level for assistive technology, 1 to 6 (default 2), to fit the page's outline. Any other value falls back to 2 with a console warning. */
  headingLevel?: number;

  /** Which actions to show: `share` (no follow links), `follow` (only the follow links), or both (`all`, the default, or any other value). */
  show?: 'all' | 'share' | 'follow';

  readonly #parts: ShareHost = {
    element: this,
    t: (key, params) => this.t(key, params),
    shared: (network, url) => {
      const counter = this.#counter;
      if (counter) {
        // Sent, not awaited: the share itself never waits for the counter.
        countShare(counter, network, url);
        if (this.#count?.value !== undefined) this.#count.value++;
        this.#showCount();
      }
      this.dispatchEvent(new CsrShareEvent({ network, url }));
    },
    failed: (p) => this.emitError(p),
  };
  readonly #copy = new CopyLink(this.#parts);
  readonly #mastodon = new MastodonShare(this.#parts);
  /** The counter of the model shown, and the count read for its page (`value` once it arrived). */
  #counter?: string;
  #count?: { key: string; value?: number };

  protected select({ config }: SelectContext): Selection<ShareBarModel> {
    const share = config.share;
    if (!share) return absence(config, 'share', 'section-invalid', 'section-missing', 'the config has no share section');
    const own = this.url && safeUrl(this.url);
    const listed = share.networks ?? DEFAULT_NETWORKS;
    const unknown = listed.filter((name) => !isNetwork(name));
    const follow = followLinks(config.organization.profiles);
    return {
      model: {
        url: own || new URL(share.url).href,
        title: this.text(share.title) ?? this.t('share.title'),
        text: this.text(share.text) ?? this.t('share.text'),
        hashtags: share.hashtags ?? [],
        networks: offered([...new Set(listed.filter(isNetwork))]),
        organization: this.text(config.organization.name)!,
        follow: follow.links,
        // On the organization's site, or validation left it out.
        counter: share.counter,
      },
      warnings: [
        ...(unknown.length ? [`share.networks: skipping unknown network ${unknown.map((n) => `"${n}"`).join(', ')} (known: ${SHARE_NETWORKS.join(', ')}).`] : []),
        ...follow.unknown.map((name) => `organization.profiles.${name}: not a known profile; skipped.`),
        // Left out by validation, each with its path: a bad profile link, a bad or off-site counter.
        ...[...issuesAt(config, 'organization.profiles'), ...issuesAt(config, 'share.counter')].map(formatIssue),
      ],
      notice:
        this.url && !own
          ? problem('attribute-invalid', `url: "${this.url}" must be an https URL (http only for localhost); sharing share.url instead`)
          : undefined,
    };
  }

  protected renderContent(model: ShareBarModel): TemplateResult {
    const { counter } = model;
    this.#counter = counter;
    if (counter) this.#readCount(counter, model.url);
    const { show } = this;
    return html`<section part="base" class="bar variant-${this.resolvedVariant}" dir=${this.textDirection} aria-labelledby="title">
      <div class="head">
        <p part="title" class="title" id="title" role="heading" aria-level=${this.#headingLevel}>${model.title}</p>
        ${counter ? html`<span part="count" class="count"></span>` : nothing}
      </div>
      ${this.resolvedVariant === 'icons' ? nothing : html`<p part="text" class="text">${model.text}</p>`}
      <ul part="actions" class="actions" aria-labelledby="title" @focusin=${reveal}>
        ${show === 'follow' ? nothing : model.networks.map((network) => html`<li>${this.#renderAction(network, model)}</li>`)}
        ${show === 'share' ? nothing : renderFollow(this.#parts, model.follow, model.organization)}
      </ul>
      ${this.#mastodon.render(model)} ${this.#copy.renderField(model.url)}
      <p part="status" class="status" role="status">${this.#copy.status}</p>
    </section>`;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.#showCount();
  }

  /**
   * The count, written into its place (held from the start) rather than rendered: every bar on a
   * page gets its count at the same moment, and rendering them all again for it would hold the page.
   */
  #showCount(): void {
    const place = this.renderRoot.querySelector('.count');
    const value = this.#count?.value;
    if (place) place.textContent = value === undefined ? '' : countText(this.#parts, this.resolvedLang, value);
  }

  /** The heading level: `heading-level` when it is 1 to 6, else 2. */
  get #headingLevel(): number {
    const level = this.headingLevel ?? 2;
    if (Number.isInteger(level) && level > 0 && level < 7) return level;
    warnOnce(`heading-level:${level}`, `<csr-share-bar> heading-level must be 1 to 6, not "${this.getAttribute('heading-level') ?? level}"; 2 is used.`);
    return 2;
  }

  /** Reads the count once per counter and page; a counter that fails leaves the bar as it is, without a count. */
  #readCount(counter: string, url: string): void {
    const key = `${counter} ${url}`;
    if (this.#count?.key === key) return;
    const count: { key: string; value?: number } = (this.#count = { key });
    void shareCount(counter, url).then((outcome) => {
      if (this.#count !== count) return;
      if (isProblem(outcome)) {
        warnOnce(outcome.message, outcome.message);
        this.emitError(outcome);
      } else {
        count.value = outcome;
        this.#showCount();
      }
    });
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
