import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { CsrElement, type SelectContext, type Selection } from '../../base/csr-element.js';
import { CsrReportEvent, type CsrReportOutcome } from '../../base/events.js';
import { problem } from '../../config/errors.js';
import { absence } from '../../config/validate.js';
import type { Report } from '../../config/schema.js';
import { reportButtonStyles } from './report-button.styles.js';
import { REPORT_LIMITS, REPORT_PLACES, type ReportPlace } from '../../config/report.js';
import { is } from '../../config/kit.js';
import { LocaleSchema } from '../../config/schema.js';
import { loadSender, type Sender } from './load-sender.js';
import type { SendResult } from './send-report.js';

interface ReportModel {
  report: Report;
  organization: string;
  partner?: string;
}

type Phase = 'idle' | 'sending' | 'sent' | 'failed';
/** The form's text fields, in their order on the form. */
const FIELDS = ['url', 'description', 'contact'] as const;
type FieldName = (typeof FIELDS)[number];

const dialable = (phone: string) => phone.replace(/[^\d+]/g, '');

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
  static override variants: readonly NonNullable<CsrReportButton['variant']>[] = ['solid', 'outline'];
  static override styles = reportButtonStyles;
  static override get properties(): PropertyDeclarations {
    return {
      phase: { state: true },
      errors: { state: true },
      note: { state: true },
      outcomeOutside: { state: true },
    };
  }

  /** Look of the button: `solid` (the default) or `outline`. An unknown value falls back to the default with a console warning. */
  declare variant?: 'solid' | 'outline';

  private phase: Phase = 'idle';
  private errors: Partial<Record<FieldName, string>> = {};
  /** The receipt of a sent report, or the intake's own message about a failed one. */
  private note?: string;
  /** An outcome that arrived while the dialog was closed is shown beside the button. */
  private outcomeOutside = false;

  /**
   * The report last sent and its idempotency key: sending the same content again reuses the key, so
   * that the intake never stores it twice; edited content is a new report with a new key.
   */
  #lastSent?: { content: string; key: string };
  /** The sender, asked for when the dialog opens; forgotten when it could not be loaded, so that a new attempt asks again. */
  #sender?: Promise<Sender>;
  #senderTries = 0;

  get #dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected select({ config, partner }: SelectContext): Selection<ReportModel> {
    const { report } = config;
    if (!report) return absence(config, 'report', 'section-invalid', 'section-missing', 'the config has no report section');
    if (!report.hotlineUrl && !report.phone && !report.sms && !report.endpoint) {
      return problem('section-invalid', 'report: offers no way to report (hotlineUrl, phone, sms or endpoint)');
    }
    return {
      model: {
        report,
        organization: this.text(config.organization.name) ?? '',
        partner: partner && config.partners.has(partner) ? partner : undefined,
      },
    };
  }

  protected renderContent(model: ReportModel): TemplateResult {
    const { report } = model;
    const ways = this.#ways(report, true);
    return html`<div part="base" class="base variant-${this.resolvedVariant}" dir=${this.textDirection}>
      <button part="button" class="open" type="button" aria-haspopup="dialog" @click=${this.#open}>
        ${this.text(report.label) ?? this.t('report.label')}
      </button>
      ${this.outcomeOutside ? html`<div class="outside">${this.#renderOutcome(report)}</div>` : nothing}
      <dialog part="dialog" aria-labelledby="title" aria-describedby="guidance"
        @close=${() => this.renderRoot.querySelector<HTMLElement>('.open')?.focus()}>
        <div class="head">
          <h2 id="title" part="title">${this.t('report.title')}</h2>
          <button part="close" class="close" type="button" aria-label=${this.t('report.close')} @click=${() => this.#dialog?.close()}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
        <p id="guidance" part="guidance" class="guidance">${this.text(report.guidance) ?? this.t('report.guidance')}</p>
        ${ways.some(Boolean) ? html`<ul part="ways" class="ways">${ways}</ul>` : nothing}
        ${report.endpoint ? this.#renderForm(model) : nothing}
      </dialog>
    </div>`;
  }

  /**
   * The hotline's ways as list items: online and call, and with `all` also SMS, with call and SMS
   * first on a touch screen. A way the config does not offer renders nothing (`undefined`).
   */
  #ways({ hotlineUrl, phone, sms }: Report, all?: boolean): unknown[] {
    const online =
      hotlineUrl &&
      this.#way(
        hotlineUrl,
        'opened-hotline',
        html`${this.t('report.online')}<span aria-hidden="true">&nbsp;↗</span><span class="visually-hidden"> ${this.t('opens-in-new-tab')}</span>`,
        true,
      );
    const call = phone && this.#way(`tel:${dialable(phone)}`, 'called', this.t('report.call', { phone }));
    const texting = all && sms ? this.#way(`sms:${dialable(sms)}`, 'texted', this.t('report.sms', { phone: sms })) : undefined;
    return all && matchMedia('(pointer: coarse)').matches ? [call, texting, online] : [online, call, texting];
  }

  /** One way to reach the hotline: a link in a list item that emits `outcome`; `external` opens a new tab. */
  #way(href: string, outcome: CsrReportOutcome, label: unknown, external?: boolean): TemplateResult {
    return html`<li>
      <a part="way" class="way" href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}
        @click=${() => this.#emitOutcome(outcome)}>${label}</a>
    </li>`;
  }

  /** A text field with its label, hint and error, tied to it by ids; the hint may name the field's limit. */
  #field(name: FieldName): TemplateResult {
    const error = this.errors[name];
    const invalid = error ? 'true' : 'false';
    const describedBy = `${name}-hint ${name}-error`;
    return html`<div class="field">
      <label for=${name}>${this.t(`report.form.${name}`)}</label>
      <p id="${name}-hint" class="hint">${this.t(`report.form.${name}.hint`, { max: REPORT_LIMITS[name] })}</p>
      ${name === 'description'
        ? html`<textarea id=${name} name=${name} rows="4" autocomplete="off" aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`
        : html`<input id=${name} name=${name} type="text" inputmode=${name === 'url' ? 'url' : nothing} autocomplete="off"
            spellcheck="false" ?required=${name === 'url'} aria-invalid=${invalid} aria-describedby=${describedBy} />`}
      <p id="${name}-error" class="error" role="alert">${error ?? ''}</p>
    </div>`;
  }

  #renderForm(model: ReportModel): TemplateResult {
    const sending = this.phase === 'sending';
    return html`<form part="form" class="form" novalidate autocomplete="off" aria-labelledby="form-title"
      @submit=${(event: SubmitEvent) => this.#submit(event, model)}>
      <h3 id="form-title">${this.t('report.form.heading')}</h3>
      ${this.#field('url')}
      <fieldset class="field places">
        <legend>${this.t('report.form.place')}</legend>
        ${REPORT_PLACES.map(
          (place) => html`<label class="choice">
            <input type="radio" name="place" value=${place} ?checked=${place === 'website'} />
            <span>${this.t(`report.form.place.${place}`)}</span>
          </label>`,
        )}
      </fieldset>
      ${this.#field('description')} ${this.#field('contact')}
      <button part="send" class="send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${this.t(sending ? 'report.form.sending' : 'report.form.send')}
      </button>
      ${this.outcomeOutside ? nothing : this.#renderOutcome(model.report)}
    </form>`;
  }

  /** The live regions: a status for sending and sent, an alert for failure with the hotline's link and phone. */
  #renderOutcome(report: Report): TemplateResult {
    const { phase, note } = this;
    const status =
      phase === 'sending'
        ? this.t('report.form.sending')
        : phase === 'sent'
          ? note
            ? this.t('report.sent.receipt', { id: note })
            : this.t('report.sent')
          : '';
    const failed = phase === 'failed';
    return html`<p part="outcome" class="outcome status ${status ? 'filled' : ''}" role="status">${status}</p>
      <div part="outcome" class="outcome alert ${failed ? 'filled' : ''}" role="alert">
        ${failed
          ? html`<p>${note ? this.t('report.failed.message', { message: note }) : this.t('report.failed')}</p>
              <ul class="ways">${this.#ways(report)}</ul>`
          : nothing}
      </div>`;
  }

  #open(): void {
    this.outcomeOutside = false;
    // Loaded now, used on submit; a failure is answered there, as a failed report, never left unhandled.
    (this.#sender ??= loadSender(this.#senderTries++)).catch(String);
    const dialog = this.#dialog;
    if (!dialog || dialog.open) return;
    try {
      dialog.showModal();
    } catch {
      // A browser without modal dialogs still shows it, in the page.
      dialog.open = true;
    }
  }

  #emitOutcome(outcome: CsrReportOutcome): void {
    this.dispatchEvent(new CsrReportEvent({ outcome }));
  }

  async #submit(event: SubmitEvent, { report: { endpoint }, organization, partner }: ReportModel): Promise<void> {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    if (this.phase === 'sending' || !endpoint) return;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    // Limits are checked before sending; errors are set in the form's order, so the first is the first field in error.
    const errors: Partial<Record<FieldName, string>> = {};
    if (!value('url')) errors.url = this.t('report.form.url.required');
    for (const name of FIELDS) {
      const max = REPORT_LIMITS[name];
      if (value(name).length > max) errors[name] = this.t(`report.form.${name}.too-long`, { max });
    }
    this.errors = errors;
    const invalid = Object.keys(errors)[0];
    if (invalid) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(`#${invalid}`)?.focus();
      return;
    }
    const place = value('place') as ReportPlace;
    const lang = this.resolvedLang;
    // Empty and missing fields are `undefined`, which JSON leaves out.
    const body = {
      url: value('url'),
      place: REPORT_PLACES.includes(place) ? place : 'other',
      description: value('description') || undefined,
      contact: value('contact') || undefined,
      locale: is(LocaleSchema, lang) && lang.length <= REPORT_LIMITS.locale ? lang : 'und',
      partner,
      organization: organization.slice(0, REPORT_LIMITS.organization),
    };
    this.phase = 'sending';
    this.note = undefined;
    let result: SendResult;
    try {
      const { newIdempotencyKey, sendReport } = await (this.#sender ??= loadSender(this.#senderTries++));
      const content = JSON.stringify([endpoint, body]);
      if (this.#lastSent?.content !== content) this.#lastSent = { content, key: newIdempotencyKey() };
      result = await sendReport(endpoint, body, this.#lastSent.key);
    } catch (error) {
      this.#sender = undefined;
      result = { ok: false, reason: String(error) };
    }
    this.outcomeOutside = !this.#dialog?.open;
    if (result.ok) {
      this.#lastSent = undefined;
      this.note = result.receipt;
      this.phase = 'sent';
      form.reset();
      this.#emitOutcome('sent');
    } else {
      this.note = result.message;
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
