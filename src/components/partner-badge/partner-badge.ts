import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CsrElement, type SelectContext, type Selection } from '../../base/csr-element.js';
import { themeStyles, cardReserveStyles } from '../../base/theme.styles.js';
import { isProblem } from '../../config/errors.js';
import { confirmationPage } from '../../config/origin.js';
import { badgeStyles } from './partner-badge.styles.js';

export interface BadgeModel {
  organization: string;
  partner: string;
  logo?: string;
  /** The partner's own `badgeText`, shown instead of ours. */
  custom?: string;
  since?: number;
  /** The page that confirms the partnership, on the organization's site. */
  href: string;
  /** The organization's site that served the config, named as the one that vouches for the badge. */
  site: string;
}

/** Logo size in CSS px per variant: the `width` and `height` of the image. */
const LOGO_PX: Record<string, number> = { full: 48, compact: 30, mark: 52 };
const SLOT = '\u0000';

/** "ES" for "ECPAT Sverige": the compact mark is too small for a name, which its line shows anyway. */
const initials = (name: string) =>
  name
    .split(/\s+/)
    .slice(0, 2)
    .map((word) => [...word][0] ?? '')
    .join('')
    .toUpperCase();

// The types of this element's events and of its `problem`: tools that read custom-elements.json import
// an element's types from its module. The events' module also adds them to `GlobalEventHandlersEventMap`.
export type { CsrReadyEvent, CsrErrorEvent, CsrErrorDetail } from '../../base/events.js';
export type { CsrProblem } from '../../config/errors.js';

/**
 * A verifiable "Proud partner of …" badge: the NGO's mark and a localised line, linked to the NGO's
 * page that confirms the partnership. Shown only while the config lists the partner as active and
 * unexpired (and, when it names domains, only on those hosts); otherwise the fallback shows.
 *
 * @tagname csr-partner-badge
 * @summary The NGO's mark and "Proud partner of …", linked to the NGO's confirmation of the partnership.
 * @slot - Fallback content, shown while loading and when the badge cannot be shown (for example a revoked partner).
 * @csspart base - The badge: one link to the verification page.
 * @csspart mark - The box holding the NGO's logo or, failing that, its name.
 * @csspart logo - The NGO's logo image.
 * @csspart name - The NGO's name (its initials in `compact`), shown in the mark's box when there is no logo or it fails to load.
 * @csspart check - The verified tick on the mark.
 * @csspart text - The badge's line ("Proud partner of …" or the partner's own badge text).
 * @csspart since - "since {year}", when the config gives the year (`full`).
 * @csspart verified - "Verified by {site}": the organization's site that served the config (in `mark`, the site alone).
 * @cssproperty --csr-brand-primary - Accent and mark fill; defaults to the config's brand colour when it passes WCAG AA.
 * @cssproperty --csr-brand-on-primary - Text and tick on the brand fill.
 * @cssproperty --csr-color-background - Card background.
 * @cssproperty --csr-color-text - Text colour.
 * @cssproperty --csr-color-muted - Secondary text colour.
 * @cssproperty --csr-color-border - Card border.
 * @cssproperty --csr-radius - Corner radius of the card.
 * @cssproperty --csr-font-size - Base size; the badge scales with it.
 * @event csr-ready - The badge is shown.
 * @event csr-error - The badge cannot be shown; `detail.code` is for example `partner-suspended`, `partner-expired` or `partner-domain`.
 */
export class CsrPartnerBadge extends CsrElement<BadgeModel> {
  static override variants: readonly NonNullable<CsrPartnerBadge['variant']>[] = ['full', 'compact', 'mark'];
  static override styles = [themeStyles, cardReserveStyles, ...badgeStyles];
  static override get properties(): PropertyDeclarations {
    return {
      failedLogo: { state: true },
    };
  }

  /** Layout: `full` (the default), `compact` (two lines in a rounded box) or `mark` (the NGO's mark and the site that vouches for it). An unknown value falls back to the default with a console warning. */
  declare variant?: 'full' | 'compact' | 'mark';

  /** The logo URL that failed to load; the name stands in for it. */
  private failedLogo?: string;

  protected select(context: SelectContext): Selection<BadgeModel> {
    const { config, partner: id, site } = context;
    const partner = this.partnerShown(context);
    if (isProblem(partner)) return partner;
    const { organization } = config;
    return {
      model: {
        organization: this.text(organization.name) ?? '',
        partner: this.text(partner.name) ?? id!,
        logo: organization.logo,
        custom: this.text(partner.badgeText),
        since: partner.since,
        href: confirmationPage(organization, id!, partner.verifyUrl),
        site: site as string,
      },
    };
  }

  /** The mark; hidden from assistive technology, as the link's text names the NGO. */
  #renderMark(m: BadgeModel, variant: string): TemplateResult {
    const size = LOGO_PX[variant];
    const logo =
      m.logo && m.logo !== this.failedLogo
        ? html`<img part="logo" src=${m.logo} width=${size} height=${size} alt=${m.organization} @error=${() => (this.failedLogo = m.logo)} />`
        : html`<span part="name" class="name">${variant === 'compact' ? initials(m.organization) : m.organization}</span>`;
    return html`<span part="mark" class="mark" aria-hidden="true">
      ${logo}
      <span part="check" class="check"
        ><svg viewBox="0 0 16 16" aria-hidden="true">
          <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round" /></svg
      ></span>
    </span>`;
  }

  /** "Proud partner of" and the organization's name, split so that the name can stand out. */
  #renderLine(m: BadgeModel): TemplateResult {
    if (m.custom) return html`<span class="custom">${m.custom}</span>`;
    const [before, after] = this.t('badge.text', { organization: SLOT }).split(SLOT);
    if (after === undefined) return html`<span class="custom">${before}</span>`;
    const lead = (words: string) => html`<span class="lead">${words.trim()}</span>`;
    // No trailing space: the hidden sentence that follows starts with its own full stop.
    return html`${before.trim() ? html`${lead(before)} ` : nothing}<span class="org">${m.organization}</span>${after.trim()
        ? html` ${lead(after)}`
        : nothing}`;
  }

  /** "Verified by ecpat.se"; in `mark` the site alone shows, and the words are for assistive technology. */
  #renderVerified(m: BadgeModel, variant: string): TemplateResult {
    const words = this.t('badge.verified', { site: m.site });
    return variant === 'mark'
      ? html`<span class="visually-hidden">${words}</span><span part="verified" class="verified" aria-hidden="true">${m.site}</span>`
      : html`<span part="verified" class="verified">${words}</span>`;
  }

  protected renderContent(m: BadgeModel): TemplateResult {
    const variant = this.resolvedVariant;
    const since = m.since && variant === 'full' ? this.t('badge.since', { year: m.since }) : '';
    const label = this.t('badge.label', { partner: m.partner, organization: m.organization, site: m.site });
    // The link's name is its visible words (WCAG 2.5.3), then who is partner of whom and where it leads.
    const hidden = html`<span class="visually-hidden">. ${label} ${this.t('opens-in-new-tab')}</span>`;
    return html`<a part="base" class="badge variant-${variant}" dir=${this.textDirection} href=${m.href} target="_blank" rel="noopener">
      ${this.#renderMark(m, variant)}
      <span part="text" class="text" dir="auto"
        >${variant === 'mark' ? nothing : this.#renderLine(m)}${since ? html` <span part="since" class="since">${since}</span>` : nothing}
        ${this.#renderVerified(m, variant)}${hidden}</span
      >
      ${variant === 'full'
        ? html`<svg class="external" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M7 3h6v6M13 3 6.5 9.5M11 10v3H3V5h3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" stroke-linejoin="round" />
          </svg>`
        : nothing}
    </a>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-partner-badge': CsrPartnerBadge;
  }
}
