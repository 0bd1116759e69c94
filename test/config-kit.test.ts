import { expect } from '@open-wc/testing';
import { str, lower, int, pick, opt, obj, rec, arr, union, meta, is, NO, type Schema } from '../src/config/kit.js';
import { toJsonSchema } from '../src/config/json-schema.js';
import { LinkSchema, ConfigSchema, type ConfigIssue } from '../src/config/index.js';

/** Runs a schema from the top: the output (or NO) and the issues as "path: message". */
const run = <T>(schema: Schema<T>, value: unknown) => {
  const issues: ConfigIssue[] = [];
  const out = schema.parse(value, '', issues);
  return { out, issues: issues.map((i) => `${i.path}: ${i.message}`) };
};

describe('config schema kit', () => {
  it('checks every rule of a string in order and names a wrong type', () => {
    const s = str('must be text', [5, 'too long'], [/^[a-z]+$/, 'letters only'], [(v) => v !== 'abcdef', 'not that']);
    expect(run(s, 'abc')).to.deep.equal({ out: 'abc', issues: [] });
    expect(run(s, 'abcdef').issues).to.deep.equal([': too long', ': not that']);
    expect(run(s, 'ABCDEFG').issues).to.deep.equal([': too long', ': letters only']);
    expect(run(s, 5)).to.deep.equal({ out: NO, issues: [': must be text'] });
  });

  it('reports a repeated message once', () => {
    const s = str('must be a key', [/^[a-z]+$/, 'must be a key'], [3, 'must be a key']);
    expect(run(s, 'ABCD').issues).to.deep.equal([': must be a key']);
  });

  it('has generic messages where a schema gives none', () => {
    const s = str(undefined, [3]);
    expect(run(s, 'abcd').issues).to.deep.equal([': must be at most 3 characters']);
    for (const value of [1, true, null, {}, [], undefined])
      expect(run(s, value).issues).to.deep.equal([': must be text']);
  });

  it('lower-cases before checking', () => {
    expect(run(lower(str('x', [/^[a-z.]+$/, 'lower only'])), 'Example.ORG')).to.deep.equal({ out: 'example.org', issues: [] });
  });

  it('checks integers and their range', () => {
    const year = int('must be a year', [1900, 'too early'], [2200, 'too late']);
    expect(run(year, 2013).out).to.equal(2013);
    expect(run(year, 1.5).issues).to.deep.equal([': must be a year', ': too early']);
    expect(run(year, Infinity).issues).to.deep.equal([': must be a year', ': too late']);
    expect(run(year, NaN)).to.deep.equal({ out: NO, issues: [': must be a year'] });
    expect(run(year, '2013')).to.deep.equal({ out: NO, issues: [': must be a year'] });
  });

  it('picks one of a list', () => {
    const p = pick(['a', 'b'], 'must be a or b');
    expect(run(p, 'b').out).to.equal('b');
    expect(run(p, 'c').issues).to.deep.equal([': must be a or b']);
  });

  it('keeps the known keys of an object, allows optional ones to be absent and names missing ones', () => {
    const o = obj({ a: str('text'), b: opt(str('text')), c: opt(obj({ d: str('text') }, 'c must be an object')) }, 'must be an object');
    expect(run(o, { a: 'x', extra: 1 })).to.deep.equal({ out: { a: 'x' }, issues: [] });
    expect(run(o, { a: 'x', b: undefined }).out).to.deep.equal({ a: 'x', b: undefined });
    expect(run(o, { b: 1, c: {} }).issues).to.deep.equal(['a: must be an object', 'b: text', 'c.d: c must be an object']);
    expect(run(o, null)).to.deep.equal({ out: NO, issues: [': must be an object'] });
    expect(run(o, []).issues, 'an array is an object too').to.deep.equal(['a: must be an object']);
  });

  it('checks the keys and values of a record and skips prototype keys', () => {
    const r = rec(str(undefined, [/^[a-z]+$/, 'bad key']), str('must be text'), 'must be a map');
    const input = JSON.parse('{"ok":"1","__proto__":"x","constructor":"y","prototype":"z"}');
    expect(run(r, input)).to.deep.equal({ out: { ok: '1' }, issues: [] });
    // No prototype: a key added to Object.prototype by the page is never read as the config's.
    expect(Object.getPrototypeOf(run(r, input).out)).to.equal(null);
    expect(run(r, { 'A B': 1 }).issues).to.deep.equal(['A B: bad key', 'A B: must be text']);
    expect(run(r, 'x').issues).to.deep.equal([': must be a map']);
  });

  it('joins paths with dots, where an empty key at the start adds nothing', () => {
    const r = rec(str(), rec(str(undefined, [/^[a-z]+$/, 'bad key']), str('must be text'), 'inner'), 'outer');
    expect(run(r, { '': { 'B': 1 }, a: { '': 'x' } }).issues).to.deep.equal(['B: bad key', 'B: must be text', 'a.: bad key']);
  });

  it('checks every item of a list, and its length only when every item is of the right type', () => {
    const a = arr(str('must be a tag', [/^\w+$/, 'bad tag']), 'must be a list', 2, 'at most 2');
    expect(run(a, ['a', 'b'])).to.deep.equal({ out: ['a', 'b'], issues: [] });
    expect(run(a, ['a', '-', 'c']).issues).to.deep.equal(['1: bad tag', ': at most 2']);
    expect(run(a, ['a', 1, 'c'])).to.deep.equal({ out: NO, issues: ['1: must be a tag'] });
    // eslint-disable-next-line no-sparse-arrays
    expect(run(a, [, 'b']).issues, 'a hole is undefined').to.deep.equal(['0: must be a tag']);
    expect(run(a, {}).issues).to.deep.equal([': must be a list']);
  });

  it('gives the issues of the alternative whose type the value has, else its own message', () => {
    const text = union([str('must be text', [3, 'too long']), rec(str(undefined, [/^[a-z]{2}$/, 'bad language']), str('must be text', [3, 'too long']), 'x')], 'text or map');
    expect(run(text, 'abc').out).to.equal('abc');
    expect(run(text, { sv: 'abc' }).out).to.deep.equal({ sv: 'abc' });
    expect(run(text, 'abcd').issues).to.deep.equal([': too long']);
    expect(run(text, { sv: 'abcd', xyz: 'a' }).issues).to.deep.equal(['sv: too long', 'xyz: bad language']);
    expect(run(text, { sv: 1 })).to.deep.equal({ out: NO, issues: [': text or map'] });
    expect(run(text, 42)).to.deep.equal({ out: NO, issues: [': text or map'] });
    const both = union([str('a', [/^a$/, 'not a']), str('b', [/^b$/, 'not b'])], 'a or b');
    expect(run(both, 'c')).to.deep.equal({ out: 'c', issues: [': a or b'] });
  });

  it('tells whether a value is accepted', () => {
    expect(is(LinkSchema, 'https://example.org/x')).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'https://user:pw@example.org', 'http://example.org', 42]) expect(is(LinkSchema, bad), String(bad)).to.equal(false);
  });
});

describe('JSON Schema from the kit', () => {
  it('says what each schema checks', () => {
    const schema = meta(
      obj(
        {
          s: meta(str('x', [10, 'long'], [/^a+$/, 'as'], [() => true, 'not in JSON']), { description: 'As.' }),
          n: opt(int('x', [1, 'low'], [9, 'high'])),
          e: pick(['a', 'b'], 'x'),
          one: pick([1], 'x'),
          r: opt(rec(str(undefined, [/^k$/, 'k']), str('x'), 'x')),
          a: opt(arr(lower(str('x')), 'x', 3, 'x')),
          u: opt(union([str('x'), int('x', [0, 'x'], [1, 'x'])], 'x')),
        },
        'x',
      ),
      { title: 'T' },
    );
    expect(toJsonSchema(schema)).to.deep.equal({
      type: 'object',
      properties: {
        s: { type: 'string', maxLength: 10, pattern: '^a+$', description: 'As.' },
        n: { type: 'integer', minimum: 1, maximum: 9 },
        e: { enum: ['a', 'b'], type: 'string' },
        one: { const: 1 },
        r: { type: 'object', propertyNames: { type: 'string', pattern: '^k$' }, additionalProperties: { type: 'string' } },
        a: { type: 'array', items: { type: 'string' }, maxItems: 3 },
        u: { anyOf: [{ type: 'string' }, { type: 'integer', minimum: 0, maximum: 1 }] },
      },
      required: ['s', 'e', 'one'],
      title: 'T',
    });
  });

  it('describes the config with its required sections', () => {
    const json = toJsonSchema(ConfigSchema);
    expect(json.required).to.deep.equal(['version', 'organization']);
    expect(json.title).to.equal('csr-widgets config, version 1');
  });
});
