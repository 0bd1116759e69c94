/**
 * A small schema kit for the config. A schema is plain data: what `kind` of value it describes
 * and that kind's rules and messages. Two readers switch on `kind`: `parse` here checks a value,
 * `json-schema.ts` writes the JSON Schema; `Infer` gives the TypeScript type. So one definition
 * in `schema.ts` is the validation, the types and the published JSON Schema, and a new kind
 * fails to compile until both readers handle it.
 *
 * `parse(schema, value, path, issues)` adds every problem it finds to `issues`, with its dotted
 * path from where checking began (`path` is `''` there; an empty key at the very start adds
 * nothing), and returns the output (a copy without unknown keys, with transforms applied), or
 * `NO` when the value, or something in it, is not even of the right type (as opposed to failing
 * a check). A union uses that difference to tell which alternative the value meant.
 *
 * Every message is named where it is given: `type` for a value of the wrong type, `message` for
 * a choice, and `maxMessage`, `minMessage`, `patternMessage`, `testMessage` for the checks. Where
 * one may be left out, its default is said below.
 *
 * Only own keys are read, and the objects `parse` outputs have no prototype: a property that a
 * page added to `Object.prototype` is never taken for a config value.
 */
import type { ConfigIssue } from './errors.js';

/** What `parse` returns for a value of the wrong type. */
export const NO: unique symbol = Symbol();

/** Only a type: what a schema outputs, for `Infer`. */
declare const OUTPUT: unique symbol;

/**
 * What a string must be, each check with its message. The checks run in this order (length,
 * pattern, test) and every failing one is reported; `max` and `pattern` go into the JSON Schema
 * as `maxLength` and `pattern`, in the order they are written.
 */
export interface StringOptions {
  /** The message for a value that is not a string; by default "must be text". */
  type?: string;
  /** The maximum length. `maxMessage` is by default "must be at most N characters". */
  max?: number;
  maxMessage?: string;
  /** A pattern the whole value must match. `patternMessage` is by default `type`. */
  pattern?: RegExp;
  patternMessage?: string;
  /** A check that JSON Schema cannot say. `testMessage` is by default `type`. */
  test?: (value: string) => boolean;
  testMessage?: string;
}

/** What every schema may have besides its kind: set by `opt` and `meta`. */
interface Base<T> {
  readonly [OUTPUT]?: T;
  /** An object may leave the key out (or give `undefined`). */
  optional?: true;
  title?: string;
  description?: string;
  /** Example values, for the JSON Schema's `examples`. */
  examples?: readonly unknown[];
  /**
   * The values an editor should offer: the JSON Schema's `enum`, so that an editor completes them
   * and flags any other value. Validation is not narrowed: it still accepts any value of the schema
   * (a later version may know more).
   */
  known?: readonly (string | number)[];
}

/** The kinds of schema, each with its rules and messages. */
export type Kind =
  | ({ kind: 'string'; lower?: true } & StringOptions)
  | { kind: 'integer'; type: string; min: number; minMessage: string; max: number; maxMessage: string }
  | { kind: 'enum'; options: readonly (string | number)[]; message: string }
  | { kind: 'object'; entries: Entries; type?: string }
  | { kind: 'record'; key: Schema<string>; value: Schema; type: string }
  | { kind: 'array'; item: Schema; type: string; max: number; maxMessage: string }
  | { kind: 'union'; anyOf: readonly Schema[]; message: string };

/** A schema whose output is a `T`. */
export type Schema<T = unknown> = Base<T> & Kind;

/** A schema of one kind. */
export type SchemaOf<K extends Kind['kind'], T> = Base<T> & Extract<Kind, { kind: K }>;

type Entries = Record<string, Schema<any>>;
type Optional = { optional: true };
type Flat<T> = { [K in keyof T]: T[K] };

/** The type of what a schema accepts. */
export type Infer<S> = S extends Base<infer T> ? T : never;

type ObjectOf<E extends Entries> = Flat<
  { -readonly [K in keyof E as E[K] extends Optional ? never : K]: Infer<E[K]> } & {
    -readonly [K in keyof E as E[K] extends Optional ? K : never]?: Infer<E[K]>;
  }
>;

/** A string: see `StringOptions`. */
/* @__NO_SIDE_EFFECTS__ */
export const str = (options?: StringOptions): SchemaOf<'string', string> => ({ kind: 'string', ...options });

/** A string schema that lower-cases the value before checking it. */
/* @__NO_SIDE_EFFECTS__ */
export const lower = (schema: SchemaOf<'string', string>): SchemaOf<'string', string> => ({ ...schema, lower: true });

/** An integer from `min` to `max`; `type` is the message for a value that is not a number or not whole. */
/* @__NO_SIDE_EFFECTS__ */
export const int = (options: { type: string; min: number; minMessage: string; max: number; maxMessage: string }): SchemaOf<'integer', number> => ({
  kind: 'integer',
  ...options,
});

/** One of `options`; `message` for any other value. */
/* @__NO_SIDE_EFFECTS__ */
export const pick = <const T extends readonly (string | number)[]>(options: T, messages: { message: string }): SchemaOf<'enum', T[number]> => ({
  kind: 'enum',
  options,
  ...messages,
});

/** Makes an object's key optional: left out, or `undefined`. */
/* @__NO_SIDE_EFFECTS__ */
export const opt = <S extends Schema>(schema: S): S & Optional => ({ ...schema, optional: true });

/**
 * An object with these entries; other keys are ignored and left out of the output. `type` (by
 * default "must be an object") is the message for a value that is not an object and for each
 * required key that is missing.
 */
/* @__NO_SIDE_EFFECTS__ */
export const obj = <E extends Entries>(entries: E, messages?: { type?: string }): SchemaOf<'object', ObjectOf<E>> => ({
  kind: 'object',
  entries,
  ...messages,
});

/**
 * A map: every own key is checked with `key` and its value with `value`; `type` is the message
 * for a value that is not an object. `__proto__`, `constructor` and `prototype` are skipped.
 */
/* @__NO_SIDE_EFFECTS__ */
export const rec = <V>(key: Schema<string>, value: Schema<V>, messages: { type: string }): SchemaOf<'record', Record<string, V>> => ({
  kind: 'record',
  key,
  value,
  ...messages,
});

/**
 * A list of `item`, at most `max` long (else `maxMessage`); `type` is the message for a value that
 * is not a list. The length is checked only when every item is of the right type.
 */
/* @__NO_SIDE_EFFECTS__ */
export const arr = <T>(item: Schema<T>, options: { type: string; max: number; maxMessage: string }): SchemaOf<'array', T[]> => ({
  kind: 'array',
  item,
  ...options,
});

/**
 * The first of the alternatives that accepts the value. When none does: the issues of the one
 * alternative whose type the value has; when no alternative, or more than one, has it: `message`.
 */
/* @__NO_SIDE_EFFECTS__ */
export const union = <S extends readonly [Schema, ...Schema[]]>(anyOf: S, messages: { message: string }): SchemaOf<'union', Infer<S[number]>> => ({
  kind: 'union',
  anyOf,
  ...messages,
});

/** What `meta` adds to a schema: documentation for the JSON Schema, which validation never reads. */
export type About = Pick<Base<unknown>, 'title' | 'description' | 'examples' | 'known'>;

/**
 * A schema with a title, description, examples or known values for the JSON Schema (see `About`).
 * The builds that go to browsers (vite.config.ts) replace every `meta(schema, about)` call in src/
 * with `schema` (scripts/schema-docs.js): the documentation never reaches them.
 */
/* @__NO_SIDE_EFFECTS__ */
export const meta = <S extends Schema>(schema: S, about: About): S => ({ ...schema, ...about });

/** Adds an issue (unless it repeats the last one) and returns `NO`. */
const add = (issues: ConfigIssue[], path: string, message: string): typeof NO => {
  const last = issues[issues.length - 1];
  if (!last || last.path !== path || last.message !== message) issues.push({ path, message });
  return NO;
};

/** The path of `key` inside `path`. */
const at = (path: string, key: string | number): string => (path ? `${path}.${key}` : `${key}`);

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value == 'object';

/** Checks `value` against `schema`: see the top of this file. */
export function parse<T>(schema: Schema<T>, value: unknown, path: string, issues: ConfigIssue[]): T | typeof NO;
export function parse(schema: Schema, value: unknown, path: string, issues: ConfigIssue[]): unknown {
  if (value === undefined && schema.optional) return value;
  let typed = true;
  switch (schema.kind) {
    case 'string': {
      const { type = 'must be text', max = Infinity, pattern, test } = schema;
      if (typeof value != 'string') return add(issues, path, type);
      const text = schema.lower ? value.toLowerCase() : value;
      if (text.length > max) add(issues, path, schema.maxMessage ?? `must be at most ${max} characters`);
      if (pattern && !pattern.test(text)) add(issues, path, schema.patternMessage ?? type);
      if (test && !test(text)) add(issues, path, schema.testMessage ?? type);
      return text;
    }
    case 'integer':
      if (typeof value != 'number' || value !== value) return add(issues, path, schema.type);
      if (!Number.isInteger(value)) add(issues, path, schema.type);
      if (!(value >= schema.min)) add(issues, path, schema.minMessage);
      if (!(value <= schema.max)) add(issues, path, schema.maxMessage);
      return value;
    case 'enum':
      return schema.options.includes(value as string) ? value : add(issues, path, schema.message);
    case 'object': {
      const { entries, type = 'must be an object' } = schema;
      if (!isObject(value)) return add(issues, path, type);
      const out: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(entries)) {
        const where = at(path, key);
        if (Object.hasOwn(value, key)) {
          const result = parse(entries[key], value[key], where, issues);
          if (result === NO) typed = false;
          out[key] = result;
        } else if (!entries[key].optional) {
          typed = false;
          add(issues, where, type);
        }
      }
      return typed ? out : NO;
    }
    case 'record': {
      if (!isObject(value)) return add(issues, path, schema.type);
      const out: Record<string, unknown> = Object.create(null);
      for (const key of Object.keys(value))
        if (key !== '__proto__' && key !== 'constructor' && key !== 'prototype') {
          const where = at(path, key);
          parse(schema.key, key, where, issues);
          const result = parse(schema.value, value[key], where, issues);
          if (result === NO) typed = false;
          else out[key] = result;
        }
      return typed ? out : NO;
    }
    case 'array': {
      if (!Array.isArray(value)) return add(issues, path, schema.type);
      const out = Array.from(value, (item, i) => {
        const result = parse(schema.item, item, at(path, i), issues);
        if (result === NO) typed = false;
        return result;
      });
      if (!typed) return NO;
      if (value.length > schema.max) add(issues, path, schema.maxMessage);
      return out;
    }
    case 'union': {
      const fits: [unknown, ConfigIssue[]][] = [];
      for (const alternative of schema.anyOf) {
        const own: ConfigIssue[] = [];
        const result = parse(alternative, value, path, own);
        if (result !== NO) {
          if (!own.length) return result;
          fits.push([result, own]);
        }
      }
      if (fits.length !== 1) {
        add(issues, path, schema.message);
        return fits.length ? value : NO;
      }
      for (const issue of fits[0][1]) add(issues, issue.path, issue.message);
      return fits[0][0];
    }
    default: {
      // Fails to compile when a kind has no case above.
      const unknown: never = schema;
      return unknown;
    }
  }
}

/** Whether `schema` accepts `value`. */
export function is(schema: Schema, value: unknown): boolean {
  const issues: ConfigIssue[] = [];
  parse(schema, value, '', issues);
  return !issues.length;
}
