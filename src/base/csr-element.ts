/**
 * The shared base of every widget: where the config comes from, the language and direction, the
 * theme, the light-DOM fallback, reserved space while loading, and the `csr-ready` / `csr-error`
 * events. A widget supplies `select` (its part of the config, or a problem) and `renderContent`.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { getConfig, type ConfigState } from '../runtime/get-config.js';
import { problem, isProblem, type CsrProblem } from '../config/errors.js';
import { absence, type ValidatedConfig } from '../config/validate.js';
import type { Partner, Text } from '../config/schema.js';
import { configContext, requestContext, type ConfigSource } from './context.js';
import { pageDefault } from '../runtime/page-default.js';
import { VERSION, warnOnce } from '../runtime/namespace.js';
import { documentElement } from '../runtime/document.js';
import { translate, pickText, isRtl, type StringKey } from '../config/l10n.js';
import { brandProperties, brandProblem } from '../config/colour.js';
import { CsrErrorEvent, CsrReadyEvent } from './events.js';
import { themeStyles } from './theme.styles.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

/** What a widget's `select` is given. */
export interface SelectContext {
  config: ValidatedConfig;
  /** The partner id from the element, its provider or the script tag. */
  partner?: string;
  lang: string;
}

/** Connected widgets, re-rendered when the document's `lang` or `dir` changes (a page switching language). */
const connected = new Set<CsrElement>();
let watching = false;

function watchDocumentLanguage(): void {
  if (watching) return;
  watching = true;
  try {
    new MutationObserver(() => connected.forEach((widget) => widget.requestUpdate())).observe(documentElement(), {
      attributes: true,
      attributeFilter: ['lang', 'dir'],
    });
  } catch {
    // A page that breaks MutationObserver loses live language switching, nothing else.
  }
}

/** The nearest element up the tree (crossing shadow roots) that has `attribute`. */
function closestWithAttribute(start: Element, attribute: string): Element | null {
  let node: Element | null = start.parentElement ?? ((start.getRootNode() as ShadowRoot).host || null);
  while (node) {
    if (node.hasAttribute(attribute)) return node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return null;
}

type View<M> = { kind: 'loading' } | { kind: 'error'; problem: CsrProblem } | { kind: 'ready'; model: M };

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
      configState: { state: true },
      providerSource: { state: true },
    };
  }

  /** The variants a widget offers; the first is its default. */
  static variants: readonly string[] = [];

  /** URL of the config; overrides the provider's and the script tag's. */
  src?: string;

  /** Partner id in the config; overrides the provider's and the script tag's. */
  partner?: string;

  /** Colour theme: `light`, `dark` or `auto` (follows the operating system). */
  theme?: Theme;

  /** Visual variant; each widget lists its own. */
  variant?: string;

  /** Language of the widget; else the nearest ancestor's `lang`, else the document's. */
  override lang!: string;

  /** The loaded config, or the reason there is none; `undefined` while loading. */
  protected configState?: ConfigState;

  private providerSource?: ConfigSource;

  #loadingSrc?: string;
  #view: View<Model> = { kind: 'loading' };
  #lastProblemKey?: string;
  #readyEmitted = false;
  #settleWaiters: (() => void)[] = [];
  /** Ends the subscription to the provider's config source. */
  #unsubscribe?: () => void;
  #awaitingProvider = false;

  /**
   * Asks the nearest `<csr-provider>` (or any provider of the config context) for its source; one
   * provider answers, now and on each change. Outside every provider the source stays unset.
   */
  #requestSource(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.providerSource = undefined;
    requestContext(this, configContext, (source, unsubscribe) => {
      this.#unsubscribe = unsubscribe;
      this.providerSource = source;
    });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#requestSource();
    connected.add(this);
    watchDocumentLanguage();
    // Each connection shows the content again and emits `csr-ready` again, moves included.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    connected.delete(this);
    this.#readyEmitted = false;
    this.#lastProblemKey = undefined;
  }

  /** The language in use: the element's, else the nearest ancestor's, else the document's. */
  get resolvedLang(): string {
    return (
      this.lang ||
      this.getAttribute('lang') ||
      closestWithAttribute(this, 'lang')?.getAttribute('lang') ||
      documentElement().lang ||
      'en'
    );
  }

  /** `rtl` or `ltr`: an explicit `dir` on an ancestor wins, else the language decides. */
  get textDirection(): 'rtl' | 'ltr' {
    const dir = (this.getAttribute('dir') || closestWithAttribute(this, 'dir')?.getAttribute('dir'))?.toLowerCase();
    if (dir === 'rtl' || dir === 'ltr') return dir;
    return isRtl(this.resolvedLang) ? 'rtl' : 'ltr';
  }

  /** The variant in use: the attribute when the widget offers it, else the default (with a warning). */
  get resolvedVariant(): string {
    const { variants } = this.constructor as typeof CsrElement;
    if (this.variant && variants.includes(this.variant)) return this.variant;
    if (this.variant) {
      warnOnce(
        `variant:${this.localName}:${this.variant}`,
        `<${this.localName}> has no variant "${this.variant}"; "${variants[0]}" is used (one of: ${variants.join(', ')}).`,
      );
    }
    return variants[0] ?? '';
  }

  /** The config source that applies: own attributes, then the provider, then the script tag. */
  protected resolveSource(): ConfigSource & { waiting?: boolean } {
    const page = pageDefault();
    const provider = this.providerSource;
    const waiting = this.#waitingForProvider();
    return {
      src: this.src || provider?.src || (waiting ? undefined : page.src),
      partner: this.partner || provider?.partner || page.partner || undefined,
      waiting,
    };
  }

  /**
   * Whether a `<csr-provider>` around the widget is not defined yet. The widget then asks for the
   * context again once it is, instead of keeping every unanswered request.
   */
  #waitingForProvider(): boolean {
    const waiting = !this.src && !this.providerSource && !!this.closest('csr-provider') && !customElements.get('csr-provider');
    if (waiting && !this.#awaitingProvider) {
      this.#awaitingProvider = true;
      void customElements.whenDefined('csr-provider').then(() => {
        this.#awaitingProvider = false;
        if (this.isConnected) this.#requestSource();
        this.requestUpdate();
      });
    }
    return waiting;
  }

  /** A string in the widget's language; the config's `strings` override ours. */
  protected t(key: StringKey, params?: Record<string, string | number>): string {
    const strings = this.configState?.ok ? this.configState.config.strings : undefined;
    return translate(key, this.resolvedLang, strings, params);
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

  /** Picks this widget's part of the config, or returns the problem that stops it. */
  protected abstract select(context: SelectContext): Model | CsrProblem;

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
    const source = this.resolveSource();
    if (source.src !== this.#loadingSrc) {
      this.#loadingSrc = source.src;
      this.configState = undefined;
      if (source.src) void this.#load(source.src);
    }
    this.#view = this.#computeView(source);
    this.#applyBrand();
  }

  async #load(src: string): Promise<void> {
    let result: ConfigState;
    try {
      result = await getConfig(src);
    } catch (error) {
      result = { ok: false, problem: problem('internal', String(error)) };
    }
    if (this.#loadingSrc !== src) return;
    if (result.ok && result.stale) {
      const minutes = Math.round(result.stale.ageMs / 60000);
      warnOnce(`stale:${src}`, `${result.stale.problem.message}; using the copy saved ${minutes} minutes ago.`);
    }
    this.configState = result;
  }

  #computeView(source: ConfigSource & { waiting?: boolean }): View<Model> {
    if (!source.src) {
      if (source.waiting) return { kind: 'loading' };
      return {
        kind: 'error',
        problem: problem('config-missing', 'no config: set src, wrap the element in <csr-provider src>, or give the script tag data-src'),
      };
    }
    const state = this.configState;
    if (!state) return { kind: 'loading' };
    if (!state.ok) return { kind: 'error', problem: state.problem };
    try {
      const selected = this.select({ config: state.config, partner: source.partner, lang: this.resolvedLang });
      return isProblem(selected) ? { kind: 'error', problem: selected } : { kind: 'ready', model: selected };
    } catch (error) {
      return { kind: 'error', problem: problem('internal', String(error)) };
    }
  }

  #applyBrand(): void {
    const own = this.configState?.ok ? this.configState.config.organization.brand : undefined;
    const why = own?.primary && own.onPrimary && brandProblem(own.primary, own.onPrimary);
    if (why) warnOnce(`brand:${why}`, `${why}; the accessible default colours are used instead.`);
    const brand = brandProperties(own);
    for (const name of ['--_brand-primary', '--_brand-on-primary']) {
      const value = brand[name] ?? '';
      if (this.style.getPropertyValue(name) === value) continue;
      if (value) this.style.setProperty(name, value);
      else this.style.removeProperty(name);
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
    if (view.kind !== 'loading') {
      const waiters = this.#settleWaiters;
      this.#settleWaiters = [];
      for (const resolve of waiters) resolve();
    }
    if (view.kind === 'error') {
      const key = `${view.problem.code}:${view.problem.message}`;
      if (key !== this.#lastProblemKey) {
        this.#lastProblemKey = key;
        this.#readyEmitted = false;
        this.emitError(view.problem);
      }
    } else if (view.kind === 'ready') {
      this.#lastProblemKey = undefined;
      if (!this.#readyEmitted) {
        this.#readyEmitted = true;
        this.dispatchEvent(new CsrReadyEvent());
      }
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

  /** Keeps the `theme` attribute honest: unknown themes warn once and render as light. */
  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.theme && !THEMES.includes(this.theme)) {
      warnOnce(`theme:${this.theme}`, `theme "${this.theme}" is not one of light, dark, auto; light is used.`);
    }
  }
}
