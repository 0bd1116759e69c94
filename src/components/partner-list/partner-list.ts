import { html, nothing, type TemplateResult } from 'lit';
import { CsrElement, type SelectContext, type Selection } from '../../base/csr-element.js';
import { themeStyles } from '../../base/theme.styles.js';
import { isProblem } from '../../config/errors.js';
import { partnerStanding } from '../../config/partner.js';
import { listStyles } from './partner-list.styles.js';
import './partner-list.strings.js';

export type { CsrReadyEvent, CsrErrorEvent, CsrErrorDetail } from '../../base/events.js';
export type { CsrProblem } from '../../config/errors.js';

/** A partner's standing: active, or why the partnership does not show on the partner's site. */
export type Standing = 'active' | 'suspended' | 'ended' | 'expired';

export interface ListEntry {
  id: string;
  name: string;
  url?: string;
  standing: Standing;
  since?: number;
  validUntil?: string;
  awards: { title: string; year: number; url?: string }[];
}

export interface ListModel {
  organization: string;
  /** The organization's site that served the config. */
  site: string;
  entries: ListEntry[];
}

/** The entry id a URL fragment names (`#telenor`), if any. */
const fragment = (): string => decodeURIComponent(location.hash.slice(1));

/**
 * The NGO's list of its partners, for its own partners page: every partner in the config with its
 * standing (active, suspended, ended, expired), the year it became a partner, how long the
 * partnership is valid, and its awards. Each entry has an anchor (`#telenor`): a badge without
 * `verifyUrl` links there, and the entry named in the URL is highlighted and scrolled into view.
 * Built from the same config as the badges, so that one edit revokes a badge on the partner's site
 * and updates this list alike. Like a badge, it shows only a config that the organization's own
 * site served.
 *
 * @tagname csr-partner-list
 * @summary The NGO's partners with their standing, dates and awards: where a badge's link lands.
 * @slot - Fallback content, shown while loading and when the list cannot be shown.
 * @csspart base - The whole list, with its heading.
 * @csspart heading - The heading: "Partners of …" and the site that vouches for the list.
 * @csspart list - The scrolling list of entries.
 * @csspart entry - One partner's entry; `entry current` for the one the URL names.
 * @csspart status - A partner's standing.
 * @cssproperty --csr-brand-primary - Accent of the highlighted entry.
 * @cssproperty --csr-color-background - Background.
 * @cssproperty --csr-color-text - Text colour.
 * @cssproperty --csr-color-muted - Secondary text colour.
 * @cssproperty --csr-color-border - Borders.
 * @cssproperty --csr-radius - Corner radius.
 * @cssproperty --csr-font-size - Base size; the list scales with it.
 * @event csr-ready - The list is shown.
 * @event csr-error - The list cannot be shown; `detail.code` is for example `config-origin` or `config-invalid`.
 */
export class CsrPartnerList extends CsrElement<ListModel> {
  static override variants = ['list'];
  static override styles = [themeStyles, ...listStyles];

  /** Visual variant: `list`, a fixed-height list that scrolls (the only one so far). */
  declare variant?: 'list';

  #onHash = (): void => void this.#reveal();

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.#onHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.#onHash);
  }

  protected select({ config, site }: SelectContext): Selection<ListModel> {
    if (isProblem(site)) return site;
    const entries: ListEntry[] = [];
    for (const [id, partner] of config.partners) {
      const code = partnerStanding(id, partner)?.code;
      entries.push({
        id,
        name: this.text(partner.name) ?? id,
        url: partner.url,
        standing: code ? (code.slice('partner-'.length) as Standing) : 'active',
        since: partner.since,
        validUntil: partner.validUntil,
        awards: (partner.awards ?? []).flatMap((awardId) => {
          const award = config.awards.get(awardId);
          return award ? [{ title: this.text(award.title) ?? awardId, year: award.year, url: award.url }] : [];
        }),
      });
    }
    return { model: { organization: this.text(config.organization.name) ?? '', site, entries } };
  }

  /** Highlights the entry the URL names and scrolls it into view. */
  async #reveal(): Promise<void> {
    await this.updateComplete;
    const id = fragment();
    for (const entry of this.renderRoot.querySelectorAll<HTMLElement>('[part~=entry]')) {
      const current = entry.id === id;
      entry.part.toggle('current', current);
      entry.toggleAttribute('aria-current', current);
      if (current) entry.scrollIntoView({ block: 'nearest' });
    }
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    if (this.ready) void this.#reveal();
  }

  #date(date: string): string {
    try {
      return new Intl.DateTimeFormat(this.resolvedLang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
    } catch {
      return date;
    }
  }

  #renderEntry(e: ListEntry): TemplateResult {
    const name = e.url ? html`<a href=${e.url} target="_blank" rel="noopener">${e.name}</a>` : e.name;
    const facts = [e.since && this.t('list.since', { year: e.since }), e.validUntil && this.t('list.valid-until', { date: this.#date(e.validUntil) })].filter(Boolean);
    return html`<li part="entry" class="entry" id=${e.id}>
      <div class="top">
        <h3 class="name" dir="auto">${name}</h3>
        <span part="status" class="status ${e.standing}">${this.t(`list.status.${e.standing}`)}</span>
      </div>
      ${facts.length ? html`<p class="facts">${facts.join(' · ')}</p>` : nothing}
      ${e.awards.length
        ? html`<p class="awards"><span class="visually-hidden">${this.t('list.awards')}: </span>${e.awards.map((a, i) => {
            // "Årets Företagssamarbete 2013" names its year already.
            const name = a.title.includes(String(a.year)) ? a.title : this.t('list.award', a);
            return html`${i ? ', ' : ''}<span class="award" dir="auto"
              >${a.url ? html`<a href=${a.url} target="_blank" rel="noopener">${name}</a>` : name}</span
            >`;
          })}</p>`
        : nothing}
    </li>`;
  }

  protected renderContent(m: ListModel): TemplateResult {
    const label = this.t('list.label', { organization: m.organization, site: m.site });
    return html`<section part="base" class="wrap variant-list" dir=${this.textDirection} aria-label=${label}>
      <div part="heading" class="heading">
        <h2 class="title" dir="auto">${this.t('list.title', { organization: m.organization })}</h2>
        <span class="verified">${this.t('badge.verified', { site: m.site })}</span>
      </div>
      ${m.entries.length
        ? html`<ul part="list" class="list" tabindex="0" aria-label=${label}>${m.entries.map((e) => this.#renderEntry(e))}</ul>`
        : html`<p class="empty">${this.t('list.empty')}</p>`}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-partner-list': CsrPartnerList;
  }
}
