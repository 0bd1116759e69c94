import { LitElement, html, css, type PropertyDeclarations } from 'lit';
import { ContextProvider } from '@lit/context';
import { configContext } from '../../base/context.js';
import { getConfig } from '../../config/index.js';
import { VERSION } from '../../base/namespace.js';

/**
 * Loads a config once and provides it, through `@lit/context`, to the widgets inside it.
 *
 * @tagname csr-provider
 * @summary Provides one config (and partner) to every widget inside it. Renders no UI of its own.
 * @slot - The widgets (and any other content).
 */
export class CsrProvider extends LitElement {
  static csrVersion = VERSION;
  static override get properties(): PropertyDeclarations {
    return { src: {}, partner: {} };
  }
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** URL of the config for the widgets inside. */
  src?: string;

  /** Partner id for the widgets inside. */
  partner?: string;

  private readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });

  override connectedCallback(): void {
    // Provide the attributes' value before the widgets inside ask for it.
    this.sync();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.sync();
  }

  private sync(): void {
    const value = { src: this.src || undefined, partner: this.partner || undefined };
    const current = this.provider.value;
    if (current.src !== value.src || current.partner !== value.partner) {
      this.provider.setValue(value);
      // Start the one request early; the widgets share it.
      if (value.src) void getConfig(value.src);
    }
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'csr-provider': CsrProvider;
  }
}
