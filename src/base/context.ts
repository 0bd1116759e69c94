/**
 * The config context, spoken through the Context Community Protocol: the `context-request` event
 * that `@lit/context` defines and implements. Widgets ask with it and `<csr-provider>` answers, so a
 * `ContextConsumer` or `ContextProvider` from `@lit/context` interoperates with both. The protocol
 * is small enough to speak directly, which keeps the script lighter than the full controllers.
 *
 * The key is a string (not a Symbol) so that two copies of the library on one page still match.
 */

export interface ConfigSource {
  /** The config URL, as written on the provider. */
  src?: string;
  /** The partner id. */
  partner?: string;
}

/** A context key carrying its value type; the same shape as `@lit/context`'s `Context`. */
export type ContextKey<Value> = string & { __context__: Value };

export const configContext = 'csr-widgets:config' as ContextKey<ConfigSource>;

export type ContextCallback<Value> = (value: Value, unsubscribe?: () => void) => void;

/** The `context-request` event of the protocol. */
export interface ContextRequestEvent<Value = unknown> extends Event {
  readonly context: unknown;
  readonly contextTarget: Element;
  readonly callback: ContextCallback<Value>;
  readonly subscribe?: boolean;
}

/** Asks the nearest provider of `context` around `target`; `callback` gets the value (and each change). */
export function requestContext<Value>(target: Element, context: ContextKey<Value>, callback: ContextCallback<Value>): void {
  target.dispatchEvent(
    Object.assign(new Event('context-request', { bubbles: true, composed: true }), {
      context,
      contextTarget: target,
      callback,
      subscribe: true,
    }),
  );
}
