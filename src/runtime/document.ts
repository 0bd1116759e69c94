/**
 * The document's own members, read from its prototype. Page markup with a `name` (an
 * `<img name="currentScript">` in an unsanitised comment, a `<form name="querySelector">`)
 * shadows `document.<name>`; these never see it.
 */
const member = (name: string): any => Reflect.get(Document.prototype, name, document);

/** The classic script running now: only ever a real `<script>`. */
export const currentScript = (): HTMLScriptElement | null => {
  const script: unknown = member('currentScript');
  return script instanceof HTMLScriptElement ? script : null;
};

export const documentElement = (): HTMLElement => member('documentElement');

export const baseURI = (): string => member('baseURI');

export const querySelector = (selector: string): Element | null => member('querySelector').call(document, selector);
