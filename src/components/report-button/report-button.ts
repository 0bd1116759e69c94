import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CsrElement, type SelectContext } from '../../base/csr-element.js';
import { CsrReportEvent, type CsrReportOutcome } from '../../base/events.js';
import { problem, type CsrProblem } from '../../config/errors.js';
import { issuesAt, formatIssue } from '../../config/validate.js';
import type { Report } from '../../config/schema.js';
import { reportButtonStyles } from './report-button.styles.js';
import {
  REPORT_LIMITS,
  REPORT_PLACES,
  newIdempotencyKey,
  sendReport,
  type ReportBody,
  type ReportPlace,
} from './send-report.js';

export { configureReportSending, REPORT_LIMITS, REPORT_PLACES, type ReportBody, type ReportSendingOptions } from './send-report.js';

interface ReportModel {
  report: Report;
  organization: string;
  partner?: string;
}

type Phase = 'idle' | 'sending' | 'sent' | 'failed';
type FieldName = 'url' | 'description' | 'contact';

const LOCALE = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

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
 * @csspart guidance - The guidance text.
 * @csspart ways - The list of ways to report (online, call, SMS).
 * @csspart way - Each way to report (a link).
 * @csspart form - The report form.
 * @csspart send - The form's send button.
 * @csspart outcome - The sending, sent or failed message.
 * @cssproperty --csr-brand-primary - Background of the button and the primary actions.
 * @cssproperty --csr-brand-on-primary - Text on the button and the primary actions.
 * @cssproperty --csr-color-background - Background of the dialog.
 * @cssproperty --csr-color-text - Text colour.
 * @cssproperty --csr-color-focus - Focus ring colour.
 * @cssproperty --csr-radius - Corner radius.
 * @event csr-report - A report was sent or failed, or the person turned to the hotline's site, phone or SMS; `detail.outcome` is `sent`, `failed`, `opened-hotline`, `called` or `texted`.
 * @event csr-ready - The button is shown.
 * @event csr-error - The fallback is shown instead (`section-missing` when the config has no report section), or a report failed (`report-failed`).
 */
export class CsrReportButton extends CsrElement<ReportModel> {
  static override variants = ['solid', 'outline'];
  static override styles = reportButtonStyles;
  static override get properties(): PropertyDeclarations {
    return {
      phase: { state: true },
      errors: { state: true },
      receipt: { state: true },
      intakeMessage: { state: true },
      outcomeOutside: { state: true },
    };
  }

  private phase: Phase = 'idle';
  private errors: Partial<Record<FieldName, string>> = {};
  private receipt?: string;
  private intakeMessage?: string;
  /** An outcome that arrived while the dialog was closed is shown beside the button. */
  private outcomeOutside = false;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }
  get #opener(): HTMLButtonElement | null {
    return this.renderRoot.querySelector('button.open');
  }

  /** One key per report, reused on every retry and resend until the report is confirmed. */
  #idempotencyKey?: string;

  protected select({ config, partner }: SelectContext): ReportModel | CsrProblem {
    const { report } = config;
    if (!report) {
      const issues = issuesAt(config, 'report');
      return issues.length
        ? problem('section-invalid', issues.map(formatIssue).join('; '))
        : problem('section-missing', 'report: the config has no report section');
    }
    if (!report.hotlineUrl && !report.phone && !report.sms && !report.endpoint) {
      return problem('section-invalid', 'report: offers no way to report (hotlineUrl, phone, sms or endpoint)');
    }
    return {
      report,
      organization: this.text(config.organization.name) ?? '',
      partner: partner && config.partners.has(partner) ? partner : undefined,
    };
  }

  protected renderContent(model: ReportModel): TemplateResult {
    const { report } = model;
    return html`<div part="base" class="base variant-${this.resolvedVariant}" dir=${this.textDirection}>
      <button part="button" class="open" type="button" aria-haspopup="dialog" @click=${this.#open}>
        ${this.text(report.label) ?? this.t('report.label')}
      </button>
      ${this.outcomeOutside ? html`<div class="outside">${this.#renderOutcome(report)}</div>` : nothing}
      <dialog part="dialog" aria-labelledby="title" aria-describedby="guidance" @close=${this.#onClose}>
        <div class="head">
          <h2 id="title" part="title">${this.t('report.title')}</h2>
          <button part="close" class="close" type="button" aria-label=${this.t('report.close')} @click=${this.#close}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p id="guidance" part="guidance" class="guidance">${this.text(report.guidance) ?? this.t('report.guidance')}</p>
        ${this.#renderWays(report, matchMedia('(pointer: coarse)').matches)}
        ${report.endpoint ? this.#renderForm(model) : nothing}
      </dialog>
    </div>`;
  }

  #renderWays(report: Report, phoneFirst: boolean): TemplateResult | typeof nothing {
    if (!report.hotlineUrl && !report.phone && !report.sms) return nothing;
    const online = report.hotlineUrl
      ? html`<li>${this.#onlineLink(report.hotlineUrl)}</li>`
      : nothing;
    const call = report.phone ? html`<li>${this.#callLink(report.phone)}</li>` : nothing;
    const sms = report.sms
      ? html`<li>
          <a part="way" class="way" href="sms:${dialable(report.sms)}" @click=${() => this.#emitOutcome('texted')}>
            ${this.t('report.sms', { phone: report.sms })}
          </a>
        </li>`
      : nothing;
    return html`<ul part="ways" class="ways">${phoneFirst ? [call, sms, online] : [online, call, sms]}</ul>`;
  }

  #onlineLink(href: string): TemplateResult {
    return html`<a part="way" class="way" href=${href} target="_blank" rel="noopener noreferrer" @click=${() => this.#emitOutcome('opened-hotline')}>
      ${this.t('report.online')}<span aria-hidden="true">&nbsp;↗</span><span class="visually-hidden"> ${this.t('opens-in-new-tab')}</span>
    </a>`;
  }

  #callLink(phone: string): TemplateResult {
    return html`<a part="way" class="way" href="tel:${dialable(phone)}" @click=${() => this.#emitOutcome('called')}>
      ${this.t('report.call', { phone })}
    </a>`;
  }

  #renderForm(model: ReportModel): TemplateResult {
    const { errors } = this;
    const { report } = model;
    const max = REPORT_LIMITS.description;
    const sending = this.phase === 'sending';
    return html`<form part="form" class="form" novalidate autocomplete="off" aria-labelledby="form-title"
      @submit=${(event: SubmitEvent) => this.#submit(event, model)}>
      <h3 id="form-title">${this.t('report.form.heading')}</h3>
      <div class="field">
        <label for="url">${this.t('report.form.url')}</label>
        <p id="url-hint" class="hint">${this.t('report.form.url.hint')}</p>
        <input id="url" name="url" type="text" inputmode="url" autocomplete="off" spellcheck="false" required
          aria-invalid=${errors.url ? 'true' : 'false'} aria-describedby="url-hint url-error" />
        <p id="url-error" class="error" role="alert">${errors.url ?? ''}</p>
      </div>
      <fieldset class="field places">
        <legend>${this.t('report.form.place')}</legend>
        ${REPORT_PLACES.map(
          (place) => html`<label class="choice">
            <input type="radio" name="place" value=${place} ?checked=${place === 'website'} />
            <span>${this.t(`report.form.place.${place}`)}</span>
          </label>`,
        )}
      </fieldset>
      <div class="field">
        <label for="description">${this.t('report.form.description')}</label>
        <p id="description-hint" class="hint">${this.t('report.form.description.hint', { max })}</p>
        <textarea id="description" name="description" rows="4" autocomplete="off"
          aria-invalid=${errors.description ? 'true' : 'false'} aria-describedby="description-hint description-error"></textarea>
        <p id="description-error" class="error" role="alert">${errors.description ?? ''}</p>
      </div>
      <div class="field">
        <label for="contact">${this.t('report.form.contact')}</label>
        <p id="contact-hint" class="hint">${this.t('report.form.contact.hint')}</p>
        <input id="contact" name="contact" type="text" autocomplete="off" spellcheck="false"
          aria-invalid=${errors.contact ? 'true' : 'false'} aria-describedby="contact-hint contact-error" />
        <p id="contact-error" class="error" role="alert">${errors.contact ?? ''}</p>
      </div>
      <button part="send" class="send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${this.t(sending ? 'report.form.sending' : 'report.form.send')}
      </button>
      ${this.outcomeOutside ? nothing : this.#renderOutcome(report)}
    </form>`;
  }

  /** The live regions: a status for sending and sent, an alert for failure with the hotline's ways. */
  #renderOutcome(report: Report): TemplateResult {
    const { phase } = this;
    let status = '';
    if (phase === 'sending') status = this.t('report.form.sending');
    if (phase === 'sent') status = this.receipt ? this.t('report.sent.receipt', { id: this.receipt }) : this.t('report.sent');
    const failed = phase === 'failed';
    return html`<p part="outcome" class="outcome status ${status ? 'filled' : ''}" role="status">${status}</p>
      <div part="outcome" class="outcome alert ${failed ? 'filled' : ''}" role="alert">
        ${failed
          ? html`<p>${this.intakeMessage ? this.t('report.failed.message', { message: this.intakeMessage }) : this.t('report.failed')}</p>
              <ul class="ways">
                ${report.hotlineUrl ? html`<li>${this.#onlineLink(report.hotlineUrl)}</li>` : nothing}
                ${report.phone ? html`<li>${this.#callLink(report.phone)}</li>` : nothing}
              </ul>`
          : nothing}
      </div>`;
  }

  #open(): void {
    this.outcomeOutside = false;
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    try {
      dialog.showModal();
    } catch {
      // A browser without modal dialogs still shows it, in the page.
      dialog.open = true;
    }
  }

  #close(): void {
    this.#dialog?.close();
  }

  #onClose(): void {
    this.#opener?.focus();
  }

  #emitOutcome(outcome: CsrReportOutcome): void {
    this.dispatchEvent(new CsrReportEvent({ outcome }));
  }

  /** The form's values, trimmed, and an error message for each field that breaks a limit. */
  #readForm(form: HTMLFormElement) {
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    const values = { url: value('url'), description: value('description'), contact: value('contact'), place: value('place') };
    const errors: Partial<Record<FieldName, string>> = {};
    if (!values.url) errors.url = this.t('report.form.url.required');
    else if (values.url.length > REPORT_LIMITS.url) errors.url = this.t('report.form.url.too-long', { max: REPORT_LIMITS.url });
    if (values.description.length > REPORT_LIMITS.description) {
      errors.description = this.t('report.form.description.too-long', { max: REPORT_LIMITS.description });
    }
    if (values.contact.length > REPORT_LIMITS.contact) {
      errors.contact = this.t('report.form.contact.too-long', { max: REPORT_LIMITS.contact });
    }
    return { values, errors };
  }

  async #submit(event: SubmitEvent, model: ReportModel): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const { endpoint } = model.report;
    if (this.phase === 'sending' || !endpoint) return;
    const { values, errors } = this.#readForm(form);
    this.errors = errors;
    const invalid = (['url', 'description', 'contact'] as const).find((name) => errors[name]);
    if (invalid) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${invalid}`)?.focus();
      return;
    }
    const lang = this.resolvedLang;
    const body: ReportBody = {
      url: values.url,
      place: (REPORT_PLACES as readonly string[]).includes(values.place) ? (values.place as ReportPlace) : 'other',
      locale: LOCALE.test(lang) && lang.length <= REPORT_LIMITS.locale ? lang : 'und',
      organization: model.organization.slice(0, REPORT_LIMITS.organization),
    };
    if (values.description) body.description = values.description;
    if (values.contact) body.contact = values.contact;
    if (model.partner) body.partner = model.partner;

    this.#idempotencyKey ??= newIdempotencyKey();
    this.phase = 'sending';
    this.receipt = undefined;
    this.intakeMessage = undefined;
    const result = await sendReport(endpoint, body, this.#idempotencyKey);
    this.outcomeOutside = !this.#dialog?.open;
    if (result.ok) {
      this.#idempotencyKey = undefined;
      this.receipt = result.receipt;
      this.phase = 'sent';
      form.reset();
      this.#emitOutcome('sent');
    } else {
      this.intakeMessage = result.message;
      this.phase = 'failed';
      this.#emitOutcome('failed');
      this.emitError(problem('report-failed', `report.endpoint: ${result.reason}`));
    }
    await this.updateComplete;
    this.renderRoot.querySelector('.outcome.filled')?.scrollIntoView({ block: 'nearest' });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-report-button': CsrReportButton;
  }
}
