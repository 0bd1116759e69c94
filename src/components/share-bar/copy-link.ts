/**
 * The share bar's copy action: the Clipboard API, else a field with the link, selected, and the
 * old `execCommand('copy')`; a status line announces the outcome either way.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { problem } from '../../config/errors.js';
import { attempt, focusAfterUpdate, type ShareHost } from './share-host.js';

export class CopyLink {
  /** The announced outcome; emptied before each copy, so that a second copy is announced again. */
  status = '';
  /** Whether the field with the link is shown (the clipboard was not available). */
  fieldShown = false;

  readonly #host: ShareHost;

  constructor(host: ShareHost) {
    this.#host = host;
  }

  async copy(url: string): Promise<void> {
    const host = this.#host;
    this.status = '';
    host.element.requestUpdate();
    await host.element.updateComplete;
    let copied: boolean | undefined = true;
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No Clipboard API, or no permission: fall back to a selected field.
      this.fieldShown = true;
      host.element.requestUpdate();
      await focusAfterUpdate(host, 'copy-field', true);
      copied = attempt(() => document.execCommand('copy'));
    }
    this.status = host.t(copied ? 'share.copied' : 'share.copy-failed');
    host.element.requestUpdate();
    if (copied) host.shared('copy', url);
    else host.failed(problem('share-failed', 'copy: the clipboard is not available; the link is shown to copy by hand'));
  }

  /** The field with the link, when the clipboard was not available. */
  renderField(url: string): TemplateResult | typeof nothing {
    return this.fieldShown
      ? html`<div class="copy-field">
          <label for="copy-field" class="visually-hidden">${this.#host.t('share.copy')}</label>
          <input
            id="copy-field"
            part="copy-field"
            readonly
            .value=${url}
            @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
          />
        </div>`
      : nothing;
  }
}
