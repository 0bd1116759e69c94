/**
 * A small schema kit for the config. A schema checks a value (`parse`) and carries its rules as
 * data, which `json-schema.ts` turns into JSON Schema; `Infer` gives its TypeScript type. So one
 * definition in `schema.ts` is the validation, the types and the published JSON Schema.
 *
 * `parse(value, path, issues)` adds every problem it finds to `issues`, with its dotted path from
 * where checking began (`path` is `''` there; an empty key at the very start adds nothing), and
 * returns the output (a copy without unknown keys, with transforms applied), or `NO` when the
 * value, or something in it, is not even of the right type (as opposed to failing a check). A
 * union uses that difference to tell which alternative the value meant.
 *
 * Only own keys are read, and the objects a schema outputs have no prototype: a property that a
 * page added to `Object.prototype` is never taken for a config value.
 */
import type { ConfigIssue } from './validate.js';

/** What `parse` returns for a value of the wrong type. */
export const NO: unique symbol = Symbol();

/** A check on a string: a maximum length, a pattern or a test, with its message. */
export type Rule = [maxLength: number, message?: string] | [test: RegExp | ((value: string) => boolean), message: string];

/** What every schema has: the check, and what `opt` and `meta` add. */
interface Base<T> {
  parse(value: unknown, path: string, issues: ConfigIssue[]): T | typeof NO;
  /** Set by `opt`: an object may leave the key out. */
  optional?: true;
  title?: string;
  description?: string;
}

/** The kinds of schema, each with the data `json-schema.ts` needs. */
export type Kind =
  | { kind: 'string'; rules: readonly Rule[] }
  | { kind: 'integer'; min: number; max: number }
  | { kind: 'enum'; options: readonly (string | number)[] }
  | { kind: 'object'; entries: Entries }
  | { kind: 'record'; key: Schema<string>; value: Schema }
  | { kind: 'array'; item: Schema; max: number }
  | { kind: 'union'; anyOf: readonly Schema[] };

/** A schema: a check that says by its `kind` what it is. */
export type Schema<T = unknown> = Base<T> & Kind;

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

/** Adds an issue (unless it repeats the last one) and returns `NO`. */
const add = (issues: ConfigIssue[], path: string, message: string): typeof NO => {
  const last = issues[issues.length - 1];
  if (!last || last.path !== path || last.message !== message) issues.push({ path, message });
  return NO;
};

/** The path of `key` inside `path`. */
const at = (path: string, key: string | number): string => (path ? `${path}.${key}` : `${key}`);

const isObject = (value: unknown): value is Record<string, unknown> => !!value && typeof value == 'object';

/**
 * A string. `type` is the message for a value that is not a string; each rule is checked in turn
 * and every failing one is reported.
 */
/* @__NO_SIDE_EFFECTS__ */
export function str(type?: string, ...rules: Rule[]): Schema<string> {
  return {
    kind: 'string',
    rules,
    parse: (value, path, issues) => {
      if (typeof value != 'string') return add(issues, path, type ?? 'must be text');
      for (const [test, message] of rules)
        if (typeof test == 'number' ? value.length > test : typeof test == 'function' ? !test(value) : !test.test(value))
          add(issues, path, message ?? `must be at most ${test} characters`);
      return value;
    },
  };
}

/** A string schema that lower-cases the value first. */
/* @__NO_SIDE_EFFECTS__ */
export function lower(schema: Schema<string>): Schema<string> {
  return { ...schema, parse: (value, path, issues) => schema.parse(typeof value == 'string' ? value.toLowerCase() : value, path, issues) };
}

/** An integer from `min` to `max`; `type` is the message for a value that is not a number or not whole. */
/* @__NO_SIDE_EFFECTS__ */
export function int(type: string, [min, minMessage]: [number, string], [max, maxMessage]: [number, string]): Schema<number> {
  return {
    kind: 'integer',
    min,
    max,
    parse: (value, path, issues) => {
      if (typeof value != 'number' || value !== value) return add(issues, path, type);
      if (!Number.isInteger(value)) add(issues, path, type);
      if (!(value >= min)) add(issues, path, minMessage);
      if (!(value <= max)) add(issues, path, maxMessage);
      return value;
    },
  };
}

/** One of `options`. */
/* @__NO_SIDE_EFFECTS__ */
export function pick<const T extends readonly (string | number)[]>(options: T, message: string): Schema<T[number]> {
  return {
    kind: 'enum',
    options,
    parse: (value, path, issues) => (options.includes(value as T[number]) ? (value as T[number]) : add(issues, path, message)),
  };
}

/** Makes an object's key optional: left out, or `undefined`. */
/* @__NO_SIDE_EFFECTS__ */
export function opt<T>(schema: Schema<T>): Schema<T | undefined> & Optional {
  return { ...schema, optional: true, parse: (value, path, issues) => (value === undefined ? value : schema.parse(value, path, issues)) };
}

/**
 * An object with these entries; other keys are ignored and left out of the output. `message` is
 * for a value that is not an object and for each required key that is missing.
 */
/* @__NO_SIDE_EFFECTS__ */
export function obj<E extends Entries>(entries: E, message: string): Schema<ObjectOf<E>> {
  return {
    kind: 'object',
    entries,
    parse: (value, path, issues) => {
      if (!isObject(value)) return add(issues, path, message);
      const out: Record<string, unknown> = Object.create(null);
      let typed = true;
      for (const key of Object.keys(entries)) {
        const where = at(path, key);
        if (Object.hasOwn(value, key)) {
          const result = entries[key].parse(value[key], where, issues);
          if (result === NO) typed = false;
          out[key] = result;
        } else if (!entries[key].optional) {
          typed = false;
          add(issues, where, message);
        }
      }
      return typed ? (out as ObjectOf<E>) : NO;
    },
  };
}

/**
 * A map: every own key is checked with `key` and its value with `value`. `__proto__`,
 * `constructor` and `prototype` are skipped.
 */
/* @__NO_SIDE_EFFECTS__ */
export function rec<V>(key: Schema<string>, value: Schema<V>, message: string): Schema<Record<string, V>> {
  return {
    kind: 'record',
    key,
    value,
    parse: (input, path, issues) => {
      if (!isObject(input)) return add(issues, path, message);
      const out: Record<string, V> = Object.create(null);
      let typed = true;
      for (const k of Object.keys(input))
        if (k !== '__proto__' && k !== 'constructor' && k !== 'prototype') {
          const where = at(path, k);
          key.parse(k, where, issues);
          const result = value.parse(input[k], where, issues);
          if (result === NO) typed = false;
          else out[k] = result;
        }
      return typed ? out : NO;
    },
  };
}

/**
 * A list of `item`, at most `max` long. The length is checked only when every item is of the
 * right type.
 */
/* @__NO_SIDE_EFFECTS__ */
export function arr<T>(item: Schema<T>, message: string, max: number, maxMessage: string): Schema<T[]> {
  return {
    kind: 'array',
    item,
    max,
    parse: (value, path, issues) => {
      if (!Array.isArray(value)) return add(issues, path, message);
      let typed = true;
      const out = Array.from(value, (x, i) => {
        const result = item.parse(x, at(path, i), issues);
        if (result === NO) typed = false;
        return result as T;
      });
      if (!typed) return NO;
      if (value.length > max) add(issues, path, maxMessage);
      return out;
    },
  };
}

/**
 * The first alternative that accepts the value. When none does: the issues of the one
 * alternative whose type the value has; when no alternative, or more than one, has it: `message`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function union<A, B>(anyOf: [Schema<A>, Schema<B>], message: string): Schema<A | B> {
  return {
    kind: 'union',
    anyOf,
    parse: (value, path, issues) => {
      const typed: [A | B, ConfigIssue[]][] = [];
      for (const schema of anyOf) {
        const own: ConfigIssue[] = [];
        const result = schema.parse(value, path, own);
        if (result !== NO) {
          if (!own.length) return result;
          typed.push([result, own]);
        }
      }
      if (typed.length !== 1) {
        add(issues, path, message);
        return typed.length ? (value as A | B) : NO;
      }
      for (const issue of typed[0][1]) add(issues, issue.path, issue.message);
      return typed[0][0];
    },
  };
}

/** A schema with a title or description for the JSON Schema. */
/* @__NO_SIDE_EFFECTS__ */
export function meta<S extends Schema>(schema: S, about: { title?: string; description?: string }): S {
  return { ...schema, ...about };
}

/** Whether `schema` accepts `value`. */
export function is(schema: Schema, value: unknown): boolean {
  const issues: ConfigIssue[] = [];
  schema.parse(value, '', issues);
  return !issues.length;
}
