// Example values left in a config: what `csr-widgets init` wrote and is still in place, and links to
// hosts reserved for examples. No Node or DOM APIs: `csr-widgets validate` warns about each one and
// the studio marks each at its field.
import { starterConfig } from './starter.js';

/** An example value found at a path: the value as JSON, and whether it is the one `init` wrote there. */
export interface ExampleValue {
  json: string;
  fromInit: boolean;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every leaf of a JSON value with its dotted path (lists as a whole), as JSON. */
function leaves(value: unknown, path: string, out: Map<string, string>): Map<string, string> {
  if (isObject(value)) for (const [key, inner] of Object.entries(value)) leaves(inner, path ? `${path}.${key}` : key, out);
  else out.set(path, JSON.stringify(value));
  return out;
}

const STARTER = leaves(starterConfig(), '', new Map());
/** Host names reserved for examples (RFC 2606: `example.com`, `.org`, `.net` and `*.example`). */
const EXAMPLE_HOST = /^https?:\/\/(?:[^/]*\.)?(?:example(?:\.(?:com|net|org))?|[^/]*\.example)(?:[:/?#]|$)/i;
/**
 * Starter values that a config may keep on purpose, so not "left from init": a partner's `status`,
 * the brand colours (applied only with enough contrast), the share bar's heading and text (usable
 * wording as it stands) and its `networks` (known names, in the order the bar shows them).
 */
const CHOICE = /(?:^|\.)(?:status|networks)$|^organization\.brand\.|^share\.(?:title|text)(?:\.|$)/;

/**
 * The values `csr-widgets init` wrote that are still in place (same path, same value), and links to
 * example hosts (`ngo.example`, `example.org`) anywhere: path to value. `$schema`, `version` and
 * `$comment`s are not example values.
 */
export function exampleValues(data: unknown): Map<string, ExampleValue> {
  const found = new Map<string, ExampleValue>();
  if (!isObject(data)) return found;
  for (const [path, json] of leaves(data, '', new Map())) {
    const keys = path.split('.');
    if (path === '$schema' || path === 'version' || keys.includes('$comment')) continue;
    const fromInit = STARTER.get(path) === json && !CHOICE.test(path);
    const text: unknown = json.startsWith('"') ? JSON.parse(json) : undefined;
    if (fromInit || (typeof text === 'string' && EXAMPLE_HOST.test(text))) found.set(path, { json, fromInit });
  }
  return found;
}

/**
 * One warning per example value, naming its path: `report.hotlineUrl: "https://ngo.example/hotline"
 * is an example value left from init: replace it`.
 */
export function exampleWarnings(data: unknown): string[] {
  return Array.from(exampleValues(data), ([path, { json, fromInit }]) =>
    fromInit
      ? `${path}: ${json} is an example value left from init: replace it`
      : `${path}: ${json} is on a host reserved for examples: replace it with the real address`,
  );
}
