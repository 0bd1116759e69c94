import { expect, fixture, html, oneEvent, nextFrame } from '@open-wc/testing';
import '../src/define/provider.js';
import './support/test-widget.js';
import type { CsrTestWidget } from './support/test-widget.js';
import { configureLoader } from '../src/testing.js';
import { namespace } from '../src/runtime/namespace.js';
import { cfgUrl, uniqueKey, requestCount, serveConfig, exampleConfig } from './support/server.js';

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const hasDefaultSlot = (el: Element) => !!el.shadowRoot?.querySelector('slot:not([name])');

describe('shared base', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    namespace().page = {};
  });

  it('renders from its own src and emits csr-ready once', async () => {
    const el = await fixture<CsrTestWidget>(html`<csr-test-widget src=${cfgUrl(uniqueKey(), 'ok')} partner="telenor"></csr-test-widget>`);
    let readyCount = 0;
    el.addEventListener('csr-ready', () => readyCount++);
    await el.settled();
    expect(el.ready).to.equal(true);
    expect(shadowText(el)).to.contain('ECPAT Sverige');
    expect(shadowText(el)).to.contain('Telenor Sverige');
    el.theme = 'dark';
    await el.updateComplete;
    expect(readyCount).to.be.at.most(1);
  });

  it('shows its light-DOM fallback while loading and on error, and never removes it', async () => {
    const key = uniqueKey();
    const el = await fixture<CsrTestWidget>(
      html`<csr-test-widget src=${cfgUrl(key, '404')}><a href="https://example.org/hotline">Report</a></csr-test-widget>`,
    );
    const link = el.querySelector('a')!;
    expect(hasDefaultSlot(el), 'fallback slot while loading').to.equal(true);
    expect(el.shadowRoot!.querySelector('[aria-busy="true"]')).to.exist;
    const event = await oneEvent(el, 'csr-error');
    expect(event.detail.code).to.equal('config-http');
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(hasDefaultSlot(el)).to.equal(true);
    expect(el.querySelector('a')).to.equal(link);
    expect(link.getBoundingClientRect().height).to.be.above(0);
  });

  it('hides the fallback once it renders its content, keeping the nodes in place', async () => {
    const el = await fixture<CsrTestWidget>(html`<csr-test-widget src=${cfgUrl(uniqueKey(), 'ok')}><span>fallback</span></csr-test-widget>`);
    await el.settled();
    expect(hasDefaultSlot(el)).to.equal(false);
    expect(el.querySelector('span')!.textContent).to.equal('fallback');
    expect(el.querySelector('span')!.getBoundingClientRect().height).to.equal(0);
  });

  it('emits config-missing when no config is named anywhere', async () => {
    const el = document.createElement('csr-test-widget');
    const error = oneEvent(el, 'csr-error');
    document.body.append(el);
    expect((await error).detail.code).to.equal('config-missing');
    el.remove();
  });

  it('emits partner-unknown and partner-invalid with the path', async () => {
    const { url } = await serveConfig({
      version: 1,
      organization: { name: 'ECPAT Sverige', url: 'https://example.org' },
      partners: { broken: { name: 'B', status: 'active', verifyUrl: 'javascript:alert(1)' } },
    });
    const errors: CustomEvent[] = [];
    const root = await fixture(html`<div @csr-error=${(e: CustomEvent) => errors.push(e)}>
      <csr-test-widget src=${url} partner="nobody"></csr-test-widget>
      <csr-test-widget src=${url} partner="broken"></csr-test-widget>
    </div>`);
    const [unknown, invalid] = [...root.querySelectorAll('csr-test-widget')];
    await Promise.all([unknown.settled(), invalid.settled()]);
    expect(errors.map((e) => e.detail)).to.deep.equal([
      { code: 'partner-unknown', message: 'partners.nobody: the config lists no such partner' },
      { code: 'partner-invalid', message: 'partners.broken.verifyUrl: must be an https URL' },
    ]);
    expect(invalid.problem?.code).to.equal('partner-invalid');
  });

  it('makes exactly one config request for 50 widgets on one page', async () => {
    const key = uniqueKey();
    const src = cfgUrl(key, 'ok');
    const host = await fixture(html`<div>${Array.from({ length: 50 }, () => html`<csr-test-widget src=${src}></csr-test-widget>`)}</div>`);
    const widgets = [...host.querySelectorAll('csr-test-widget')];
    await Promise.all(widgets.map((w) => w.settled()));
    expect(widgets.every((w) => w.ready)).to.equal(true);
    expect(await requestCount(key)).to.equal(1);
  });

  it('resolves the config: own attributes, then the provider, then the script tag', async () => {
    const pageKey = uniqueKey('page');
    const providerKey = uniqueKey('provider');
    const ownKey = uniqueKey('own');
    namespace().page = { src: cfgUrl(pageKey, 'ok'), partner: 'telenor' };
    const root = await fixture(html`<div>
      <csr-test-widget id="page"></csr-test-widget>
      <csr-provider src=${cfgUrl(providerKey, 'ok')} partner="bredbandsbolaget">
        <csr-test-widget id="provider"></csr-test-widget>
        <csr-test-widget id="own" src=${cfgUrl(ownKey, 'ok')} partner="telenor"></csr-test-widget>
      </csr-provider>
    </div>`);
    const widgets = [...root.querySelectorAll('csr-test-widget')];
    await Promise.all(widgets.map((w) => w.settled()));
    const [page, provider, own] = widgets;
    expect(shadowText(page)).to.contain('Telenor Sverige');
    expect(shadowText(provider)).to.contain('Bredbandsbolaget');
    expect(shadowText(own)).to.contain('Telenor Sverige');
    expect([await requestCount(pageKey), await requestCount(providerKey), await requestCount(ownKey)]).to.deep.equal([1, 1, 1]);
  });

  it('loads the new config when src changes and reuses it when partner changes', async () => {
    const a = uniqueKey('a');
    const good = await exampleConfig();
    good.organization.name = 'Other NGO';
    const { key: b, url: bUrl } = await serveConfig(good);
    const el = await fixture<CsrTestWidget>(html`<csr-test-widget src=${cfgUrl(a, 'ok')} partner="telenor"></csr-test-widget>`);
    await el.settled();
    el.partner = 'bredbandsbolaget';
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Bredbandsbolaget');
    expect(await requestCount(a)).to.equal(1);
    el.setAttribute('src', bUrl);
    await el.updateComplete;
    await el.settled();
    expect(shadowText(el)).to.contain('Other NGO');
    expect(await requestCount(b)).to.equal(1);
  });

  it('takes lang from itself, its ancestors or the document, and sets the direction', async () => {
    const src = cfgUrl(uniqueKey(), 'ok');
    const root = await fixture(html`<div lang="en">
      <csr-test-widget id="a" src=${src}></csr-test-widget>
      <csr-test-widget id="b" src=${src} lang="sv"></csr-test-widget>
      <section lang="ar"><csr-test-widget id="c" src=${src}></csr-test-widget></section>
    </div>`);
    const [a, b, c] = [...root.querySelectorAll('csr-test-widget')];
    await Promise.all([a, b, c].map((w) => w.settled()));
    expect(a.shadowRoot!.querySelector('.label')!.textContent).to.equal('Proud partner of ECPAT Sverige');
    expect(b.shadowRoot!.querySelector('.label')!.textContent).to.equal('Stolt partner till ECPAT Sverige');
    expect(c.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    expect(a.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir')).to.equal('ltr');
    b.lang = 'en';
    await b.updateComplete;
    expect(b.shadowRoot!.querySelector('.label')!.textContent).to.equal('Proud partner of ECPAT Sverige');
  });

  it('falls back to the default variant with one warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const el = await fixture<CsrTestWidget>(html`<csr-test-widget variant="sparkly" src=${cfgUrl(uniqueKey(), 'ok')}></csr-test-widget>`);
      await el.settled();
      el.requestUpdate();
      await el.updateComplete;
      expect(el.resolvedVariant).to.equal('plain');
      expect(warnings.filter((w) => w.includes('sparkly'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });

  it('emits csr-ready again after it is moved (disconnected and connected)', async () => {
    const el = await fixture<CsrTestWidget>(html`<csr-test-widget src=${cfgUrl(uniqueKey(), 'ok')}></csr-test-widget>`);
    await el.settled();
    const again = oneEvent(el, 'csr-ready');
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    el.requestUpdate();
    await again;
    expect(el.ready).to.equal(true);
  });

  it('keeps the reserved box while loading so nothing shifts', async () => {
    const { url } = await serveConfig(await exampleConfig(), { delayMs: 400 });
    const el = await fixture<CsrTestWidget>(html`<csr-test-widget src=${url}></csr-test-widget>`);
    await nextFrame();
    const reserve = el.shadowRoot!.querySelector('.reserve');
    expect(reserve).to.exist;
    expect(reserve!.getAttribute('part')).to.equal('base');
    await el.settled();
    expect(el.shadowRoot!.querySelector('.reserve')).to.equal(null);
  });
});

describe('config strings in a widget', () => {
  it('override our strings per locale', async () => {
    const config = await exampleConfig();
    config.strings = { sv: { 'badge.text': 'Vi stöttar {organization}' } };
    const { url } = await serveConfig(config);
    const root = await fixture(html`<div>
      <csr-test-widget src=${url} lang="sv"></csr-test-widget><csr-test-widget src=${url} lang="en"></csr-test-widget>
    </div>`);
    const [sv, en] = [...root.querySelectorAll('csr-test-widget')];
    await Promise.all([sv.settled(), en.settled()]);
    expect(sv.shadowRoot!.querySelector('.label')!.textContent).to.equal('Vi stöttar ECPAT Sverige');
    expect(en.shadowRoot!.querySelector('.label')!.textContent).to.equal('Proud partner of ECPAT Sverige');
  });
});

describe('the document language', () => {
  it('re-renders widgets when the page switches its lang', async () => {
    const html_ = document.documentElement;
    const before = html_.lang;
    html_.lang = 'sv';
    try {
      const el = await fixture<CsrTestWidget>(html`<csr-test-widget src=${cfgUrl(uniqueKey(), 'ok')}></csr-test-widget>`);
      await el.settled();
      expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('Stolt partner till ECPAT Sverige');
      html_.lang = 'en';
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.label')!.textContent).to.equal('Proud partner of ECPAT Sverige');
    } finally {
      html_.lang = before;
    }
  });
});
