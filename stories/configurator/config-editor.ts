/**
 * The configurator: an NGO edits its config and sees, live, every widget for a chosen partner,
 * every validation problem with its path, and the snippet to hand that partner. The edited text
 * reaches the widgets as a blob: URL (the loader fetches any src; the https rule is for the links
 * inside a config), replaced on each edit.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { validateConfig, type ConfigIssue, type ValidatedConfig } from '../../src/config/index.js';
import { clearConfigCache, LAST_GOOD_PREFIX } from '../../src/runtime/loader.js';
import type { CsrElement } from '../../src/base/csr-element.js';
import { snippet, WIDGETS, type WidgetName } from '../../src/tools/snippet.js';
import { warningsFor } from '../../src/tools/warnings.js';
import { starterConfig } from '../../src/tools/starter.js';

const LABELS: Record<WidgetName, string> = {
  badge: 'Partner badge',
  ribbon: 'Award ribbon',
  share: 'Share bar',
  report: 'Report button',
};

interface Check {
  /** The whole config is refused: no widget can show. */
  fatal: ConfigIssue[];
  /** Entries and sections left out; the other widgets are unaffected. */
  issues: ConfigIssue[];
  warnings: string[];
  config?: ValidatedConfig;
  /** Every partner id in the text, broken entries included (their widgets show why they fall back). */
  partners: string[];
}

function check(text: string): Check {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { fatal: [{ path: '(root)', message: `is not valid JSON: ${(error as Error).message}` }], issues: [], warnings: [], partners: [] };
  }
  const raw = (data as { partners?: unknown } | null)?.partners;
  const partners = raw && typeof raw === 'object' ? Object.keys(raw) : [];
  const result = validateConfig(data);
  if (!result.ok) return { fatal: result.issues, issues: [], warnings: [], partners };
  return { fatal: [], issues: [...result.config.issues], warnings: warningsFor(result.config), config: result.config, partners };
}

export class ConfigEditor extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, sans-serif;
      color: inherit;
    }
    .layout {
      display: grid;
      grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
      gap: 24px;
    }
    @media (max-width: 900px) {
      .layout {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    h2 {
      font-size: 1.1rem;
      margin: 24px 0 8px;
    }
    h2:first-child {
      margin-block-start: 0;
    }
    label {
      display: block;
      font-weight: 600;
      margin-block: 12px 4px;
    }
    textarea,
    input,
    select {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid #767676;
      border-radius: 4px;
      padding: 6px 8px;
      box-sizing: border-box;
    }
    textarea {
      width: 100%;
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 13px;
      line-height: 1.45;
    }
    #config {
      min-height: 28rem;
    }
    #snippet {
      min-height: 9rem;
    }
    input[type='url'] {
      width: 100%;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 12px;
      align-items: end;
    }
    .row > div {
      flex: 1 1 12rem;
    }
    fieldset {
      border: 1px solid #767676;
      border-radius: 4px;
      margin-block-start: 12px;
    }
    fieldset label {
      display: inline-flex;
      gap: 4px;
      font-weight: normal;
      margin: 0 12px 0 0;
      min-height: 24px;
      align-items: center;
    }
    button {
      font: inherit;
      min-height: 32px;
      padding: 4px 12px;
      border-radius: 4px;
      border: 1px solid #0b5394;
      background: #0b5394;
      color: #ffffff;
      cursor: pointer;
    }
    button.secondary {
      background: transparent;
      color: inherit;
    }
    button:focus-visible,
    textarea:focus-visible,
    input:focus-visible,
    select:focus-visible {
      outline: 3px solid #1a5fb4;
      outline-offset: 2px;
    }
    .messages {
      margin: 8px 0 0;
      padding-inline-start: 1.2rem;
    }
    .messages li {
      margin-block: 2px;
    }
    .fatal,
    .issue {
      color: #b00020;
    }
    .warning {
      color: #7a4d00;
    }
    :host([data-theme='dark']) .fatal,
    :host([data-theme='dark']) .issue {
      color: #ffb4ab;
    }
    :host([data-theme='dark']) .warning {
      color: #ffd479;
    }
    code {
      font-family: ui-monospace, Menlo, Consolas, monospace;
    }
    .widgets {
      display: flex;
      flex-direction: column;
      gap: 16px;
    }
    .widget h3 {
      font-size: 0.95rem;
      margin: 0 0 6px;
    }
    .state {
      font-size: 0.9rem;
      margin: 6px 0 0;
    }
    .ok {
      color: #1b6e20;
    }
    :host([data-theme='dark']) .ok {
      color: #8fd694;
    }
  `;

  static override properties = {
    initial: {},
    theme: {},
    text: { state: true },
    src: { state: true },
    partner: { state: true },
    configUrl: { state: true },
    scriptUrl: { state: true },
    chosen: { state: true },
    checked: { state: true },
    widgetStates: { state: true },
  };

  /** The config text to start from. */
  initial = '';

  /** Theme for the widgets (the toolbar's). */
  theme = 'light';

  private text = '';
  private src?: string;
  private partner = '';
  private configUrl = 'https://ngo.example/csr.json';
  private scriptUrl = '/js/csr-widgets.js';
  /** The widgets shown and put in the snippet: all of them until unticked. */
  private chosen = Object.keys(WIDGETS) as WidgetName[];
  private checked: Check = { fatal: [], issues: [], warnings: [], partners: [] };
  /** What each widget reported: its csr-error, or ready. */
  private widgetStates: Record<string, string> = {};

  private timer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.text && this.initial) this.apply(this.initial);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
    this.release();
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('initial') && this.initial && !this.text) this.apply(this.initial);
    if (changed.has('theme')) this.dataset.theme = this.theme;
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('src') || changed.has('partner') || changed.has('chosen')) void this.refreshStates();
  }

  /** What each widget shows once it has settled: its content, or its fallback and why. */
  private async refreshStates(): Promise<void> {
    const src = this.src;
    const widgets = [...this.renderRoot.querySelectorAll<CsrElement>('.widget > *:not(h3, p)')];
    await Promise.all(widgets.map((w) => w.settled?.()));
    if (src !== this.src) return;
    this.widgetStates = Object.fromEntries(
      widgets.map((w) => [w.localName, w.problem ? `${w.problem.code}: ${w.problem.message}` : 'ready']),
    );
  }

  /** Resolves once every widget in the preview shows its content or its fallback. */
  async settled(): Promise<void> {
    await this.updateComplete;
    await this.refreshStates();
    await this.updateComplete;
  }

  /** Drops the previous blob: URL, its cached load and its last-known-good copy. */
  private release(): void {
    if (!this.src) return;
    clearConfigCache(this.src);
    try {
      localStorage.removeItem(LAST_GOOD_PREFIX + this.src);
    } catch {
      // Storage blocked: nothing was kept either.
    }
    URL.revokeObjectURL(this.src);
  }

  /** Validates `text` and, when it is JSON, hands it to the widgets. */
  apply(text: string): void {
    this.text = text;
    const checked = check(text);
    if (checked.fatal.some((i) => i.message.startsWith('is not valid JSON'))) {
      // Keep the preview, the partners and the snippet of the last text that was JSON.
      this.checked = { ...this.checked, fatal: checked.fatal, issues: [], warnings: [] };
      return;
    }
    this.checked = checked;
    const { partners } = checked;
    if (partners.length && !partners.includes(this.partner)) this.partner = partners[0];
    this.release();
    this.src = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  }

  private onInput(event: Event): void {
    const { value } = event.target as HTMLTextAreaElement;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.apply(value), 300);
  }

  private toggleWidget(name: WidgetName, on: boolean): void {
    const set = new Set(this.chosen);
    if (on) set.add(name);
    else set.delete(name);
    this.chosen = (Object.keys(WIDGETS) as WidgetName[]).filter((n) => set.has(n));
  }

  private snippetText(): string {
    return snippet({
      src: this.configUrl,
      partner: this.partner,
      widgets: this.chosen,
      script: this.scriptUrl,
      config: this.checked.config,
      lang: this.closest('[lang]')?.getAttribute('lang') ?? 'en',
    });
  }

  private async copySnippet(): Promise<void> {
    const field = this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet');
    try {
      await navigator.clipboard.writeText(this.snippetText());
    } catch {
      field?.select();
    }
  }

  private renderMessages() {
    const { fatal, issues, warnings } = this.checked;
    const count = fatal.length + issues.length;
    const summary = fatal.length
      ? `The widgets refuse this config: ${fatal.length} problem${fatal.length === 1 ? '' : 's'}.`
      : count
        ? `${count} problem${count === 1 ? '' : 's'}: these entries are left out; everything else works.`
        : 'Valid: every widget can use this config.';
    return html`<h2>Validation</h2>
      <p role="status" class=${count ? 'issue' : 'ok'}>${summary}</p>
      ${count || warnings.length
        ? html`<ul class="messages" aria-label="Problems and warnings">
            ${fatal.map((i) => html`<li class="fatal"><code>${i.path}</code>: ${i.message}</li>`)}
            ${issues.map((i) => html`<li class="issue"><code>${i.path}</code>: ${i.message}</li>`)}
            ${warnings.map((w) => html`<li class="warning">Warning: ${w}</li>`)}
          </ul>`
        : nothing}`;
  }

  private renderWidgets() {
    const tags = this.chosen.map((name) => [name, WIDGETS[name]] as const);
    return html`<h2>Preview for ${this.partner || 'no partner'}</h2>
      <csr-provider src=${this.src ?? ''} partner=${this.partner} @csr-error=${() => this.refreshStates()}>
        <div class="widgets">
          ${tags.map(([name, tag]) => {
            const status = this.widgetStates[tag];
            return html`<section class="widget" aria-label=${LABELS[name]}>
              <h3>${LABELS[name]}</h3>
              ${staticHtml`<${unsafeStatic(tag)} theme=${this.theme}></${unsafeStatic(tag)}>`}
              <p class="state ${status === 'ready' ? 'ok' : status ? 'issue' : ''}">${status ? (status === 'ready' ? 'Shown.' : `Fallback: ${status}`) : 'Loading…'}</p>
            </section>`;
          })}
        </div>
      </csr-provider>`;
  }

  protected override render() {
    const { partners } = this.checked;
    return html`<div class="layout">
      <div>
        <h2>Your config</h2>
        <div class="row">
          <button class="secondary" @click=${() => this.apply(this.initial)}>Load the example</button>
          <button class="secondary" @click=${() => this.apply(`${JSON.stringify(starterConfig(), null, 2)}\n`)}>Start from the starter</button>
        </div>
        <label for="config">Config (JSON)</label>
        <textarea id="config" spellcheck="false" .value=${this.text} @input=${this.onInput}></textarea>
        ${this.renderMessages()}
      </div>
      <div>
        ${this.renderWidgets()}
        <h2>Snippet for the partner</h2>
        <div class="row">
          <div>
            <label for="partner">Partner</label>
            <select id="partner" .value=${this.partner} @change=${(e: Event) => (this.partner = (e.target as HTMLSelectElement).value)}>
              ${partners.map((id) => html`<option value=${id} ?selected=${id === this.partner}>${id}</option>`)}
            </select>
          </div>
          <div>
            <label for="config-url">Where the config is hosted</label>
            <input id="config-url" type="url" .value=${this.configUrl} @input=${(e: Event) => (this.configUrl = (e.target as HTMLInputElement).value)} />
          </div>
        </div>
        <label for="script-url">Where the partner's page loads csr-widgets.js</label>
        <input id="script-url" type="url" .value=${this.scriptUrl} @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)} />
        <fieldset>
          <legend>Widgets</legend>
          ${(Object.keys(WIDGETS) as WidgetName[]).map(
            (name) => html`<label
              ><input type="checkbox" .checked=${this.chosen.includes(name)} @change=${(e: Event) => this.toggleWidget(name, (e.target as HTMLInputElement).checked)} />
              ${LABELS[name]}</label
            >`,
          )}
        </fieldset>
        <label for="snippet">HTML to paste</label>
        <textarea id="snippet" readonly .value=${this.snippetText()}></textarea>
        <button @click=${this.copySnippet}>Copy the snippet</button>
      </div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'config-editor': ConfigEditor;
  }
}
