import { expect } from '@open-wc/testing';
import { str, lower, int, pick, opt, obj, rec, arr, union, meta, is, parse, NO, type Schema } from '../src/config/kit.js';
import { toJsonSchema } from '../src/config/json-schema.js';
import { LinkSchema, ConfigSchema, type ConfigIssue } from '../src/config/index.js';

/** Runs a schema from the top: the output (or NO) and the issues as "path: message". */
const run = <T>(schema: Schema<T>, value: unknown) => {
  const issues: ConfigIssue[] = [];
  const out = parse(schema, value, '', issues);
  return { out, issues: issues.map((i) => `${i.path}: ${i.message}`) };
};

describe('config schema kit', () => {
  it('checks every rule of a string in order and names a wrong type', () => {
    const s = str({
      type: 'must be text',
      max: 5,
      maxMessage: 'too long',
      pattern: /^[a-z]+$/,
      patternMessage: 'letters only',
      test: (v) => v !== 'abcdef',
      testMessage: 'not that',
    });
    expect(run(s, 'abc')).to.deep.equal({ out: 'abc', issues: [] });
    expect(run(s, 'abcdef').issues).to.deep.equal([': too long', ': not that']);
    expect(run(s, 'ABCDEFG').issues).to.deep.equal([': too long', ': letters only']);
    expect(run(s, 5)).to.deep.equal({ out: NO, issues: [': must be text'] });
  });

  it('reports a repeated message once', () => {
    const s = str({ type: 'must be a key', pattern: /^[a-z]+$/, max: 3, maxMessage: 'must be a key' });
    expect(run(s, 'ABCD').issues).to.deep.equal([': must be a key']);
  });

  it('has generic messages where a schema gives none', () => {
    const s = str({ max: 3 });
    expect(run(s, 'abcd').issues).to.deep.equal([': must be at most 3 characters']);
    for (const value of [1, true, null, {}, [], undefined])
      expect(run(s, value).issues).to.deep.equal([': must be text']);
    const typed = str({ type: 'must be a code', pattern: /^[a-z]+$/, test: (v) => v !== 'x' });
    expect(run(typed, 'A').issues, 'a pattern or test without its own message').to.deep.equal([': must be a code']);
    expect(run(obj({ a: str() }), { b: 1 }).issues).to.deep.equal(['a: must be an object']);
  });

  it('lower-cases before checking', () => {
    expect(run(lower(str({ type: 'x', pattern: /^[a-z.]+$/, patternMessage: 'lower only' })), 'Example.ORG')).to.deep.equal({ out: 'example.org', issues: [] });
  });

  it('checks integers and their range', () => {
    const year = int({ type: 'must be a year', min: 1900, minMessage: 'too early', max: 2200, maxMessage: 'too late' });
    expect(run(year, 2013).out).to.equal(2013);
    expect(run(year, 1.5).issues).to.deep.equal([': must be a year', ': too early']);
    expect(run(year, Infinity).issues).to.deep.equal([': must be a year', ': too late']);
    expect(run(year, NaN)).to.deep.equal({ out: NO, issues: [': must be a year'] });
    expect(run(year, '2013')).to.deep.equal({ out: NO, issues: [': must be a year'] });
  });

  it('picks one of a list', () => {
    const p = pick(['a', 'b'], { message: 'must be a or b' });
    expect(run(p, 'b').out).to.equal('b');
    expect(run(p, 'c').issues).to.deep.equal([': must be a or b']);
  });

  it('keeps the known keys of an object, allows optional ones to be absent and names missing ones', () => {
    const o = obj({ a: str({ type: 'text' }), b: opt(str({ type: 'text' })), c: opt(obj({ d: str({ type: 'text' }) }, { type: 'c must be an object' })) });
    expect(run(o, { a: 'x', extra: 1 })).to.deep.equal({ out: { a: 'x' }, issues: [] });
    expect(run(o, { a: 'x', b: undefined }).out).to.deep.equal({ a: 'x', b: undefined });
    expect(run(o, { b: 1, c: {} }).issues).to.deep.equal(['a: must be an object', 'b: text', 'c.d: c must be an object']);
    expect(run(o, null)).to.deep.equal({ out: NO, issues: [': must be an object'] });
    expect(run(o, []).issues, 'an array is an object too').to.deep.equal(['a: must be an object']);
  });

  it('checks the keys and values of a record and skips prototype keys', () => {
    const r = rec(str({ pattern: /^[a-z]+$/, patternMessage: 'bad key' }), str(), { type: 'must be a map' });
    const input = JSON.parse('{"ok":"1","__proto__":"x","constructor":"y","prototype":"z"}');
    expect(run(r, input)).to.deep.equal({ out: { ok: '1' }, issues: [] });
    // No prototype: a key added to Object.prototype by the page is never read as the config's.
    expect(Object.getPrototypeOf(run(r, input).out)).to.equal(null);
    expect(run(r, { 'A B': 1 }).issues).to.deep.equal(['A B: bad key', 'A B: must be text']);
    expect(run(r, 'x').issues).to.deep.equal([': must be a map']);
  });

  it('joins paths with dots, where an empty key at the start adds nothing', () => {
    const r = rec(str(), rec(str({ pattern: /^[a-z]+$/, patternMessage: 'bad key' }), str(), { type: 'inner' }), { type: 'outer' });
    expect(run(r, { '': { 'B': 1 }, a: { '': 'x' } }).issues).to.deep.equal(['B: bad key', 'B: must be text', 'a.: bad key']);
  });

  it('checks every item of a list, and its length only when every item is of the right type', () => {
    const a = arr(str({ type: 'must be a tag', pattern: /^\w+$/, patternMessage: 'bad tag' }), { type: 'must be a list', max: 2, maxMessage: 'at most 2' });
    expect(run(a, ['a', 'b'])).to.deep.equal({ out: ['a', 'b'], issues: [] });
    expect(run(a, ['a', '-', 'c']).issues).to.deep.equal(['1: bad tag', ': at most 2']);
    expect(run(a, ['a', 1, 'c'])).to.deep.equal({ out: NO, issues: ['1: must be a tag'] });
    // eslint-disable-next-line no-sparse-arrays
    expect(run(a, [, 'b']).issues, 'a hole is undefined').to.deep.equal(['0: must be a tag']);
    expect(run(a, {}).issues).to.deep.equal([': must be a list']);
  });

  it('gives the issues of the alternative whose type the value has, else its own message', () => {
    const short = str({ max: 3, maxMessage: 'too long' });
    const text = union([short, rec(str({ pattern: /^[a-z]{2}$/, patternMessage: 'bad language' }), short, { type: 'x' })], { message: 'text or map' });
    expect(run(text, 'abc').out).to.equal('abc');
    expect(run(text, { sv: 'abc' }).out).to.deep.equal({ sv: 'abc' });
    expect(run(text, 'abcd').issues).to.deep.equal([': too long']);
    expect(run(text, { sv: 'abcd', xyz: 'a' }).issues).to.deep.equal(['sv: too long', 'xyz: bad language']);
    expect(run(text, { sv: 1 })).to.deep.equal({ out: NO, issues: [': text or map'] });
    expect(run(text, 42)).to.deep.equal({ out: NO, issues: [': text or map'] });
    const both = union([str({ type: 'a', pattern: /^a$/, patternMessage: 'not a' }), str({ type: 'b', pattern: /^b$/, patternMessage: 'not b' })], { message: 'a or b' });
    expect(run(both, 'c')).to.deep.equal({ out: 'c', issues: [': a or b'] });
  });

  it('takes any number of alternatives', () => {
    const three = union([int({ type: 'n', min: 0, minMessage: 'negative', max: 9, maxMessage: 'big' }), str({ max: 2 }), arr(str(), { type: 'l', max: 1, maxMessage: 'long' })], {
      message: 'number, text or list',
    });
    expect(run(three, 3)).to.deep.equal({ out: 3, issues: [] });
    expect(run(three, 'ab')).to.deep.equal({ out: 'ab', issues: [] });
    expect(run(three, ['a'])).to.deep.equal({ out: ['a'], issues: [] });
    expect(run(three, 12).issues).to.deep.equal([': big']);
    expect(run(three, ['a', 'b']).issues).to.deep.equal([': long']);
    expect(run(three, true)).to.deep.equal({ out: NO, issues: [': number, text or list'] });
  });

  it('tells whether a value is accepted', () => {
    expect(is(LinkSchema, 'https://example.org/x')).to.equal(true);
    for (const bad of ['javascript:alert(1)', 'https://user:pw@example.org', 'http://example.org', 42]) expect(is(LinkSchema, bad), String(bad)).to.equal(false);
  });
});

describe('JSON Schema from the kit', () => {
  it('emits each kind of schema', () => {
    expect(toJsonSchema(str())).to.deep.equal({ type: 'string' });
    expect(toJsonSchema(str({ type: 'x', max: 10, pattern: /^a+$/, test: () => true, testMessage: 'not in JSON' }))).to.deep.equal({
      type: 'string',
      maxLength: 10,
      pattern: '^a+$',
    });
    expect(toJsonSchema(str({ pattern: /^k$/, max: 3 })), 'in the order written').to.deep.equal({ type: 'string', pattern: '^k$', maxLength: 3 });
    expect(toJsonSchema(lower(str({ max: 3 })))).to.deep.equal({ type: 'string', maxLength: 3 });
    expect(toJsonSchema(int({ type: 'x', min: 1, minMessage: 'low', max: 9, maxMessage: 'high' }))).to.deep.equal({ type: 'integer', minimum: 1, maximum: 9 });
    expect(toJsonSchema(pick(['a', 'b'], { message: 'x' }))).to.deep.equal({ enum: ['a', 'b'], type: 'string' });
    expect(toJsonSchema(pick([1], { message: 'x' }))).to.deep.equal({ const: 1 });
    expect(toJsonSchema(obj({ a: str(), b: opt(str()) }))).to.deep.equal({
      type: 'object',
      properties: { a: { type: 'string' }, b: { type: 'string' } },
      required: ['a'],
    });
    expect(toJsonSchema(obj({ b: opt(str()) })), 'no required keys').to.deep.equal({ type: 'object', properties: { b: { type: 'string' } } });
    expect(toJsonSchema(rec(str({ pattern: /^k$/ }), str(), { type: 'x' }))).to.deep.equal({
      type: 'object',
      propertyNames: { type: 'string', pattern: '^k$' },
      additionalProperties: { type: 'string' },
    });
    expect(toJsonSchema(union([str(), pick([1], { message: 'x' })], { message: 'x' }))).to.deep.equal({ anyOf: [{ type: 'string' }, { const: 1 }] });
    expect(toJsonSchema(meta(str(), { title: 'T', description: 'D.' }))).to.deep.equal({ type: 'string', title: 'T', description: 'D.' });
    expect(toJsonSchema(meta(str({ max: 9 }), { title: 'T', examples: ['a', 'b'], known: ['a', 'b'] })), 'examples, and known values as an enum').to.deep.equal({
      type: 'string',
      maxLength: 9,
      enum: ['a', 'b'],
      title: 'T',
      examples: ['a', 'b'],
    });
  });

  it('documents without narrowing: known values go to the JSON Schema, validation still takes any value', () => {
    const network = meta(str({ max: 9 }), { description: 'A network.', known: ['x', 'email'] });
    expect(is(network, 'twiter')).to.equal(true);
    expect(is(network, 'far-too-long')).to.equal(false);
    expect(network.description).to.equal('A network.');
  });

  it('emits a list with a maximum length as an array', () => {
    expect(toJsonSchema(arr(int({ type: 'x', min: 0, minMessage: 'x', max: 1, maxMessage: 'x' }), { type: 'x', max: 3, maxMessage: 'x' }))).to.deep.equal({
      type: 'array',
      items: { type: 'integer', minimum: 0, maximum: 1 },
      maxItems: 3,
    });
  });

  it('emits a union of three', () => {
    const three = union([str({ max: 2 }), int({ type: 'x', min: 0, minMessage: 'x', max: 9, maxMessage: 'x' }), arr(str(), { type: 'x', max: 1, maxMessage: 'x' })], {
      message: 'x',
    });
    expect(toJsonSchema(three)).to.deep.equal({
      anyOf: [
        { type: 'string', maxLength: 2 },
        { type: 'integer', minimum: 0, maximum: 9 },
        { type: 'array', items: { type: 'string' }, maxItems: 1 },
      ],
    });
  });

  it('refuses a schema of no known kind', () => {
    expect(() => toJsonSchema({ kind: 'date' } as unknown as Schema)).to.throw('a schema of no known kind: date');
  });

  it('describes the config exactly as the committed csr-config.schema.json', async () => {
    const response = await fetch('/csr-config.schema.json');
    expect(response.ok).to.equal(true);
    const { $schema, $id, ...committed } = await response.json();
    expect([$schema, $id]).to.deep.equal(['http://json-schema.org/draft-07/schema#', 'urn:csr-widgets:config:1']);
    const json = toJsonSchema(ConfigSchema);
    expect(json).to.deep.equal(committed);
    expect(JSON.stringify(json), 'keys in the same order').to.equal(JSON.stringify(committed));
    expect(json.required).to.deep.equal(['version', 'organization']);
  });
});
