import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { CsrElement, type SelectContext, type Selection } from '../../base/csr-element.js';
import { themeStyles, cardReserveStyles } from '../../base/theme.styles.js';
import { absence } from '../../config/validate.js';
import { isProblem, problem } from '../../config/errors.js';
import type { Text } from '../../config/schema.js';
import { ribbonStyles } from './award-ribbon.styles.js';

/** A config text in the widget's language, with the language it is written in (for `lang`). */
interface Localised {
  text: string;
  lang?: string;
}

export interface AwardModel {
  title: Localised;
  year: number;
  issuer: Localised;
  href?: string;
  citation?: Localised;
}

const CITATION_ID = 'citation';

// The types of this element's events and of its `problem`: tools that read custom-elements.json import
// an element's types from its module. The events' module also adds them to `GlobalEventHandlersEventMap`.
export type { CsrReadyEvent, CsrErrorEvent, CsrErrorDetail } from '../../base/events.js';
export type { CsrProblem } from '../../config/errors.js';

/**
 * An award the partner won with the NGO: its title, year and issuer, linked to the award's page,
 * with the jury's citation in a disclosure. Shows only awards that the config lists for the
 * partner, and only while the partner is in good standing.
 *
 * @tagname csr-award-ribbon
 * @summary An award's title, year and issuer, with the jury's citation on demand.
 * @slot - Fallback content, shown while loading and when the award cannot be shown.
 * @csspart base - The whole widget.
 * @csspart card - The award's box (the ribbon card, the seal with its button, or the inline line).
 * @csspart title - The award's title (a link to the award's page when the config gives one).
 * @csspart issuer - "Awarded by …" (the issuer's name on the seal).
 * @csspart year - The year on the ribbon's corner and on the seal.
 * @csspart toggle - The button that shows and hides the jury's citation.
 * @csspart citation - The jury's citation.
 * @cssproperty --csr-brand-primary - Ribbon, seal and medal fill; defaults to the config's brand colour when it passes WCAG AA.
 * @cssproperty --csr-brand-on-primary - Text on the brand fill.
 * @cssproperty --csr-color-background - Card background.
 * @cssproperty --csr-color-text - Text colour.
 * @cssproperty --csr-color-muted - Secondary text colour.
 * @cssproperty --csr-color-border - Card border.
 * @cssproperty --csr-radius - Corner radius of the card.
 * @cssproperty --csr-font-size - Base size; the ribbon scales with it.
 * @event csr-ready - The award is shown.
 * @event csr-error - The award cannot be shown; `detail.code` is for example `award-not-for-partner`, `award-unknown` or `partner-suspended`.
 */
export class CsrAwardRibbon extends CsrElement<AwardModel> {
  static override variants: readonly NonNullable<CsrAwardRibbon['variant']>[] = ['ribbon', 'seal', 'inline'];
  static override styles = [themeStyles, cardReserveStyles, ...ribbonStyles];
  static override get properties(): PropertyDeclarations {
    return {
      award: {},
      open: { state: true },
    };
  }

  /** Layout: `ribbon` (the default), `seal` (a round seal) or `inline` (one line). An unknown value falls back to the default with a console warning. */
  declare variant?: 'ribbon' | 'seal' | 'inline';

  /** Id of the award in the config; default: the partner's first award. */
  award?: string;

  private open = false;

  #localise(value: Text): Localised;
  #localise(value: Text | undefined): Localised | undefined;
  #localise(value: Text | undefined): Localised | undefined {
    const text = this.text(value);
    if (text === undefined || value === undefined) return undefined;
    const lang = typeof value === 'string' ? undefined : Object.keys(value).find((key) => value[key] === text);
    return { text, lang };
  }

  protected select(context: SelectContext): Selection<AwardModel> {
    const { config, partner: id } = context;
    const partner = this.partnerShown(context);
    if (isProblem(partner)) return partner;
    const listed = partner.awards ?? [];
    const awardId = this.award || listed[0];
    if (!awardId) return problem('award-unknown', `partners.${id}.awards: the partner lists no award; set the award attribute`);
    const award = config.awards.get(awardId);
    if (!award) return absence(config, `awards.${awardId}`, 'award-invalid', 'award-unknown', 'the config lists no such award');
    if (!listed.includes(awardId)) {
      return problem('award-not-for-partner', `partners.${id}.awards: does not list "${awardId}", so the partner cannot show it`);
    }
    return {
      model: {
        title: this.#localise(award.title),
        year: award.year,
        issuer: this.#localise(award.issuer.name),
        href: award.url,
        citation: this.#localise(award.citation),
      },
    };
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('award') || changed.has('partner') || changed.has('src')) this.open = false;
    super.willUpdate(changed);
  }

  #toggle(): void {
    this.open = !this.open;
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Escape' || !this.open) return;
    this.open = false;
    this.renderRoot.querySelector<HTMLButtonElement>('.toggle')?.focus();
  }

  /** The award's name for links that show it in pieces: "Title 2013, awarded by FRII". */
  #label(m: AwardModel): string {
    const year = m.title.text.includes(String(m.year)) ? '' : m.year;
    return this.t('award.label', { title: m.title.text, year, issuer: m.issuer.text })
      .replace(/\s+,/, ',')
      .replace(/\s{2,}/g, ' ');
  }

  #link(href: string | undefined, content: unknown, cls: string): TemplateResult {
    return href
      ? html`<a part="title" class=${cls} href=${href} target="_blank" rel="noopener"
          >${content} <span class="visually-hidden">${this.t('opens-in-new-tab')}</span></a
        >`
      : html`<span part="title" class=${cls}>${content}</span>`;
  }

  #renderToggle(m: AwardModel, variant: string): TemplateResult | typeof nothing {
    if (!m.citation) return nothing;
    const text = this.t(this.open ? 'award.citation.hide' : 'award.citation.show');
    const icon =
      variant === 'inline'
        ? html`<svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3 9.5C3 6.5 4.5 4.5 7 4v1.75C5.75 6.25 5.25 7 5.25 8H7v4H3zm6 0c0-3 1.5-5 4-5.5v1.75C11.75 6.25 11.25 7 11.25 8H13v4H9z" fill="currentColor" />
          </svg>`
        : html`<svg class="chevron" viewBox="0 0 16 16" aria-hidden="true">
            <path d="M3.5 6l4.5 4.5L12.5 6" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" />
          </svg>`;
    return html`<button
      part="toggle"
      class="toggle"
      type="button"
      aria-expanded=${this.open ? 'true' : 'false'}
      aria-controls=${CITATION_ID}
      title=${ifDefined(variant === 'inline' ? text : undefined)}
      @click=${this.#toggle}
    >
      ${variant === 'inline' ? html`<span class="visually-hidden">${text}</span>` : text}${icon}
    </button>`;
  }

  #renderCard(m: AwardModel, variant: string): TemplateResult {
    const issuer = this.t('award.by', { issuer: m.issuer.text });
    if (variant === 'seal') {
      return html`<div part="card" class="card">
        ${this.#link(
          m.href,
          html`<span class="visually-hidden">${this.#label(m)}</span>
            <span aria-hidden="true" class="issuer" part="issuer" lang=${ifDefined(m.issuer.lang)}>${m.issuer.text}</span>
            <span aria-hidden="true" class="big-year" part="year">${m.year}</span>
            <span aria-hidden="true" class="title" lang=${ifDefined(m.title.lang)}>${m.title.text}</span>`,
          'seal',
        )}
        ${this.#renderToggle(m, variant)}
      </div>`;
    }
    const medal = html`<svg class="medal" viewBox="0 0 40 40" aria-hidden="true">
      <path d="M13 2h6l-3 12h-6zM21 2h6l3 12h-6z" fill="currentColor" opacity="0.55" />
      <circle cx="20" cy="24" r="13" fill="currentColor" />
      <path class="on" d="M20 16.5l2.3 4.7 5.2.8-3.8 3.6.9 5.1-4.6-2.4-4.6 2.4.9-5.1-3.8-3.6 5.2-.8z" />
    </svg>`;
    return html`<div part="card" class="card">
      ${medal}
      <div class="body" dir="auto">
        ${this.#link(m.href, html`<span lang=${ifDefined(m.title.lang)}>${m.title.text}</span>`, 'title')}
        <span part="issuer" class="issuer" lang=${ifDefined(variant === 'inline' ? m.issuer.lang : undefined)}
          >${variant === 'inline' ? `· ${m.issuer.text}${m.title.text.includes(String(m.year)) ? '' : ` ${m.year}`}` : issuer}</span
        >
        ${variant === 'ribbon' ? this.#renderToggle(m, variant) : nothing}
      </div>
      ${variant === 'inline' ? this.#renderToggle(m, variant) : nothing}
      ${variant === 'ribbon' ? html`<span part="year" class="year">${m.year}</span>` : nothing}
    </div>`;
  }

  protected renderContent(m: AwardModel): TemplateResult {
    const variant = this.resolvedVariant;
    return html`<div part="base" class="award variant-${variant}" dir=${this.textDirection} @keydown=${this.#onKeydown}>
      ${this.#renderCard(m, variant)}
      ${m.citation
        ? html`<div part="citation" class="citation" id=${CITATION_ID} ?hidden=${!this.open}>
            <p class="heading">${this.t('award.citation.heading')}</p>
            <blockquote dir="auto" lang=${ifDefined(m.citation.lang)}>${m.citation.text}</blockquote>
          </div>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-award-ribbon': CsrAwardRibbon;
  }
}
