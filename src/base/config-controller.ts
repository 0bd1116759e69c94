/**
 * Where a widget's config comes from, and its loading: the element's own `src` / `partner`, else
 * the nearest provider's (asked through the context protocol), else the script tag's; then one
 * shared, validated load per URL.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig, type ConfigState } from '../runtime/get-config.js';
import { pageDefault } from '../runtime/page-default.js';
import { problem } from '../config/errors.js';
import { configContext, requestContext, type ConfigSource } from './context.js';

export type ConfigHost = ReactiveControllerHost & HTMLElement & ConfigSource;

export class ConfigController implements ReactiveController {
  /** The loaded config, or the reason there is none; `undefined` while loading. */
  state?: ConfigState;

  readonly #host: ConfigHost;
  /** The provider's answer; unset outside every provider. */
  #provided?: ConfigSource;
  /** Ends the subscription to the provider's source. */
  #unsubscribe?: () => void;
  #loadingSrc?: string;

  constructor(host: ConfigHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#ask();
    // Inside a provider that is not defined yet: ask again once it is, rather than waiting on an
    // unanswered request.
    if (this.#host.closest('csr-provider') && !customElements.get('csr-provider')) {
      void customElements.whenDefined('csr-provider').then(() => {
        if (this.#host.isConnected) this.#ask();
        this.#host.requestUpdate();
      });
    }
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  /** Asks the nearest provider of the config context; one answers, now and on each change. */
  #ask(): void {
    this.hostDisconnected();
    this.#provided = undefined;
    requestContext(this.#host, configContext, (source, unsubscribe) => {
      this.#unsubscribe = unsubscribe;
      this.#provided = source;
      this.#host.requestUpdate();
    });
  }

  /**
   * The source that applies, first match wins for each of `src` and `partner`. `waiting` while a
   * `<csr-provider>` around the widget is not defined yet (its source is not known).
   */
  get source(): ConfigSource & { waiting?: boolean } {
    const host = this.#host;
    const provided = this.#provided;
    const waiting = !host.src && !provided && !!host.closest('csr-provider') && !customElements.get('csr-provider');
    const page = pageDefault();
    return {
      src: host.src || provided?.src || (waiting ? undefined : page.src),
      partner: host.partner || provided?.partner || page.partner || undefined,
      waiting,
    };
  }

  /** Starts loading when the source's URL changed; the host calls it before each update. */
  sync(src: string | undefined): void {
    if (src === this.#loadingSrc) return;
    this.#loadingSrc = src;
    this.state = undefined;
    if (src) void this.#load(src);
  }

  async #load(src: string): Promise<void> {
    let state: ConfigState;
    try {
      state = await getConfig(src);
    } catch (error) {
      state = { ok: false, problem: problem('internal', String(error)) };
    }
    if (this.#loadingSrc !== src) return;
    this.state = state;
    this.#host.requestUpdate();
  }
}
