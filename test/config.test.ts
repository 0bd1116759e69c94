import { expect } from '@open-wc/testing';
import { validateConfig, formatIssue, type ValidatedConfig } from '../src/config/index.js';
import { exampleConfig } from './support/server.js';

const base = () => ({
  version: 1,
  organization: { name: 'ECPAT Sverige', url: 'https://example.org' },
});

const valid = (raw: unknown): ValidatedConfig => {
  const result = validateConfig(raw);
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('; '));
  return result.config;
};

const messages = (config: ValidatedConfig) => config.issues.map(formatIssue);

describe('config validation', () => {
  it('accepts the example config from the seed with no issues', async () => {
    const config = valid(await exampleConfig());
    expect(config.issues).to.deep.equal([]);
    expect(config.partners.get('telenor')?.name).to.equal('Telenor Sverige');
    expect(config.partners.get('bredbandsbolaget')?.status).to.equal('active');
    expect(config.awards.get('frii-2013')?.year).to.equal(2013);
    expect(config.share?.networks).to.include('mastodon');
  });

  it('requires version 1 and an organization, naming the path', () => {
    const noOrg = validateConfig({ version: 1 });
    expect(noOrg.ok).to.equal(false);
    expect(!noOrg.ok && noOrg.issues.map(formatIssue)).to.deep.equal(['organization: is required']);
    const v2 = validateConfig({ ...base(), version: 2 });
    expect(!v2.ok && v2.issues.map(formatIssue)).to.deep.equal(['version: must be 1']);
    const notObject = validateConfig([1, 2]);
    expect(!notObject.ok && notObject.issues[0].path).to.equal('(root)');
    const badOrgUrl = validateConfig({ version: 1, organization: { name: 'x', url: 'javascript:alert(1)' } });
    expect(!badOrgUrl.ok && badOrgUrl.issues.map(formatIssue)).to.deep.equal(['organization.url: must be an https URL']);
  });

  it('drops one broken partner and keeps the others', () => {
    const config = valid({
      ...base(),
      partners: {
        telenor: { name: 'Telenor Sverige', status: 'active', verifyUrl: 'https://example.org/v' },
        broken: { name: 'Broken', status: 'active', verifyUrl: 'http://example.org/not-https' },
        odd: { name: 'Odd', status: 'paused' },
      },
    });
    expect([...config.partners.keys()]).to.deep.equal(['telenor']);
    expect(messages(config)).to.deep.equal([
      'partners.broken.verifyUrl: must be an https URL',
      'partners.odd.status: must be "active", "suspended" or "ended"',
    ]);
  });

  it('keeps valid sections when another section is invalid', () => {
    const config = valid({
      ...base(),
      share: { url: 'data:text/html,<script>alert(1)</script>' },
      report: { hotlineUrl: 'https://example.org/hotline', phone: '+46 70 174 06 05' },
    });
    expect(config.share).to.equal(undefined);
    expect(config.report?.phone).to.equal('+46 70 174 06 05');
    expect(messages(config)).to.deep.equal(['share.url: must be an https URL']);
  });

  it('rejects unsafe links and allows http only for localhost', () => {
    const tryUrl = (url: string) => validateConfig({ ...base(), share: { url } }).ok && valid({ ...base(), share: { url } }).share !== undefined;
    for (const bad of [
      'javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'data:text/html,x', 'vbscript:msgbox', '//evil.example/x',
      '/relative', 'http://example.org', 'https://user:pw@example.org', ' https://example.org', 'http://localhost.evil.example/x',
    ]) {
      expect(tryUrl(bad), bad).to.equal(false);
    }
    for (const good of ['https://example.org', 'https://example.org/a?b=c#d', 'http://localhost:8000/x', 'http://127.0.0.1/x', 'http://[::1]:9/x']) {
      expect(tryUrl(good), good).to.equal(true);
    }
  });

  it('accepts hex and rgb() colours and rejects raw CSS', () => {
    const withBrand = (primary: string) => validateConfig({ ...base(), organization: { ...base().organization, brand: { primary } } });
    for (const good of ['#fff', '#0a4a7a', '#0a4a7aff', 'rgb(10, 74, 122)', 'rgb(10 74 122)']) expect(withBrand(good).ok, good).to.equal(true);
    for (const bad of ['red; background: url(https://evil.example)', 'expression(alert(1))', '#ggg', 'rgb(300,0,0)', 'var(--x)']) {
      const result = withBrand(bad);
      expect(result.ok, bad).to.equal(false);
      expect(!result.ok && result.issues[0].path).to.equal('organization.brand.primary');
    }
  });

  it('takes text as a string or a locale map and keeps HTML as text', () => {
    const config = valid({
      ...base(),
      awards: {
        a: { title: { sv: '<img src=x onerror=alert(1)>', en: 'Title' }, issuer: { name: 'FRII' }, year: 2013 },
        b: { title: 42, issuer: { name: 'FRII' }, year: 2013 },
        c: { title: { 'not a locale': 'x' }, issuer: { name: 'FRII' }, year: 2013 },
      },
    });
    expect(config.awards.get('a')?.title).to.deep.equal({ sv: '<img src=x onerror=alert(1)>', en: 'Title' });
    expect(messages(config)).to.deep.equal([
      'awards.b.title: must be text or a map of language to text',
      'awards.c.title.not a locale: must be a language tag such as "sv" or "en-GB"',
    ]);
  });

  it('ignores unknown keys and refuses dangerous ids', () => {
    const raw = JSON.parse(
      '{"version":1,"organization":{"name":"x","url":"https://example.org","future":true},"later":{},' +
        '"partners":{"__proto__":{"name":"p","status":"active"},"constructor":{"name":"c","status":"active"},"ok":{"name":"o","status":"active","extra":1}}}',
    );
    const config = valid(raw);
    expect([...config.partners.keys()]).to.deep.equal(['ok']);
    expect(config.issues.map((i) => i.path)).to.have.members(['partners.__proto__', 'partners.constructor']);
    expect(({} as Record<string, unknown>).name).to.equal(undefined);
  });

  it('checks dates, years, domains and phone numbers', () => {
    const config = valid({
      ...base(),
      partners: {
        a: { name: 'A', status: 'active', validUntil: '2027-02-30' },
        b: { name: 'B', status: 'active', since: '2011' },
        c: { name: 'C', status: 'active', domains: ['telenor.se', 'not a domain'] },
        d: { name: 'D', status: 'active', validUntil: '2027-12-31', since: 2011, domains: ['Telenor.SE'] },
      },
      report: { phone: 'call me maybe' },
    });
    expect([...config.partners.keys()]).to.deep.equal(['d']);
    expect(config.partners.get('d')?.domains).to.deep.equal(['telenor.se']);
    expect(messages(config)).to.deep.equal([
      'partners.a.validUntil: must be a real date',
      'partners.b.since: must be a year',
      'partners.c.domains.1: must be a host name such as "example.com"',
      'report.phone: must be a phone number such as "+46 8 123 45 67"',
    ]);
  });

  it('bounds list lengths', () => {
    const config = valid({ ...base(), share: { url: 'https://example.org', hashtags: Array.from({ length: 100000 }, () => 'x') } });
    expect(config.share).to.equal(undefined);
    expect(messages(config)).to.deep.equal(['share.hashtags: must list at most 20 hashtags']);
  });
});

describe('config strings', () => {
  it('keeps overrides keyed like the widgets’ strings and names a bad key', () => {
    const ok = valid({ ...base(), strings: { sv: { 'badge.text': 'Partner till {organization}', 'report.form.url.hint': 'Adressen' }, ar: { 'report.label': 'إبلاغ' } } });
    expect(ok.issues).to.deep.equal([]);
    expect(ok.strings.sv['badge.text']).to.equal('Partner till {organization}');
    const bad = valid({ ...base(), strings: { sv: { '__proto__': 'x', 'badge text': 'y' } } });
    expect(bad.strings).to.deep.equal({});
    expect(messages(bad)).to.deep.equal(['strings.sv.badge text: must be a string key such as "badge.text"']);
  });
});
