/**
 * The report dialog: the guidance, the ways to reach the hotline, the report form and its outcome.
 * A file of its own, loaded when a person shows they are about to open it (`load-dialog.ts`), so
 * that every page with a report button does not pay for it. Sending (send-report.ts) is bundled
 * in.
 *
 * It imports no Lit: it renders with the button's copy (`LitKit`), passed in. A second copy
 * would cost about 3 KB and create a second Trusted Types policy, which a strict page that allows
 * one policy name once refuses. Templates and `nothing` of one copy render in the other anyway;
 * this way there is simply one.
 */
import type { adoptStyles, css, CSSResultOrNative, html, nothing, TemplateResult } from 'lit';
import type { CsrReportOutcome } from '../../base/events.js';
import type { StringKey } from '../../config/l10n.js';
import type { Report, Text } from '../../config/schema.js';
import { firstHotline, hotlinesOf, type HotlineChoice } from './hotlines.js';
import { REPORT_LIMITS, REPORT_PLACES, type ReportPlace } from '../../config/report.js';
import { newIdempotencyKey, sendReport, type SendResult } from './send-report.js';
import { reportDialogStyles } from './report-dialog.styles.js';
import { dialable } from './phone.js';

/** A country's name in a language (`NO` → "Norge" in Swedish), or the code where the browser has no name for it. */
function regionName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang, 'en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

export { reportDialogStrings } from './report-dialog.strings.js';

/** The report button's part of the config. */
export interface ReportModel {
  report: Report;
  organization: string;
  partner?: string;
  /** The `country` attribute, when it is a country code (`NO`). */
  country?: string;
  /** The page's language, then the browser's: their regions may pick the hotline. */
  languages: readonly string[];
}

/** The hotlines of a model: the default first; `first` is the one offered first. */
interface Choices {
  hotlines: readonly HotlineChoice[];
  first: HotlineChoice;
}

/** Where quick exit goes when the config names no `report.exitUrl`: an ordinary page, in every language, that tracks no one. */
export const DEFAULT_EXIT_URL = 'https://www.wikipedia.org/';

/** How long Shift presses count towards quick exit, after the last one (as GOV.UK's "Exit this page"). */
const SHIFT_WINDOW_MS = 5000;

/** The button's copy of Lit, which the dialog renders and styles with. */
export interface LitKit {
  html: typeof html;
  nothing: typeof nothing;
  css: typeof css;
  adoptStyles: typeof adoptStyles;
}

/** What the dialog needs from the button that opens it. Functions, not methods: the dialog takes them apart. */
export interface DialogHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The button's own styles, kept when the dialog's are added. */
  readonly styles: readonly CSSResultOrNative[];
  readonly requestUpdate: () => void;
  /** Resolves once the button has rendered its pending changes. */
  readonly rendered: () => Promise<unknown>;
  /** A string in the button's language; the config's `strings` override ours. */
  readonly t: (key: StringKey, params?: Record<string, string | number>) => string;
  /** A config text in the button's language. */
  readonly text: (value: Text | undefined) => string | undefined;
  /** The report's `locale`: the button's language when it is a valid tag, else `und`. */
  readonly locale: () => string;
  readonly emitOutcome: (outcome: CsrReportOutcome) => void;
  /** Emits `csr-error` `report-failed`. */
  readonly reportFailed: (message: string) => void;
  /** A console warning, once. */
  readonly warn: (message: string) => void;
  /** Gives focus back to the button, when the dialog closes. */
  readonly focusButton: () => void;
}

type Phase = 'idle' | 'sending' | 'sent' | 'failed';
/** The form's text fields, in their order on the form. */
const FIELDS = ['url', 'description', 'contact'] as const;
type FieldName = (typeof FIELDS)[number];

/**
 * The dialog of one report button, and its state: the phase of sending, the form's errors, the
 * receipt or the intake's message, and whether the outcome shows beside the button.
 */
export class ReportDialog {
  readonly #host: DialogHost;
  readonly #kit: LitKit;
  #phase: Phase = 'idle';
  #errors: Partial<Record<FieldName, string>> = {};
  /** The receipt of a sent report, or the intake's own message about a failed one. */
  #note?: string;
  /** An outcome that arrived while the dialog was closed is shown beside the button. */
  #outside = false;
  /**
   * The report last sent and its idempotency key: sending the same content again reuses the key, so
   * that the intake never stores it twice; edited content is a new report with a new key.
   */
  #lastSent?: { content: string; key: string };
  /** The country the person chose (`''` for a default hotline without one); until then, the model's first. */
  #country?: string;
  /** Quick exit is under way: the dialog shows only "Loading…" until the page is replaced. */
  #leaving = false;
  /** Shift presses towards quick exit, and what the live region says about them. */
  #shifts = 0;
  #shiftTimer?: ReturnType<typeof setTimeout>;
  #lastKeyModified = false;
  #shiftStatus = '';
  /** The exit page of the model last rendered, for the keyboard's quick exit. */
  #exitUrl = DEFAULT_EXIT_URL;
  /** The hotlines of the model last rendered. */
  #choices?: { model: ReportModel } & Choices;

  constructor(host: DialogHost, kit: LitKit) {
    this.#host = host;
    this.#kit = kit;
    // Constructable style sheets, as for the button's own styles: a page whose CSP is
    // `style-src 'self'` refuses <style> elements.
    kit.adoptStyles(host.renderRoot as ShadowRoot, [...host.styles, reportDialogStyles(kit.css)]);
  }

  get #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  /** Opens the dialog, once it is rendered; an outcome shown beside the button moves back into it. */
  open(): void {
    // Shift pressed three times anywhere leaves the page while the dialog is open.
    document.addEventListener('keyup', this.#onKeyup, true);
    if (this.#outside) {
      this.#outside = false;
      this.#host.requestUpdate();
    }
    const show = (dialog: HTMLDialogElement | null): void => {
      if (!dialog || dialog.open) return;
      try {
        dialog.showModal();
      } catch {
        // A browser without modal dialogs (or a button that left the page) still shows it, in the page.
        dialog.open = true;
      }
    };
    const dialog = this.#dialog;
    if (dialog) show(dialog);
    else void this.#host.rendered().then(() => show(this.#dialog));
  }

  /** The dialog, for the button's template. */
  render(model: ReportModel): TemplateResult {
    const { html } = this.#kit;
    const { t } = this.#host;
    this.#exitUrl = model.report.exitUrl ?? DEFAULT_EXIT_URL;
    return html`<dialog part="dialog" class=${this.#leaving ? 'leaving' : ''} aria-labelledby="title" aria-describedby="guidance" @close=${this.#closed}>
      ${this.#leaving ? html`<p class="leaving" role="alert">${t('loading')}</p>` : this.#renderContent(model)}
    </dialog>`;
  }

  #renderContent(model: ReportModel): TemplateResult {
    const { html, nothing } = this.#kit;
    const { t, text } = this.#host;
    const hotline = this.#hotline(model);
    const ways = this.#ways(hotline, true);
    return html`<div class="head">
        <h2 id="title" part="title">${t('report.title')}</h2>
        <button part="close" class="close" type="button" aria-label=${t('report.close')} @click=${() => this.#dialog?.close()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div class="exit-row">
        <button part="exit" class="exit" type="button" aria-describedby="exit-hint" @click=${this.#exit}>${t('report.exit')}</button>
        <p id="exit-hint" class="exit-hint">${t('report.exit.hint')}</p>
        <p class="exit-count" role="status">${this.#shiftStatus}</p>
      </div>
      <p id="guidance" part="guidance" class="guidance">${text(hotline.guidance) ?? t('report.guidance')}</p>
      <p part="hotline" class="hotline">${t('report.hotline', { hotline: text(hotline.name) ?? model.organization })}</p>
      ${this.#hotlines(model).hotlines.length > 1 ? this.#renderChooser(model, hotline) : nothing}
      ${ways.some(Boolean) ? html`<ul part="ways" class="ways">${ways}</ul>` : nothing}
      ${this.#hotlines(model).hotlines.some((h) => h.endpoint) ? this.#renderForm(model, hotline) : nothing}`;
  }

  /** The model's hotlines, worked out once per model (warning about a country without one). */
  #hotlines(model: ReportModel): Choices {
    if (this.#choices?.model !== model) {
      const { report, country, partner, languages } = model;
      const hotlines = hotlinesOf(report);
      const first = firstHotline(hotlines, report, country, partner, languages);
      for (const warning of first.warnings) this.#host.warn(warning);
      this.#choices = { model, hotlines, first: hotlines[first.index]! };
    }
    return this.#choices;
  }

  /** The hotline in use: the one the person chose, else the model's first. */
  #hotline(model: ReportModel): HotlineChoice {
    const { hotlines, first } = this.#hotlines(model);
    return hotlines.find((h) => (h.country ?? '') === this.#country) ?? first;
  }

  /**
   * "Not in Sweden? Choose your country": a list of the hotlines' countries. Choosing one changes the
   * hotline, its guidance, ways and intake; the form stays in the page, so nothing typed is lost.
   */
  #renderChooser(model: ReportModel, current: HotlineChoice): TemplateResult {
    const { html } = this.#kit;
    const { t, text } = this.#host;
    const lang = this.#host.locale();
    const place = (h: HotlineChoice): string => (h.country ? regionName(h.country, lang) : (text(h.name) ?? ''));
    const [own, ...others] = this.#hotlines(model).hotlines.map((h) => ({ key: h.country ?? '', label: place(h) }));
    others.sort((a, b) => a.label.localeCompare(b.label, lang === 'und' ? undefined : lang));
    const label = current.country ? t('report.country.change', { country: place(current) }) : t('report.country');
    return html`<div class="field country">
      <label for="country">${label}</label>
      <select id="country" @change=${(event: Event) => this.#choose((event.target as HTMLSelectElement).value)}>
        ${[own!, ...others].map(({ key, label }) => html`<option value=${key} ?selected=${key === (current.country ?? '')}>${label}</option>`)}
      </select>
    </div>`;
  }

  #choose(country: string): void {
    this.#country = country;
    // A failure shown for the last hotline no longer applies.
    if (this.#phase === 'failed') this.#phase = 'idle';
    this.#host.requestUpdate();
  }

  /** The dialog closed: Shift no longer counts, and focus goes back to the button. */
  readonly #closed = (): void => {
    this.#stopListening();
    this.#host.focusButton();
  };

  #stopListening(): void {
    document.removeEventListener('keyup', this.#onKeyup, true);
    this.#resetShifts();
  }

  /**
   * Quick exit by keyboard: Shift pressed three times, each within five seconds of the last, with
   * no other key between (Shift held for capitals does not count). The live region says how many
   * presses remain.
   */
  readonly #onKeyup = (event: KeyboardEvent): void => {
    const dialog = this.#dialog;
    // A dialog taken out of the page with its button (a single-page app moving on) no longer listens.
    if (!dialog?.open || !dialog.isConnected) {
      this.#stopListening();
      return;
    }
    if (event.key === 'Shift' && !this.#lastKeyModified) {
      this.#shifts++;
      clearTimeout(this.#shiftTimer);
      if (this.#shifts >= 3) this.#exit();
      else {
        this.#shiftStatus = this.#host.t(this.#shifts === 1 ? 'report.exit.twice' : 'report.exit.once');
        this.#shiftTimer = setTimeout(() => this.#resetShifts(), SHIFT_WINDOW_MS);
        this.#host.requestUpdate();
      }
    } else if (this.#shifts) this.#resetShifts();
    this.#lastKeyModified = event.shiftKey;
  };

  #resetShifts(): void {
    clearTimeout(this.#shiftTimer);
    this.#shifts = 0;
    if (this.#shiftStatus) {
      this.#shiftStatus = '';
      this.#host.requestUpdate();
    }
  }

  /**
   * Quick exit: the form is cleared and the dialog shows only "Loading…"; the page is replaced by the
   * exit page with `location.replace`, so that Back does not return to it, and without a `Referer`,
   * so that the exit page does not learn where the person was.
   */
  readonly #exit = (): void => {
    this.#host.renderRoot.querySelector('form')?.reset();
    this.#errors = {};
    this.#lastSent = undefined;
    this.#note = undefined;
    this.#phase = 'idle';
    this.#country = undefined;
    this.#leaving = true;
    this.#resetShifts();
    this.#host.requestUpdate();
    const policy = document.createElement('meta');
    policy.name = 'referrer';
    policy.content = 'no-referrer';
    document.head.append(policy);
    location.replace(this.#exitUrl);
  };

  /** An outcome that arrived while the dialog was closed, for beside the button; else `nothing`. */
  renderOutside(model: ReportModel): TemplateResult | LitKit['nothing'] {
    const { html } = this.#kit;
    return this.#outside ? html`<div class="outside">${this.#renderOutcome(this.#hotline(model))}</div>` : this.#kit.nothing;
  }

  /**
   * The hotline's ways as list items: online and call, and with `all` also SMS, with call and SMS
   * first on a touch screen. A way the config does not offer renders nothing (`undefined`).
   */
  #ways({ hotlineUrl, phone, sms }: HotlineChoice, all?: boolean): unknown[] {
    const { html } = this.#kit;
    const { t } = this.#host;
    const online =
      hotlineUrl &&
      this.#way(
        hotlineUrl,
        'opened-hotline',
        html`${t('report.online')}<span aria-hidden="true">&nbsp;↗</span><span class="visually-hidden"> ${t('opens-in-new-tab')}</span>`,
        true,
      );
    const call = phone && this.#way(`tel:${dialable(phone)}`, 'called', t('report.call', { phone }));
    const texting = all && sms ? this.#way(`sms:${dialable(sms)}`, 'texted', t('report.sms', { phone: sms })) : undefined;
    return all && matchMedia('(pointer: coarse)').matches ? [call, texting, online] : [online, call, texting];
  }

  /** One way to reach the hotline: a link in a list item that emits `outcome`; `external` opens a new tab. */
  #way(href: string, outcome: CsrReportOutcome, label: unknown, external?: boolean): TemplateResult {
    const { html, nothing } = this.#kit;
    return html`<li>
      <a part="way" class="way" href=${href} target=${external ? '_blank' : nothing} rel=${external ? 'noopener noreferrer' : nothing}
        @click=${() => this.#host.emitOutcome(outcome)}>${label}</a>
    </li>`;
  }

  /** A text field with its label, hint and error, tied to it by ids; the hint may name the field's limit. */
  #field(name: FieldName): TemplateResult {
    const { html, nothing } = this.#kit;
    const { t } = this.#host;
    const error = this.#errors[name];
    const invalid = error ? 'true' : 'false';
    const describedBy = `${name}-hint ${name}-error`;
    return html`<div class="field">
      <label for=${name}>${t(`report.form.${name}`)}</label>
      <p id="${name}-hint" class="hint">${t(`report.form.${name}.hint`, { max: REPORT_LIMITS[name] })}</p>
      ${name === 'description'
        ? html`<textarea id=${name} name=${name} rows="4" autocomplete="off" aria-invalid=${invalid} aria-describedby=${describedBy}></textarea>`
        : html`<input id=${name} name=${name} type="text" inputmode=${name === 'url' ? 'url' : nothing} autocomplete="off"
            spellcheck="false" ?required=${name === 'url'} aria-invalid=${invalid} aria-describedby=${describedBy} />`}
      <p id="${name}-error" class="error" role="alert">${error ?? ''}</p>
    </div>`;
  }

  /** The form; hidden, not removed, while the chosen hotline has no intake, so that what was typed stays. */
  #renderForm(model: ReportModel, hotline: HotlineChoice): TemplateResult {
    const { html, nothing } = this.#kit;
    const { t } = this.#host;
    const sending = this.#phase === 'sending';
    return html`<form part="form" class="form" novalidate autocomplete="off" aria-labelledby="form-title" ?hidden=${!hotline.endpoint}
      @submit=${(event: SubmitEvent) => this.#submit(event, model, hotline)}>
      <h3 id="form-title">${t('report.form.heading')}</h3>
      ${this.#field('url')}
      <fieldset class="field places">
        <legend>${t('report.form.place')}</legend>
        ${REPORT_PLACES.map(
          (place) => html`<label class="choice">
            <input type="radio" name="place" value=${place} ?checked=${place === 'website'} />
            <span>${t(`report.form.place.${place}`)}</span>
          </label>`,
        )}
      </fieldset>
      ${this.#field('description')} ${this.#field('contact')}
      <button part="send" class="send" type="submit" aria-disabled=${sending ? 'true' : 'false'}>
        ${t(sending ? 'report.form.sending' : 'report.form.send')}
      </button>
      ${this.#outside ? nothing : this.#renderOutcome(hotline)}
    </form>`;
  }

  /** The live regions: a status for sending and sent, an alert for failure with the hotline's link and phone. */
  #renderOutcome(hotline: HotlineChoice): TemplateResult {
    const { html, nothing } = this.#kit;
    const { t } = this.#host;
    const phase = this.#phase;
    const note = this.#note;
    const status =
      phase === 'sending'
        ? t('report.form.sending')
        : phase === 'sent'
          ? note
            ? t('report.sent.receipt', { id: note })
            : t('report.sent')
          : '';
    const failed = phase === 'failed';
    return html`<p part="outcome" class="outcome status ${status ? 'filled' : ''}" role="status">${status}</p>
      <div part="outcome" class="outcome alert ${failed ? 'filled' : ''}" role="alert">
        ${failed
          ? html`<p>${note ? t('report.failed.message', { message: note }) : t('report.failed')}</p>
              <ul class="ways">${this.#ways(hotline)}</ul>`
          : nothing}
      </div>`;
  }

  async #submit(event: SubmitEvent, { organization, partner }: ReportModel, { endpoint }: HotlineChoice): Promise<void> {
    event.preventDefault();
    const host = this.#host;
    const form = event.currentTarget as HTMLFormElement;
    if (this.#phase === 'sending' || !endpoint) return;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim();
    // Limits are checked before sending; errors are set in the form's order, so the first is the first field in error.
    const errors: Partial<Record<FieldName, string>> = {};
    if (!value('url')) errors.url = host.t('report.form.url.required');
    for (const name of FIELDS) {
      const max = REPORT_LIMITS[name];
      if (value(name).length > max) errors[name] = host.t(`report.form.${name}.too-long`, { max });
    }
    this.#errors = errors;
    host.requestUpdate();
    const invalid = Object.keys(errors)[0];
    if (invalid) {
      await host.rendered();
      host.renderRoot.querySelector<HTMLElement>(`#${invalid}`)?.focus();
      return;
    }
    const place = value('place') as ReportPlace;
    // Empty and missing fields are `undefined`, which JSON leaves out.
    const body = {
      url: value('url'),
      place: REPORT_PLACES.includes(place) ? place : 'other',
      description: value('description') || undefined,
      contact: value('contact') || undefined,
      locale: host.locale(),
      partner,
      organization: organization.slice(0, REPORT_LIMITS.organization),
    };
    this.#phase = 'sending';
    this.#note = undefined;
    host.requestUpdate();
    let result: SendResult;
    try {
      const content = JSON.stringify([endpoint, body]);
      if (this.#lastSent?.content !== content) this.#lastSent = { content, key: newIdempotencyKey() };
      result = await sendReport(endpoint, body, this.#lastSent.key);
    } catch (error) {
      result = { ok: false, reason: String(error) };
    }
    this.#outside = !this.#dialog?.open;
    this.#phase = result.ok ? 'sent' : 'failed';
    this.#note = result.ok ? result.receipt : result.message;
    host.requestUpdate();
    if (result.ok) {
      this.#lastSent = undefined;
      form.reset();
      host.emitOutcome('sent');
    } else {
      host.emitOutcome('failed');
      host.reportFailed(`report.endpoint: ${result.reason}`);
    }
    await host.rendered();
    host.renderRoot.querySelector('.outcome.filled')?.scrollIntoView({ block: 'nearest' });
  }
}
