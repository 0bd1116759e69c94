/**
 * The shared base of every widget. It finds the config (`ConfigController`), the language and
 * direction (`LanguageController`) and the theme and brand (`ThemeController`); shows the light-DOM
 * fallback while loading (in a box of the final size) and whenever the widget cannot render; and
 * emits `csr-ready` and `csr-error`.
 *
 * A new widget implements three things:
 * 1. `static variants`: the variants it offers, its default first;
 * 2. `select(context)`: pure; its part of the config as a model (with any warnings, and a problem to
 *    report while it still renders), or the problem that keeps it on its fallback;
 * 3. `renderContent(model)`: its content for that model.
 * It may also override `renderPlaceholder()` to draw the loading box of its final size.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { problem, isProblem, type CsrProblem } from '../config/errors.js';
import { absence, type ValidatedConfig } from '../config/validate.js';
import { partnerStanding } from '../config/partner.js';
import type { Partner, Text } from '../config/schema.js';
import { translate, pickText, pendingLanguage, type StringKey } from '../config/l10n.js';
import { loadLanguage } from '../runtime/load-language.js';
import { VERSION, warnOnce } from '../runtime/namespace.js';
import { ConfigController } from './config-controller.js';
import { LanguageController } from './language-controller.js';
import { ThemeController } from './theme-controller.js';
import { CsrErrorEvent, CsrReadyEvent } from './events.js';
import { themeStyles } from './theme.styles.js';

export type { Theme } from './theme-controller.js';

/** What a widget's `select` is given. */
export interface SelectContext {
  config: ValidatedConfig;
  /** The partner id from the element, its provider or the script tag. */
  partner?: string;
  lang: string;
  /**
   * The organization's site that served the config (`ecpat.se`), or the `config-origin` problem:
   * a widget that shows a partnership shows it only from the organization's own site.
   */
  site: string | CsrProblem;
}

/**
 * What `select` returns: the problem that keeps the widget on its fallback, or its model with the
 * console warnings it raises and a `notice`, a problem reported as `csr-error` while it renders.
 */
export type Selection<Model> = CsrProblem | { model: Model; warnings?: readonly string[]; notice?: CsrProblem };

type View<M> = { kind: 'loading' } | { kind: 'error'; problem: CsrProblem } | { kind: 'ready'; model: M; notice?: CsrProblem };

export abstract class CsrElement<Model = unknown> extends LitElement {
  static csrVersion = VERSION;
  static override styles = [themeStyles];
  static override get properties(): PropertyDeclarations {
    return {
      src: {},
      partner: {},
      theme: { reflect: true },
      variant: { reflect: true },
      lang: { reflect: true },
    };
  }

  /** The variants a widget offers; the first is its default. */
  static variants: readonly string[] = [];

  /** URL of the config; overrides the provider's and the script tag's. */
  src?: string;

  /** Partner id in the config; overrides the provider's and the script tag's. */
  partner?: string;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  theme?: 'light' | 'dark' | 'auto';

  /** Visual variant; each widget lists its own (and narrows this type to them). */
  variant?: string;

  /** Language of the widget; else the nearest ancestor's `lang`, else the document's. */
  override lang!: string;

  readonly #config = new ConfigController(this);
  readonly #language = new LanguageController(this);

  #view: View<Model> = { kind: 'loading' };
  /** The last problem or notice reported, so that each is reported once. */
  #reported?: string;
  #readyEmitted = false;
  #settleWaiters: (() => void)[] = [];

  constructor() {
    super();
    new ThemeController(this, () => (this.#config.state?.ok ? this.#config.state.config.organization.brand : undefined));
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Each connection shows the content again and emits `csr-ready` again, moves included.
    this.#readyEmitted = false;
    this.#reported = undefined;
    this.requestUpdate();
  }

  /** The language in use: the element's, else the nearest ancestor's, else the document's. */
  get resolvedLang(): string {
    return this.#language.lang;
  }

  /** `rtl` or `ltr`: an explicit `dir` on an ancestor wins, else the language decides. */
  get textDirection(): 'rtl' | 'ltr' {
    return this.#language.dir;
  }

  /** The variant in use: the attribute when the widget offers it, else the default. */
  get resolvedVariant(): string {
    const { variants } = this.constructor as typeof CsrElement;
    return this.variant && variants.includes(this.variant) ? this.variant : (variants[0] ?? '');
  }

  /** A string in the widget's language; the config's `strings` override ours. */
  protected t(key: StringKey, params?: Record<string, string | number>): string {
    const state = this.#config.state;
    return translate(key, this.resolvedLang, state?.ok ? state.config.strings : undefined, params);
  }

  /** A config text in the widget's language. */
  protected text(value: Text | undefined): string | undefined {
    return pickText(value, this.resolvedLang);
  }

  /** The partner entry for the resolved partner id, or the problem that stops it. */
  protected findPartner(config: ValidatedConfig, id: string | undefined): Partner | CsrProblem {
    if (!id) return problem('partner-missing', 'no partner: set the partner attribute, or data-partner on the script tag');
    const partner = config.partners.get(id);
    return partner ?? absence(config, `partners.${id}`, 'partner-invalid', 'partner-unknown', 'the config lists no such partner');
  }

  /**
   * The partner whose partnership this widget shows: only from a config the organization's own
   * site served, and only in good standing (`partnerStanding`); else the problem that stops it.
   */
  protected partnerShown({ config, partner: id, site }: SelectContext): Partner | CsrProblem {
    if (isProblem(site)) return site;
    const partner = this.findPartner(config, id);
    return isProblem(partner) ? partner : (partnerStanding(id!, partner, { host: location.hostname }) ?? partner);
  }

  /** Picks this widget's part of the config; pure (see `Selection`). */
  protected abstract select(context: SelectContext): Selection<Model>;

  /** Renders the widget's content for the model `select` returned. */
  protected abstract renderContent(model: Model): TemplateResult | typeof nothing;

  /** The box shown while the config loads: it holds the fallback and the final size. */
  protected renderPlaceholder(): TemplateResult {
    return html`<div part="base" class="reserve variant-${this.resolvedVariant}" aria-busy="true"><slot></slot></div>`;
  }

  /** Emits `csr-error` for a problem found after the config loaded (e.g. a failed action). */
  protected emitError(p: CsrProblem): void {
    this.dispatchEvent(new CsrErrorEvent({ code: p.code, message: p.message }));
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const { variants } = this.constructor as typeof CsrElement;
    if (this.variant && !variants.includes(this.variant)) {
      warnOnce(
        `variant:${this.localName}:${this.variant}`,
        `<${this.localName}> has no variant "${this.variant}"; "${variants[0]}" is used (one of: ${variants.join(', ')}).`,
      );
    }
    const source = this.#config.source;
    this.#config.sync(source.src);
    this.#view = this.#computeView(source);
  }

  #computeView(source: { src?: string; partner?: string; waiting?: boolean }): View<Model> {
    if (!source.src) {
      if (source.waiting) return { kind: 'loading' };
      return {
        kind: 'error',
        problem: problem('config-missing', 'no config: set src, wrap the element in <csr-provider src>, or give the script tag data-src'),
      };
    }
    const state = this.#config.state;
    // A language beyond English and Swedish loads first: the widget keeps its loading box meanwhile
    // rather than showing English and changing its words (English stands in if it cannot load).
    const language = pendingLanguage(this.resolvedLang);
    if (language) void loadLanguage(language).then(() => this.requestUpdate());
    if (!state || language) return { kind: 'loading' };
    if (!state.ok) return { kind: 'error', problem: state.problem };
    if (state.stale) {
      const minutes = Math.round(state.stale.ageMs / 60000);
      warnOnce(`stale:${source.src}`, `${state.stale.problem.message}; using the copy saved ${minutes} minutes ago.`);
    }
    try {
      const selected = this.select({ config: state.config, partner: source.partner, lang: this.resolvedLang, site: state.site });
      if (isProblem(selected)) return { kind: 'error', problem: selected };
      for (const warning of selected.warnings ?? []) warnOnce(`${this.localName}:${warning}`, warning);
      return { kind: 'ready', model: selected.model, notice: selected.notice };
    } catch (error) {
      return { kind: 'error', problem: problem('internal', String(error)) };
    }
  }

  protected override render(): TemplateResult | typeof nothing {
    const view = this.#view;
    if (view.kind === 'loading') return this.renderPlaceholder();
    if (view.kind === 'error') return html`<slot></slot>`;
    try {
      return this.renderContent(view.model);
    } catch (error) {
      this.#view = { kind: 'error', problem: problem('internal', String(error)) };
      return html`<slot></slot>`;
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const view = this.#view;
    if (view.kind === 'loading') return;
    const waiters = this.#settleWaiters.splice(0);
    for (const resolve of waiters) resolve();
    const report = view.kind === 'error' ? view.problem : view.notice;
    const key = report && `${report.code}:${report.message}`;
    if (key !== this.#reported) {
      this.#reported = key;
      if (report) this.emitError(report);
    }
    if (view.kind === 'error') this.#readyEmitted = false;
    else if (!this.#readyEmitted) {
      this.#readyEmitted = true;
      this.dispatchEvent(new CsrReadyEvent());
    }
  }

  /** Whether the widget shows its content (not loading, not its fallback). */
  get ready(): boolean {
    return this.#view.kind === 'ready';
  }

  /** The problem that keeps the widget on its fallback, if any. */
  get problem(): CsrProblem | undefined {
    return this.#view.kind === 'error' ? this.#view.problem : undefined;
  }

  /** Resolves once the widget has left the loading state (content or fallback). */
  async settled(): Promise<void> {
    await this.updateComplete;
    if (this.#view.kind !== 'loading') return;
    await new Promise<void>((resolve) => this.#settleWaiters.push(resolve));
    await this.updateComplete;
  }
}
