import { LitElement, html, css, type PropertyDeclarations } from 'lit';
import { configContext, type ConfigSource, type ContextCallback, type ContextRequestEvent } from '../../base/context.js';
import { getConfig } from '../../runtime/get-config.js';
import { VERSION } from '../../runtime/namespace.js';

/**
 * Loads a config once and provides it, through the context protocol of `@lit/context`, to the
 * widgets inside it.
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

  #value: ConfigSource = {};
  /** Subscribed widgets: each callback with the function that unsubscribes it. */
  readonly #subscribers = new Map<ContextCallback<ConfigSource>, () => void>();

  constructor() {
    super();
    this.addEventListener('context-request', (event) => this.#answer(event as ContextRequestEvent<ConfigSource>));
  }

  #answer(event: ContextRequestEvent<ConfigSource>): void {
    if (event.context !== configContext) return;
    event.stopPropagation();
    const { callback, subscribe } = event;
    const unsubscribe = () => void this.#subscribers.delete(callback);
    if (subscribe) this.#subscribers.set(callback, unsubscribe);
    callback(this.#value, subscribe ? unsubscribe : undefined);
  }

  override connectedCallback(): void {
    // Provide the attributes' value before the widgets inside ask for it.
    this.#sync();
    super.connectedCallback();
  }

  protected override willUpdate(): void {
    this.#sync();
  }

  #sync(): void {
    const value = { src: this.src || undefined, partner: this.partner || undefined };
    const current = this.#value;
    if (current.src !== value.src || current.partner !== value.partner) {
      this.#value = value;
      this.#subscribers.forEach((unsubscribe, callback) => callback(value, unsubscribe));
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
