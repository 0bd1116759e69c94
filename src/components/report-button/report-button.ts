import { adoptStyles, css, html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CsrElement, type SelectContext, type Selection } from '../../base/csr-element.js';
import { CsrReportEvent, type CsrReportOutcome } from '../../base/events.js';
import { problem } from '../../config/errors.js';
import { absence } from '../../config/validate.js';
import { warnOnce } from '../../runtime/namespace.js';
import { addStrings } from '../../config/l10n.js';
import { reportButtonStyles } from './report-button.styles.js';
import { REPORT_LIMITS } from '../../config/report.js';
import { is } from '../../config/kit.js';
import { LocaleSchema } from '../../config/schema.js';
import { loadDialog } from './load-dialog.js';
import { dialable } from './phone.js';
import { countryCode } from './hotlines.js';
import { issuesAt, formatIssue } from '../../config/validate.js';
// Types only: the dialog's code is in its own file, loaded on demand.
import type { DialogHost, ReportDialog, ReportModel } from './report-dialog.js';

// The types of this element's events and of its `problem`: tools that read custom-elements.json import
// an element's types from its module. The events' module also adds them to `GlobalEventHandlersEventMap`.
export type { CsrReportEvent, CsrReportDetail, CsrReportOutcome, CsrReadyEvent, CsrErrorEvent, CsrErrorDetail } from '../../base/events.js';
export type { CsrProblem } from '../../config/errors.js';

/**
 * A button that opens a dialog for reporting suspected child sexual abuse material to the NGO's
 * hotline: online, by phone, by SMS, or through an inline form sent to the hotline's intake.
 *
 * @tagname csr-report-button
 * @summary Reach the hotline from any page: guidance, the hotline's site, phone and SMS, and a report form that retries until the report is confirmed or the person is told it was not sent.
 * @slot - Fallback shown without JavaScript, while loading and when the config cannot be used; a plain link to the hotline, for example.
 * @csspart base - The wrapper around the button.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The modal dialog.
 * @csspart title - The dialog's heading.
 * @csspart close - The dialog's close button.
 * @csspart exit - The dialog's "Leave this page quickly" button (Shift pressed three times does the same).
 * @csspart guidance - The guidance text.
 * @csspart hotline - The line that names the hotline a report goes to.
 * @csspart ways - The list of ways to report (online, call, SMS).
 * @csspart way - Each way to report (a link).
 * @csspart form - The report form.
 * @csspart send - The form's send button.
 * @csspart outcome - The sending, sent or failed message; or the hotline's link when the dialog could not be loaded.
 * @cssproperty --csr-brand-primary - Background of the button and the primary actions.
 * @cssproperty --csr-brand-on-primary - Text on the button and the primary actions.
 * @cssproperty --csr-color-background - Background of the dialog.
 * @cssproperty --csr-color-text - Text colour.
 * @cssproperty --csr-color-focus - Focus ring colour.
 * @cssproperty --csr-radius - Corner radius.
 * @event csr-report - A report was sent or failed, or the person turned to the hotline's site, phone or SMS; `detail.outcome` is `sent`, `failed`, `opened-hotline`, `called` or `texted`.
 * @event csr-ready - The button is shown.
 * @event csr-error - The fallback is shown instead (`section-missing` when the config has no report section), or a report failed or the dialog could not be loaded (`report-failed`).
 */
export class CsrReportButton extends CsrElement<ReportModel> {
  static override variants: readonly NonNullable<CsrReportButton['variant']>[] = ['solid', 'outline'];
  static override styles = reportButtonStyles;
  static override get properties(): PropertyDeclarations {
    return { country: {}, unavailable: { state: true } };
  }

  /** The country whose hotline the dialog offers first, as an ISO 3166 code (`NO`); it must be one of the config's. Otherwise the choice falls to the partner's country (`report.partnerCountry`), the region of the page's or browser's language, then the default hotline. */
  country?: string;

  /** Look of the button: `solid` (the default) or `outline`. An unknown value falls back to the default with a console warning. */
  declare variant?: 'solid' | 'outline';

  /** The dialog's file could not be loaded: the hotline's link shows beside the button. */
  private unavailable = false;

  /** The dialog, once its file has arrived. */
  #dialog?: ReportDialog;
  /** The dialog's file on its way; forgotten when it could not be loaded, so that the next try asks again. */
  #loading?: Promise<ReportDialog>;
  #loads = 0;

  protected select({ config, partner, lang }: SelectContext): Selection<ReportModel> {
    const { report } = config;
    if (!report) return absence(config, 'report', 'section-invalid', 'section-missing', 'the config has no report section');
    if (!report.hotlineUrl && !report.phone && !report.sms && !report.endpoint) {
      return problem('section-invalid', 'report: offers no way to report (hotlineUrl, phone, sms or endpoint)');
    }
    const country = countryCode(this.country);
    const invalid = this.country?.trim() && !country;
    // Faults in other countries' hotlines, the exit page or partnerCountry left the default hotline working.
    const faults = issuesAt(config, 'report').map(formatIssue);
    return {
      model: {
        report,
        organization: this.text(config.organization.name) ?? '',
        partner: partner && config.partners.has(partner) ? partner : undefined,
        country,
        languages: [lang, ...navigator.languages],
      },
      warnings: invalid ? faults : faults.slice(1),
      notice: invalid
        ? problem('attribute-invalid', `country: "${this.country}" must be a country code such as "NO" (ISO 3166); using the next choice`)
        : faults[0]
          ? problem('config-invalid', `${faults[0]}; the report button works without it`)
          : undefined,
    };
  }

  protected renderContent(model: ReportModel): TemplateResult {
    const { report } = model;
    const dialog = this.#dialog;
    // The dialog's file is asked for when a person shows they are about to open it: pointer over or
    // touching the button, or focus on it; the click opens the dialog as soon as the file is there.
    return html`<div part="base" class="base variant-${this.resolvedVariant}" dir=${this.textDirection}>
      <button part="button" class="open" type="button" aria-haspopup="dialog" @click=${this.#open}
        @pointerenter=${this.#preload} @focus=${this.#preload} @touchstart=${{ handleEvent: this.#preload, passive: true }}>
        ${this.text(report.label) ?? this.t('report.label')}
      </button>
      ${this.unavailable ? this.#renderUnavailable(model) : nothing}
      ${dialog ? [dialog.renderOutside(model), dialog.render(model)] : nothing}
    </div>`;
  }

  /**
   * When the dialog's file cannot be loaded (offline, a blocked or missing file), the hotline is one
   * step away all the same: the page's own fallback (the element's children, a link to the hotline),
   * or else the hotline's site and phone from the config. Nothing was typed yet, so nothing is lost.
   */
  #renderUnavailable({ report: { hotlineUrl, phone }, organization }: ReportModel): TemplateResult {
    const own = this.childElementCount > 0 || !!this.textContent?.trim();
    return html`<div part="outcome" class="unavailable" role="alert">
      <p>${this.t('report.unavailable')}</p>
      ${own
        ? html`<slot></slot>`
        : html`${hotlineUrl
            ? html`<a href=${hotlineUrl} target="_blank" rel="noopener noreferrer" @click=${() => this.#emitOutcome('opened-hotline')}
                >${this.t('report.fallback', { organization })}<span class="visually-hidden"> ${this.t('opens-in-new-tab')}</span></a
              >`
            : nothing}
          ${phone ? html` <a href="tel:${dialable(phone)}" @click=${() => this.#emitOutcome('called')}>${phone}</a>` : nothing}`}
    </div>`;
  }

  /** The dialog, its file loaded once per element; a failed load is forgotten so that the next try asks again at a new address. */
  #load(): Promise<ReportDialog> {
    this.#loading ??= loadDialog(this.#loads++).then(
      ({ ReportDialog, reportDialogStrings }) => {
        addStrings(reportDialogStrings);
        this.#dialog ??= new ReportDialog(this.#dialogHost(), { html, nothing, css, adoptStyles });
        this.requestUpdate();
        return this.#dialog;
      },
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    );
    return this.#loading;
  }

  /** Loads the dialog ahead of the click; a failure here shows nothing, the click tries again. */
  readonly #preload = (): void => {
    this.#load().catch(() => undefined);
  };

  async #open(): Promise<void> {
    try {
      const dialog = await this.#load();
      this.unavailable = false;
      if (this.isConnected) dialog.open();
    } catch (error) {
      this.unavailable = true;
      this.emitError(problem('report-failed', `the report dialog could not be loaded (${String(error)}); the hotline's link is shown instead`));
    }
  }

  /** What the dialog needs of this element, its protected members included. */
  #dialogHost(): DialogHost {
    return {
      renderRoot: this.renderRoot,
      styles: (this.constructor as typeof CsrReportButton).elementStyles,
      requestUpdate: () => this.requestUpdate(),
      rendered: () => this.updateComplete,
      t: (key, params) => this.t(key, params),
      text: (value) => this.text(value),
      locale: () => {
        const lang = this.resolvedLang;
        return is(LocaleSchema, lang) && lang.length <= REPORT_LIMITS.locale ? lang : 'und';
      },
      emitOutcome: (outcome) => this.#emitOutcome(outcome),
      reportFailed: (message) => this.emitError(problem('report-failed', message)),
      warn: (message) => warnOnce(`${this.localName}:${message}`, message),
      focusButton: () => this.renderRoot.querySelector<HTMLElement>('.open')?.focus(),
    };
  }

  #emitOutcome(outcome: CsrReportOutcome): void {
    this.dispatchEvent(new CsrReportEvent({ outcome }));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-report-button': CsrReportButton;
  }
}
