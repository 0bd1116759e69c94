/**
 * `<csr-studio>`: the NGO's form-based editor of its config. It edits the parsed JSON itself (so
 * unknown keys, `$comment` and key order stay), validates every change with the widgets' own
 * validator (through `csr-widgets validate`'s check), previews every widget with the library's own
 * elements, and prints the same snippet as `csr-widgets snippet`. Served by `csr-widgets studio` it
 * saves to the file; as the static build it opens a file or URL and downloads the result.
 */
// The library's own elements, for the preview.
import '../define.js';
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues } from 'lit';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import type { ConfigIssue } from '../config/errors.js';
import { hostOf, onSite } from '../config/origin.js';
import { clearConfigCache, LAST_GOOD_PREFIX } from '../runtime/loader.js';
import { checkBytes, type CheckResult } from '../tools/check.js';
import { exampleValues, type ExampleValue } from '../tools/examples.js';
import { formatConfig } from '../tools/starter.js';
import { snippet, WIDGETS, type WidgetName } from '../tools/snippet.js';
import { snippetProblems } from '../tools/snippet-check.js';
import { download, loadFromFile, loadFromServer, loadFromUrl, saveToServer, serverToken, type Loaded } from './io.js';
import { applyPartnerAction, getAt, idFromName, idProblem, partnerActionChanges, setAt, type Json, type JsonObject, type PartnerAction } from './model.js';
import { awardsSection, hotlineCodeProblem, nameOf, organizationSection, partnersSection, reportSection, shareSection, today, type Draft, type Sections } from './sections.js';
import { say, type StudioKey, type StudioLang } from './strings.js';
import { studioStyles } from './studio.styles.js';


const HISTORY_LIMIT = 200;

interface Confirmation {
  message: string;
  ok: string;
  run: () => void;
}

export class CsrStudio extends LitElement implements Sections {
  static override styles = studioStyles;
  static override get properties(): PropertyDeclarations {
    return {
      lang: { reflect: true },
      data: { state: true },
      loaded: { state: true },
      status: { state: true },
      conflict: { state: true },
      editing: { state: true },
      drafts: { state: true },
      hotlineDraft: { state: true },
      confirmation: { state: true },
      previewPartner: { state: true },
      previewLang: { state: true },
      previewTheme: { state: true },
      previewSrc: { state: true },
      configUrl: { state: true },
      scriptUrl: { state: true },
      loadError: { state: true },
    };
  }

  /** The editor's language. */
  override lang: StudioLang = navigator.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
  data: JsonObject = {};
  loaded?: Loaded;
  status = '';
  conflict = false;
  loadError = '';
  editing?: string;
  drafts: Record<'partners' | 'awards', Draft> = { partners: { name: '', id: '', idTyped: false }, awards: { name: '', id: '', idTyped: false } };
  hotlineDraft = '';
  confirmation?: Confirmation;
  previewPartner = '';
  previewLang: StudioLang = this.lang;
  previewTheme: 'light' | 'dark' = 'light';
  previewSrc = '';
  configUrl = '';
  scriptUrl = '/js/csr-widgets.js';

  readonly token = serverToken();
  #history: JsonObject[] = [];
  #at = -1;
  #typing?: string;
  #savedText = '';
  #checked: CheckResult = { problems: [], warnings: [], examples: [] };
  #examples = new Map<string, ExampleValue>();
  #previewTimer?: ReturnType<typeof setTimeout>;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.token) void this.#loadFrom(loadFromServer);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#previewTimer);
    this.#releasePreview();
  }

  // ---- the Form the fields use

  t(key: StudioKey, params?: Record<string, string | number>): string {
    return say(this.lang, key, params);
  }

  value(path: string): Json | undefined {
    return getAt(this.data, path);
  }

  set(path: string, value: Json | undefined, typing = false): void {
    this.#commit(setAt(this.data, path, value), typing ? path : undefined);
  }

  settle(): void {
    this.#typing = undefined;
  }

  problemsAt(path: string): ConfigIssue[] {
    return this.#checked.problems.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
  }

  exampleAt(path: string): boolean {
    for (const key of this.#examples.keys()) if (key === path || key.startsWith(`${path}.`)) return true;
    return false;
  }

  get config() {
    return this.#checked.config;
  }

  /** The check of the config as it is now (what `csr-widgets validate` would say). */
  get checked(): CheckResult {
    return this.#checked;
  }

  /** The config's text as a save writes it. */
  get text(): string {
    return formatConfig(this.data);
  }

  get dirty(): boolean {
    return this.text !== this.#savedText;
  }

  // ---- history

  #commit(next: JsonObject, typing?: string): void {
    if (typing && typing === this.#typing && this.#at > 0) this.#history[this.#at] = next;
    else {
      this.#history = [...this.#history.slice(0, this.#at + 1), next].slice(-HISTORY_LIMIT);
      this.#at = this.#history.length - 1;
    }
    this.#typing = typing;
    this.#show(next);
  }

  get canUndo(): boolean {
    return this.#at > 0;
  }

  get canRedo(): boolean {
    return this.#at < this.#history.length - 1;
  }

  undo(): void {
    if (!this.canUndo) return;
    this.#typing = undefined;
    this.#show(this.#history[--this.#at]);
  }

  redo(): void {
    if (!this.canRedo) return;
    this.#typing = undefined;
    this.#show(this.#history[++this.#at]);
  }

  /** Shows `data`: validates it, finds example values, and schedules the preview. */
  #show(data: JsonObject): void {
    this.data = data;
    const text = formatConfig(data);
    this.#checked = checkBytes({ bytes: new TextEncoder().encode(text) });
    this.#examples = exampleValues(data);
    const ids = Object.keys((getAt(data, 'partners') as JsonObject | undefined) ?? {});
    if (!ids.includes(this.previewPartner)) this.previewPartner = ids[0] ?? '';
    clearTimeout(this.#previewTimer);
    this.#previewTimer = setTimeout(() => this.#updatePreview(), 250);
  }

  // ---- loading and saving

  /** Starts over from a loaded config: the history begins with it. */
  #start(loaded: Loaded): void {
    let data: unknown;
    try {
      data = JSON.parse(loaded.text);
    } catch (error) {
      this.loadError = this.t('open.failed', { reason: `${loaded.name}: ${(error as Error).message}` });
      return;
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) {
      this.loadError = this.t('open.failed', { reason: `${loaded.name}: not a JSON object` });
      return;
    }
    this.loadError = '';
    this.loaded = loaded;
    this.conflict = false;
    this.#history = [];
    this.#at = -1;
    this.#savedText = loaded.exists ? formatConfig(data) : '';
    this.#commit(data as JsonObject);
    const site = getAt(this.data, 'organization.url');
    try {
      this.configUrl = typeof site === 'string' ? new URL('/csr.json', site).href : 'https://ngo.example/csr.json';
    } catch {
      this.configUrl = 'https://ngo.example/csr.json';
    }
  }

  async #loadFrom(read: () => Promise<Loaded>): Promise<void> {
    try {
      this.#start(await read());
    } catch (error) {
      this.loadError = this.t('open.failed', { reason: (error as Error).message });
    }
  }

  async save(): Promise<void> {
    if (!this.token || !this.loaded) return;
    const text = this.text;
    const outcome = await saveToServer(text, this.loaded.version ?? '"absent"', this.token);
    if (outcome.ok) {
      this.loaded = { ...this.loaded, version: outcome.version, exists: true };
      this.#savedText = text;
      this.conflict = false;
      this.status = this.t('saved', { name: this.loaded.name });
    } else {
      this.conflict = outcome.conflict;
      this.status = outcome.conflict ? this.t('save.conflict') : this.t('save.failed', { reason: outcome.reason });
    }
  }

  async reload(): Promise<void> {
    this.status = '';
    await this.#loadFrom(loadFromServer);
  }

  #download(): void {
    download(this.text, this.loaded?.name ?? 'csr.json');
    this.#savedText = this.text;
    this.requestUpdate();
  }

  // ---- partners and awards

  draft(section: 'partners' | 'awards', name: string, id?: string): void {
    const current = this.drafts[section];
    const idTyped = id !== undefined ? true : current.idTyped;
    this.drafts = { ...this.drafts, [section]: { name, id: id ?? (idTyped ? current.id : idFromName(name)), idTyped } };
  }

  add(section: 'partners' | 'awards'): void {
    const { name, id } = this.drafts[section];
    if (!name || idProblem(this.data, section, id)) return;
    const entry: JsonObject = section === 'partners' ? { name, status: 'active' } : { title: name, issuer: { name: '' }, year: new Date().getUTCFullYear() };
    this.#commit(setAt(this.data, `${section}.${id}`, entry));
    this.drafts = { ...this.drafts, [section]: { name: '', id: '', idTyped: false } };
    if (section === 'partners') {
      this.editing = id;
      this.previewPartner = id;
    }
  }

  // ---- hotlines by country

  draftHotline(code: string): void {
    this.hotlineDraft = code.trim().toUpperCase();
  }

  addHotline(): void {
    const code = this.hotlineDraft;
    if (!code || hotlineCodeProblem(this, code)) return;
    this.#commit(setAt(this.data, `report.hotlines.${code}`, { hotlineUrl: '' }));
    this.hotlineDraft = '';
  }

  removeEntry(path: string, name: string): void {
    this.#ask(this.t('confirm.remove', { name }), this.t('confirm.ok', { action: this.t('remove', { name }).toLowerCase() }), () => {
      let data = setAt(this.data, path, undefined);
      const [section, id] = path.split('.');
      if (section === 'partners') {
        // A partner's hotline country goes with it.
        if (getAt(data, `report.partnerCountry.${id}`) !== undefined) data = setAt(data, `report.partnerCountry.${id}`, undefined);
        if (this.editing === id) this.editing = undefined;
      }
      this.#commit(data);
    });
  }

  toggleEdit(id: string): void {
    this.editing = this.editing === id ? undefined : id;
  }

  /** Asks before a one-click change of standing, saying what changes on the partner's site. */
  act(id: string, action: PartnerAction, name: string): void {
    const partner = getAt(this.data, `partners.${id}`) as JsonObject;
    const domains = Array.isArray(partner.domains) ? partner.domains.join(', ') : '';
    const site = domains || this.t('confirm.site.any');
    const changes = partnerActionChanges(partner, action, today());
    const until = (changes.validUntil ?? partner.validUntil) as string | undefined;
    const message = `${this.t(`confirm.${action}`, {
      name,
      site,
      date: String(changes.validUntil ?? ''),
      until: until ? this.t('confirm.until', { date: until }) : '',
    })} ${this.t('confirm.after-save')}`;
    this.#ask(message, this.t('confirm.ok', { action: this.t(`action.${action}`).toLowerCase() }), () =>
      this.#commit(applyPartnerAction(this.data, id, action, today())),
    );
  }

  #ask(message: string, ok: string, run: () => void): void {
    this.confirmation = { message, ok, run };
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('confirmation')) {
      const dialog = this.renderRoot.querySelector('dialog');
      if (this.confirmation && dialog && !dialog.open) dialog.showModal();
    }
  }

  #closeConfirmation(confirmed: boolean): void {
    const run = this.confirmation?.run;
    this.renderRoot.querySelector('dialog')?.close();
    this.confirmation = undefined;
    if (confirmed) run?.();
  }

  // ---- preview and snippet

  /** Drops the previous blob: URL, its cached load and its last-known-good copy. */
  #releasePreview(): void {
    if (!this.previewSrc) return;
    clearConfigCache(this.previewSrc);
    try {
      localStorage.removeItem(LAST_GOOD_PREFIX + this.previewSrc);
    } catch {
      // Storage blocked: nothing was kept either.
    }
    URL.revokeObjectURL(this.previewSrc);
  }

  /**
   * The config for the preview: as edited, without the partners' domains (this page is not their
   * site), and with the organization's site standing for this page, which serves the preview: the
   * badge shows only a config its organization's own site served. Links elsewhere stay as they are,
   * so that the preview refuses what the widgets would.
   */
  #updatePreview(): void {
    let preview = this.data;
    const site = hostOf(getAt(preview, 'organization.url') as string | undefined);
    const here = (path: string) => {
      const value = getAt(preview, path);
      if (typeof value !== 'string' || !onSite(hostOf(value), site)) return;
      const url = new URL(value);
      preview = setAt(preview, path, location.origin + url.pathname + url.search + url.hash);
    };
    here('organization.partnersUrl');
    for (const id of Object.keys((getAt(preview, 'partners') as JsonObject | undefined) ?? {})) {
      if (getAt(preview, `partners.${id}.domains`) !== undefined) preview = setAt(preview, `partners.${id}.domains`, undefined);
      here(`partners.${id}.verifyUrl`);
    }
    here('organization.url');
    this.#releasePreview();
    this.previewSrc = URL.createObjectURL(new Blob([formatConfig(preview)], { type: 'application/json' }));
  }

  /** The snippet exactly as `csr-widgets snippet --src … --partner … --script … --lang …` prints it. */
  get snippetText(): string {
    return snippet({
      src: this.configUrl,
      partner: this.previewPartner,
      script: this.scriptUrl,
      config: this.#checked.config,
      lang: this.previewLang,
    });
  }

  async #copySnippet(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.snippetText);
      this.status = this.t('snippet.copied');
    } catch {
      this.renderRoot.querySelector<HTMLTextAreaElement>('#snippet')?.select();
      this.status = this.t('snippet.copy-failed');
    }
  }

  #onKeydown(event: KeyboardEvent): void {
    const mod = event.ctrlKey || event.metaKey;
    if (!mod) return;
    const key = event.key.toLowerCase();
    if (key === 's' && this.token) {
      event.preventDefault();
      void this.save();
      return;
    }
    // Inside a text field the browser's own undo applies to its text.
    const target = event.composedPath()[0] as HTMLElement;
    if (target.matches?.('input:not([type=checkbox]), textarea')) return;
    if (key === 'z' && !event.shiftKey) this.undo();
    else if (key === 'y' || (key === 'z' && event.shiftKey)) this.redo();
    else return;
    event.preventDefault();
  }

  // ---- rendering

  #renderBar() {
    const name = this.loaded?.name ?? 'csr.json';
    const file = this.loaded ? this.t(this.loaded.exists ? 'file' : 'file.new', { name }) : this.t('file.static');
    return html`<header class="bar">
      <h1>${this.t('title')}</h1>
      <span class="file">${file}${this.dirty && this.loaded ? html` · <strong>${this.t('unsaved')}</strong>` : nothing}</span>
      <div class="bar-actions">
        <button type="button" @click=${() => this.undo()} ?disabled=${!this.canUndo}>${this.t('undo')}</button>
        <button type="button" @click=${() => this.redo()} ?disabled=${!this.canRedo}>${this.t('redo')}</button>
        ${this.token
          ? html`<button type="button" class="primary" id="save" @click=${() => this.save()} ?disabled=${!this.loaded}>${this.t('save')}</button>
              ${this.conflict ? html`<button type="button" @click=${() => this.reload()}>${this.t('reload')}</button>` : nothing}`
          : html`<button type="button" class="primary" id="download" @click=${() => this.#download()} ?disabled=${!this.loaded}>${this.t('download')}</button>`}
        <label class="inline" for="ui-lang">${this.t('language')}</label>
        <select id="ui-lang" @change=${(e: Event) => (this.lang = (e.target as HTMLSelectElement).value as StudioLang)}>
          <option value="sv" ?selected=${this.lang === 'sv'}>Svenska</option>
          <option value="en" ?selected=${this.lang === 'en'}>English</option>
        </select>
      </div>
      <p class="status" role="status" aria-live="polite">${this.status}</p>
    </header>`;
  }

  #renderOpen() {
    if (this.token) return this.loadError ? html`<p class="problem" role="alert">${this.loadError}</p>` : nothing;
    return html`<section class="open" aria-labelledby="h-open">
      <h2 id="h-open" class="visually-hidden">${this.t('open.file')}</h2>
      <label for="open-file">${this.t('open.file')}</label>
      <input
        id="open-file"
        type="file"
        accept=".json,application/json"
        @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void this.#loadFrom(() => loadFromFile(file));
        }}
      />
      <form
        @submit=${(e: Event) => {
          e.preventDefault();
          const url = (this.renderRoot.querySelector('#open-url') as HTMLInputElement).value;
          void this.#loadFrom(() => loadFromUrl(url));
        }}
      >
        <label for="open-url">${this.t('open.url.label')}</label>
        <input id="open-url" type="url" required placeholder="https://…/csr.json" />
        <button type="submit">${this.t('open.url')}</button>
      </form>
      ${this.loadError ? html`<p class="problem" role="alert">${this.loadError}</p>` : nothing}
    </section>`;
  }

  #renderVerdict() {
    const { problems, warnings, config } = this.#checked;
    const verdict = !config ? this.t('verdict.rejected') : problems.length ? this.t('verdict.dropped', { count: problems.length }) : this.t('verdict.valid');
    return html`<section class="verdict ${!config ? 'rejected' : problems.length ? 'dropped' : 'valid'}" aria-labelledby="h-verdict">
      <h2 id="h-verdict">${verdict}</h2>
      ${problems.length || warnings.length
        ? html`<ul aria-label=${this.t('problems')}>
            ${problems.map((p) => html`<li class="problem"><code>${p.path}</code>: ${p.message}</li>`)}
            ${warnings.map((w) => html`<li class="warning">${this.t('warning')}: ${w}</li>`)}
          </ul>`
        : nothing}
    </section>`;
  }

  #renderPreview() {
    const ids = Object.keys((getAt(this.data, 'partners') as JsonObject | undefined) ?? {});
    const select = (id: string, label: string, value: string, options: [string, string][], set: (v: string) => void) =>
      html`<div class="field">
        <label for=${id}>${label}</label>
        <select id=${id} @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
          ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
        </select>
      </div>`;
    const partners = ids.map((id): [string, string] => [id, nameOf(this, getAt(this.data, `partners.${id}`) as JsonObject, 'name', id)]);
    const warnings = this.#checked.config || this.#checked.problems.length ? snippetProblems(this.#checked, this.previewPartner, Object.keys(WIDGETS) as WidgetName[]) : [];
    return html`<section aria-labelledby="h-preview" class="preview">
      <h2 id="h-preview">${this.t('preview')}</h2>
      <div class="row">
        ${select('preview-partner', this.t('preview.partner'), this.previewPartner, partners, (v) => (this.previewPartner = v))}
        ${select('preview-lang', this.t('preview.lang'), this.previewLang, [['sv', 'Svenska'], ['en', 'English']], (v) => (this.previewLang = v as StudioLang))}
        ${select('preview-theme', this.t('preview.theme'), this.previewTheme, [['light', this.t('theme.light')], ['dark', this.t('theme.dark')]], (v) => (this.previewTheme = v as 'light' | 'dark'))}
      </div>
      <p class="note">${this.t('preview.note')}</p>
      <div class="widgets theme-${this.previewTheme}" lang=${this.previewLang}>
        ${this.previewSrc
          ? html`<csr-provider src=${this.previewSrc} partner=${this.previewPartner}>
              ${Object.values(WIDGETS).map((tag) => staticHtml`<div class="widget"><${unsafeStatic(tag)} theme=${this.previewTheme} lang=${this.previewLang}></${unsafeStatic(tag)}></div>`)}
            </csr-provider>`
          : nothing}
      </div>
      <h2 id="h-snippet">${this.t('snippet', { partner: this.previewPartner || '–' })}</h2>
      ${warnings.length ? html`<ul class="snippet-warnings">${warnings.map((w) => html`<li class="warning">${w}</li>`)}</ul>` : nothing}
      <div class="field">
        <label for="snippet-src">${this.t('snippet.src')}</label>
        <input id="snippet-src" type="url" .value=${this.configUrl} @input=${(e: Event) => (this.configUrl = (e.target as HTMLInputElement).value)} />
      </div>
      <div class="field">
        <label for="snippet-script">${this.t('snippet.script')}</label>
        <input id="snippet-script" .value=${this.scriptUrl} @input=${(e: Event) => (this.scriptUrl = (e.target as HTMLInputElement).value)} />
      </div>
      <label for="snippet">${this.t('snippet.code')}</label>
      <textarea id="snippet" readonly rows="7" .value=${this.snippetText}></textarea>
      <button type="button" id="copy" @click=${() => this.#copySnippet()}>${this.t('snippet.copy')}</button>
    </section>`;
  }

  protected override render() {
    return html`<div class="studio" @keydown=${this.#onKeydown}>
      ${this.#renderBar()} ${this.#renderOpen()}
      ${this.loaded
        ? html`<div class="layout">
            <main class="form">
              ${this.#renderVerdict()} ${organizationSection(this)} ${partnersSection(this)} ${awardsSection(this)} ${shareSection(this)}
              ${reportSection(this)}
            </main>
            <aside class="side">${this.#renderPreview()}</aside>
          </div>`
        : nothing}
      <dialog aria-labelledby="confirm-text" @cancel=${() => this.#closeConfirmation(false)}>
        <p id="confirm-text">${this.confirmation?.message ?? ''}</p>
        <div class="row">
          <button type="button" class="primary" id="confirm-ok" @click=${() => this.#closeConfirmation(true)}>${this.confirmation?.ok ?? ''}</button>
          <button type="button" id="confirm-cancel" @click=${() => this.#closeConfirmation(false)}>${this.t('confirm.cancel')}</button>
        </div>
      </dialog>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-studio': CsrStudio;
  }
}
