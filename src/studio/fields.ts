/**
 * The studio's form fields. Each is bound to a dotted path of the config, shows the validator's
 * problems for that path beside it (linked with `aria-describedby`) and a warning on an example
 * value left from the starter config.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ConfigIssue } from '../config/errors.js';
import type { Json } from './model.js';
import type { StudioKey, StudioLang } from './strings.js';

/** What a field needs from the editor. */
export interface Form {
  lang: StudioLang;
  t(key: StudioKey, params?: Record<string, string | number>): string;
  value(path: string): Json | undefined;
  /** Sets the value at `path` (`undefined` removes it); `typing` merges consecutive keystrokes into one undo step. */
  set(path: string, value: Json | undefined, typing?: boolean): void;
  /** Ends a run of typing (the next edit is a new undo step). */
  settle(): void;
  problemsAt(path: string): ConfigIssue[];
  exampleAt(path: string): boolean;
}

/** An element id for a path (`partners.telenor.url` → `f-partners-telenor-url`). */
export const idFor = (path: string): string => `f-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** The problems and example-value warning under a field, and the id that describes it. */
function notes(form: Form, path: string, exact = false): { id: string; invalid: boolean; template: TemplateResult | typeof nothing } {
  const problems = exact ? form.problemsAt(path).filter((p) => p.path === path) : form.problemsAt(path);
  const example = form.exampleAt(path);
  const id = `${idFor(path)}-notes`;
  if (!problems.length && !example) return { id, invalid: false, template: nothing };
  return {
    id,
    invalid: problems.length > 0,
    template: html`<div class="notes" id=${id}>
      ${problems.map((p) => html`<p class="problem"><code>${p.path}</code>: ${p.message}</p>`)}
      ${example ? html`<p class="example">${form.t('example')}</p>` : nothing}
    </div>`,
  };
}

const valueOf = (event: Event): string => (event.target as HTMLInputElement).value;

/** A one-line text field; an empty field removes the key. */
export function textField(form: Form, path: string, label: string, options: { type?: 'text' | 'url' | 'tel'; required?: boolean; inputmode?: 'numeric' } = {}) {
  const value = form.value(path);
  const n = notes(form, path);
  const id = idFor(path);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      type=${options.type ?? 'text'}
      inputmode=${options.inputmode ?? nothing}
      .value=${value === undefined || value === null ? '' : typeof value === 'string' ? value : JSON.stringify(value)}
      ?required=${options.required ?? false}
      aria-invalid=${n.invalid ? 'true' : 'false'}
      aria-describedby=${n.template === nothing ? nothing : n.id}
      @input=${(e: Event) => form.set(path, valueOf(e) === '' ? undefined : valueOf(e), true)}
      @change=${() => form.settle()}
    />
    ${n.template}
  </div>`;
}

/** A whole number (a year): kept as a number when it is one, else as typed, so that the validator names it. */
export function yearField(form: Form, path: string, label: string) {
  const value = form.value(path);
  const n = notes(form, path);
  const id = idFor(path);
  const parse = (text: string): Json | undefined => (text.trim() === '' ? undefined : /^\d{1,4}$/.test(text.trim()) ? Number(text) : text);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      inputmode="numeric"
      .value=${value === undefined ? '' : String(value)}
      aria-invalid=${n.invalid ? 'true' : 'false'}
      aria-describedby=${n.template === nothing ? nothing : n.id}
      @input=${(e: Event) => form.set(path, parse(valueOf(e)), true)}
      @change=${() => form.settle()}
    />
    ${n.template}
  </div>`;
}

/** A list of words typed as one line, comma-separated (domains, hashtags). */
export function listField(form: Form, path: string, label: string) {
  const value = form.value(path);
  const n = notes(form, path);
  const id = idFor(path);
  const parse = (text: string): Json | undefined => {
    const items = text
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return items.length ? items : undefined;
  };
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      .value=${Array.isArray(value) ? value.join(', ') : value === undefined ? '' : JSON.stringify(value)}
      aria-invalid=${n.invalid ? 'true' : 'false'}
      aria-describedby=${n.template === nothing ? nothing : n.id}
      @change=${(e: Event) => {
        form.set(path, parse(valueOf(e)));
        form.settle();
      }}
    />
    ${n.template}
  </div>`;
}

/**
 * A config text: one field when it is a single string, else one per language (Swedish and English,
 * and any other language the map already has). Clearing every language removes the key.
 */
export function localizedField(form: Form, path: string, label: string, options: { multiline?: boolean } = {}) {
  const value = form.value(path);
  const n = notes(form, path);
  // One text for every language: one field, like any text.
  if (typeof value === 'string') return textField(form, path, label);
  const langs = [...new Set(['sv', 'en', ...(value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [])])];
  const update = (lang: string, text: string) => {
    const map = { ...((value && typeof value === 'object' && !Array.isArray(value) ? value : {}) as Record<string, Json>) };
    if (text === '') delete map[lang];
    else map[lang] = text;
    form.set(path, Object.keys(map).length ? map : undefined, true);
  };
  return html`<div class="field localized" role="group" aria-labelledby=${`${idFor(path)}-label`}>
    <span class="group-label" id=${`${idFor(path)}-label`}>${label}</span>
    ${langs.map((lang) => {
      const id = `${idFor(path)}-${lang}`;
      const text = (value as Record<string, Json> | undefined)?.[lang] ?? '';
      const name = lang === 'sv' || lang === 'en' ? form.t(`text.${lang}`, { label }) : `${label} (${lang})`;
      const attrs = {
        id,
        value: typeof text === 'string' ? text : JSON.stringify(text),
        input: (e: Event) => update(lang, valueOf(e)),
      };
      return html`<label for=${id}>${name}</label>
        ${options.multiline
          ? html`<textarea
              id=${attrs.id}
              rows="3"
              .value=${attrs.value}
              aria-invalid=${n.invalid ? 'true' : 'false'}
              aria-describedby=${n.template === nothing ? nothing : n.id}
              @input=${attrs.input}
              @change=${() => form.settle()}
            ></textarea>`
          : html`<input
              id=${attrs.id}
              .value=${attrs.value}
              aria-invalid=${n.invalid ? 'true' : 'false'}
              aria-describedby=${n.template === nothing ? nothing : n.id}
              @input=${attrs.input}
              @change=${() => form.settle()}
            />`}`;
    })}
    ${n.template}
  </div>`;
}

/** Checkboxes for a list of known names, keeping names it does not know at the end. */
export function choiceList(form: Form, path: string, label: string, known: readonly string[], labelOf: (name: string) => string = (x) => x) {
  const value = form.value(path);
  const chosen = Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : [];
  const n = notes(form, path);
  const toggle = (name: string, on: boolean) => {
    const set = new Set(chosen);
    if (on) set.add(name);
    else set.delete(name);
    const next = [...known.filter((k) => set.has(k)), ...chosen.filter((c) => !known.includes(c) && set.has(c))];
    form.set(path, next.length ? next : undefined);
    form.settle();
  };
  return html`<fieldset class="field choices" aria-describedby=${n.template === nothing ? nothing : n.id}>
    <legend>${label}</legend>
    ${[...known, ...chosen.filter((c) => !known.includes(c))].map(
      (name) => html`<label class="choice"
        ><input type="checkbox" .checked=${chosen.includes(name)} @change=${(e: Event) => toggle(name, (e.target as HTMLInputElement).checked)} />
        ${labelOf(name)}</label
      >`,
    )}
    ${n.template}
  </fieldset>`;
}

/** A choice of one of `options`. */
export function selectField(form: Form, path: string, label: string, options: readonly string[], labelOf: (name: string) => string) {
  const value = form.value(path);
  const n = notes(form, path);
  const id = idFor(path);
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <select
      id=${id}
      aria-invalid=${n.invalid ? 'true' : 'false'}
      aria-describedby=${n.template === nothing ? nothing : n.id}
      @change=${(e: Event) => {
        form.set(path, (e.target as HTMLSelectElement).value);
        form.settle();
      }}
    >
      ${typeof value === 'string' && options.includes(value) ? nothing : html`<option value="" selected>${String(value ?? '')}</option>`}
      ${options.map((o) => html`<option value=${o} ?selected=${o === value}>${labelOf(o)}</option>`)}
    </select>
    ${n.template}
  </div>`;
}
