/**
 * JSON Schema (draft-07) from a `kit.ts` schema: what `scripts/schema.js` writes to
 * `csr-config.schema.json`. Rules that JSON Schema cannot say (a test function, lower-casing)
 * are left out; everything else is there: types, patterns, lengths, ranges, enums, required keys,
 * and the documentation `meta` gives (title, description, examples, and known values as an `enum`,
 * which editors offer and check). Unknown keys stay allowed, as in validation.
 */
import type { Schema } from './kit.js';

export type JsonSchema = { [key: string]: unknown };

export function toJsonSchema(schema: Schema): JsonSchema {
  const json: JsonSchema = {};
  switch (schema.kind) {
    case 'string':
      json.type = 'string';
      // `maxLength` and `pattern` in the order the schema was written with.
      for (const key of Object.keys(schema))
        if (key === 'max' && schema.max !== undefined) json.maxLength = schema.max;
        else if (key === 'pattern' && schema.pattern) json.pattern = schema.pattern.source;
      break;
    case 'integer':
      Object.assign(json, { type: 'integer', minimum: schema.min, maximum: schema.max });
      break;
    case 'enum':
      if (schema.options.length === 1) json.const = schema.options[0];
      else Object.assign(json, { enum: schema.options, type: typeof schema.options[0] });
      break;
    case 'object': {
      const entries = Object.entries(schema.entries);
      json.type = 'object';
      json.properties = Object.fromEntries(entries.map(([key, entry]) => [key, toJsonSchema(entry)]));
      const required = entries.filter(([, entry]) => !entry.optional).map(([key]) => key);
      if (required.length) json.required = required;
      break;
    }
    case 'record':
      Object.assign(json, { type: 'object', propertyNames: toJsonSchema(schema.key), additionalProperties: toJsonSchema(schema.value) });
      break;
    case 'array':
      Object.assign(json, { type: 'array', items: toJsonSchema(schema.item), maxItems: schema.max });
      break;
    case 'union':
      json.anyOf = schema.anyOf.map(toJsonSchema);
      break;
    default:
      return unknownKind(schema);
  }
  // `known`: the values an editor offers and accepts, where validation takes any value of the schema.
  if (schema.known) json.enum = schema.known;
  if (schema.title) json.title = schema.title;
  if (schema.description) json.description = schema.description;
  if (schema.examples) json.examples = schema.examples;
  return json;
}

/** Fails to compile when a kind has no case above, and at run time for a value of no kind. */
const unknownKind = (schema: never): never => {
  throw new Error(`a schema of no known kind: ${String((schema as { kind?: unknown }).kind)}`);
};
