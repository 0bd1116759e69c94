// What a badge proves: a partnership shows only from a config that the organization's own site
// served (after redirects), names that site, and links only to pages on it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CsrElement } from '../src/base/csr-element.js';
import { configureLoader, clearConfigCache } from '../src/testing.js';
import { absoluteUrl, LAST_GOOD_PREFIX } from '../src/runtime/loader.js';
import { namespace } from '../src/runtime/namespace.js';
import { vouchedBy, onSite, hostOf } from '../src/config/origin.js';
import { validateConfig, formatIssue } from '../src/config/validate.js';
import { exampleConfig, serveConfig, uniqueKey } from './support/server.js';
import { mount, served } from './support/partner-widgets.js';

const host = location.hostname;
/** This test server under another host name: another site as far as the browser knows. */
const otherHost = host === 'localhost' ? '127.0.0.1' : 'localhost';
const otherOrigin = `${location.protocol}//${otherHost}:${location.port}`;

const all = (src: string) => html`
  <csr-partner-badge src=${src} partner="telenor"><a href="/fallback">Telenor och ECPAT</a></csr-partner-badge>
  <csr-award-ribbon src=${src} partner="telenor"></csr-award-ribbon>
  <csr-share-bar src=${src}></csr-share-bar>
  <csr-report-button src=${src}></csr-report-button>`;

async function mountAll(src: string) {
  const root = await fixture(html`<div>${all(src)}</div>`);
  const elements = [...root.querySelectorAll<CsrElement>('csr-partner-badge, csr-award-ribbon, csr-share-bar, csr-report-button')];
  await Promise.all(elements.map((el) => el.settled()));
  return { byTag: (tag: string) => elements.find((el) => el.localName === tag)! };
}

describe('trust: the organization’s own site vouches for every partnership', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 3000, backoffMs: 20, attempts: 2 });
    namespace().page = {};
  });

  it('refuses a forged config (another site named as the organization) in the badge and the ribbon, not in the share bar or report button', async () => {
    const src = await served((c) => {
      c.organization.url = 'https://www.ecpat.se/';
      c.partners.telenor.verifyUrl = 'https://www.ecpat.se/partners/telenor';
    });
    const { byTag } = await mountAll(src);
    for (const tag of ['csr-partner-badge', 'csr-award-ribbon']) {
      const el = byTag(tag);
      expect(el.ready, tag).to.equal(false);
      expect(el.problem?.code, tag).to.equal('config-origin');
      expect(el.problem?.message, tag).to.equal(`organization.url: the config came from "${host}", not the organization's site "www.ecpat.se"`);
      expect(el.shadowRoot!.textContent, tag).to.not.contain('ECPAT Sverige');
    }
    expect(byTag('csr-partner-badge').shadowRoot!.querySelector('slot'), 'the fallback shows').to.not.equal(null);
    expect(byTag('csr-share-bar').ready).to.equal(true);
    expect(byTag('csr-report-button').ready).to.equal(true);
  });

  it('emits csr-error config-origin with both hosts named', async () => {
    const src = await served((c) => (c.organization.url = 'https://ecpat.example/'));
    const { codes, errors } = await mount('csr-partner-badge', html`<csr-partner-badge src=${src} partner="telenor"></csr-partner-badge>`);
    expect(codes).to.deep.equal(['config-origin']);
    expect(errors[0].message).to.contain(`"${host}"`).and.contain('"ecpat.example"');
  });

  it('refuses a config redirected to another site, and says so', async () => {
    const config = await exampleConfig();
    // The organization's site is this page's host; the config ends up on another host.
    config.organization.url = `${location.origin}/ecpat.html`;
    config.partners.telenor.verifyUrl = `${location.origin}/partners/telenor.html`;
    delete config.organization.logo;
    const key = uniqueKey('elsewhere');
    await serveConfig(config, { key, headers: { 'Access-Control-Allow-Origin': '*' } });
    const target = `${otherOrigin}/__cfg/${key}/custom`;
    const { url } = await serveConfig(null, { status: 302, text: '', headers: { Location: target } });
    const { widget, codes } = await mount<CsrElement>('csr-partner-badge', html`<csr-partner-badge src=${url} partner="telenor"></csr-partner-badge>`);
    expect(codes).to.deep.equal(['config-origin']);
    expect(widget.problem!.message).to.equal(
      `organization.url: the config came from "${otherHost}" (redirected from "${host}"), not the organization's site "${host}"`,
    );
  });

  it('rejects a verifyUrl on another site with its path, and the badge falls back', async () => {
    const src = await served((c) => (c.partners.telenor.verifyUrl = 'https://telenor-example.example/proof'));
    const { widget, codes, errors } = await mount<CsrElement>('csr-partner-badge', html`<csr-partner-badge src=${src} partner="telenor"></csr-partner-badge>`);
    expect(widget.ready).to.equal(false);
    expect(codes).to.deep.equal(['partner-invalid']);
    expect(errors[0].message).to.equal(`partners.telenor.verifyUrl: must be on the organization's site "${host}"`);
  });

  it('rejects an organization URL that is not https (localhost excepted)', async () => {
    const src = await served((c) => (c.organization.url = 'http://ecpat.example/'));
    const { codes, errors } = await mount('csr-partner-badge', html`<csr-partner-badge src=${src} partner="telenor"></csr-partner-badge>`);
    expect(codes).to.deep.equal(['config-invalid']);
    expect(errors[0].message).to.equal('organization.url: must be an https URL');
  });

  it('without verifyUrl links to the partner’s entry on the organization’s partner list', async () => {
    const src = await served((c) => {
      delete c.partners.telenor.verifyUrl;
      c.organization.partnersUrl = `${location.origin}/partners.html#top`;
    });
    const { widget } = await mount<CsrElement>('csr-partner-badge', html`<csr-partner-badge src=${src} partner="telenor"></csr-partner-badge>`);
    expect(widget.shadowRoot!.querySelector('a')!.href).to.equal(`${location.origin}/partners.html#telenor`);
  });

  it('drops a partner list page on another site with its path, and links the organization instead', () => {
    const result = validateConfig({
      version: 1,
      organization: { name: 'ECPAT Sverige', url: 'https://www.ecpat.se/', partnersUrl: 'https://elsewhere.example/partners' },
    });
    expect(result.ok && result.config.issues.map(formatIssue)).to.deep.equal([
      'organization.partnersUrl: must be on the organization\'s site "www.ecpat.se"',
    ]);
    expect(result.ok && result.config.organization.partnersUrl).to.equal(undefined);
  });

  it('names the site from the address that served the config, never from the config’s text', async () => {
    const src = await served((c) => (c.organization.name = 'Verified by ecpat.se'));
    const { widget } = await mount<CsrElement>('csr-partner-badge', html`<csr-partner-badge src=${src} partner="telenor" lang="en"></csr-partner-badge>`);
    expect(widget.shadowRoot!.querySelector('[part=verified]')!.textContent).to.equal(`Verified by ${host}`);
  });

  it('keeps who served a saved copy: the badge shows from it when the endpoint fails, and refuses a copy that does not say', async () => {
    const config = await exampleConfig();
    config.organization.url = `${location.origin}/ecpat.html`;
    config.partners.telenor.verifyUrl = `${location.origin}/partners/telenor.html`;
    for (const [label, from, expected] of [
      ['with its address', absoluteUrl('/__cfg/x/ok'), 'ready'],
      ['without', undefined, 'config-origin'],
    ] as const) {
      const src = `/__cfg/${uniqueKey('gone')}/404`;
      localStorage.setItem(LAST_GOOD_PREFIX + absoluteUrl(src), JSON.stringify({ savedAt: Date.now(), data: config, from }));
      const { widget } = await mount<CsrElement>('csr-partner-badge', html`<csr-partner-badge src=${src} partner="telenor"></csr-partner-badge>`);
      expect(widget.ready ? 'ready' : widget.problem?.code, label).to.equal(expected);
      localStorage.removeItem(LAST_GOOD_PREFIX + absoluteUrl(src));
      clearConfigCache(src);
    }
  });

  it('treats a blob: config as the page’s own: a partner page cannot vouch for the organization', async () => {
    const config = await exampleConfig();
    config.organization.url = 'https://www.ecpat.se/';
    delete config.partners.telenor.verifyUrl;
    const src = URL.createObjectURL(new Blob([JSON.stringify(config)], { type: 'application/json' }));
    const { codes, errors } = await mount('csr-partner-badge', html`<csr-partner-badge src=${src} partner="telenor"></csr-partner-badge>`);
    expect(codes).to.deep.equal(['config-origin']);
    expect(errors[0].message).to.contain(`"${host}"`);
    URL.revokeObjectURL(src);
  });
});

describe('the site rule', () => {
  it('accepts the organization’s host, its www-less domain and subdomains, and nothing else', () => {
    const org = 'https://www.ecpat.se/';
    const site = (served: string) => vouchedBy(org, served);
    expect(site('https://www.ecpat.se/csr.json')).to.equal('ecpat.se');
    expect(site('https://ecpat.se/csr.json')).to.equal('ecpat.se');
    expect(site('https://static.ecpat.se/csr.json')).to.equal('static.ecpat.se');
    expect(site('https://WWW.ECPAT.SE/csr.json')).to.equal('ecpat.se');
    for (const forged of ['https://ecpat.se.evil.example/', 'https://notecpat.se/', 'https://telenor.se/ecpat.se/csr.json', 'data:application/json,{}']) {
      expect((site(forged) as { code: string }).code, forged).to.equal('config-origin');
    }
    expect((vouchedBy(org, undefined) as { message: string }).message).to.contain('"?"');
  });

  it('lets localhost and IP addresses match only themselves', () => {
    expect(onSite('localhost', 'localhost')).to.equal(true);
    expect(onSite('127.0.0.1', '127.0.0.1')).to.equal(true);
    expect(onSite('127.0.0.1', 'localhost')).to.equal(false);
    expect(onSite('a.localhost', 'localhost')).to.equal(false);
    expect(onSite('1.127.0.0.1', '127.0.0.1')).to.equal(false);
    expect(onSite('[::1]', 'localhost')).to.equal(false);
    expect(hostOf('blob:https://www.ecpat.se/3f1c')).to.equal('www.ecpat.se');
    expect(hostOf('not a url')).to.equal('');
  });

  it('names the redirect when the config ended up elsewhere', () => {
    const p = vouchedBy('https://www.ecpat.se/', 'https://evil.example/csr.json', 'https://www.ecpat.se/csr.json') as { message: string };
    expect(p.message).to.equal('organization.url: the config came from "evil.example" (redirected from "www.ecpat.se"), not the organization\'s site "www.ecpat.se"');
  });
});
