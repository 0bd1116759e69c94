// The languages beyond English and Swedish: each loaded once, when a widget needs it; the widget
// keeps its loading box until then, and then speaks it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { CsrElement } from '../src/base/csr-element.js';
import { configureLoader } from '../src/testing.js';
import { namespace } from '../src/runtime/namespace.js';
import { dictionary, pendingLanguage, translate } from '../src/config/l10n.js';
import { mount, served } from './support/partner-widgets.js';

const words = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('languages beyond English and Swedish', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 3000, backoffMs: 20 });
    namespace().page = {};
  });

  it('shows every widget in German once its strings have arrived, never English first', async () => {
    const src = await served();
    const seen: string[] = [];
    const errors: string[] = [];
    const root = await fixture(
      html`<div lang="de-AT" @csr-error=${(e: CustomEvent) => errors.push(e.detail.code)}>
        <csr-partner-badge src=${src} partner="telenor" @csr-ready=${(e: Event) => seen.push(words(e.target as Element))}></csr-partner-badge>
        <csr-share-bar src=${src}></csr-share-bar>
        <csr-report-button src=${src}></csr-report-button>
        <csr-partner-list src=${src}></csr-partner-list>
      </div>`,
    );
    const [badge, bar, button, list] = ['csr-partner-badge', 'csr-share-bar', 'csr-report-button', 'csr-partner-list'].map(
      (tag) => root.querySelector(tag) as CsrElement,
    );
    await Promise.all([badge, bar, button, list].map((el) => el.settled()));
    expect(errors).to.deep.equal([]);
    expect(words(badge)).to.contain('Stolzer Partner von ECPAT Sverige').and.contain(`Bestätigt von ${location.hostname}`);
    expect(seen[0], 'the first content shown is German').to.contain('Stolzer Partner von');
    expect(words(button)).to.contain('Melden');
    expect(list.shadowRoot!.querySelector('h2')!.textContent).to.equal('Partner von ECPAT Sverige');
    expect(bar.ready).to.equal(true);
    expect(pendingLanguage('de')).to.equal(undefined);
  });

  it('speaks Arabic right to left, Norwegian for "no", Ukrainian and Finnish', async () => {
    const src = await served();
    const cases = [
      ['ar', 'فخورون بالشراكة مع ECPAT Sverige', 'rtl'],
      ['no', 'Stolt partner av ECPAT Sverige', 'ltr'],
      ['uk', 'Пишаємося партнерством з ECPAT Sverige', 'ltr'],
      ['fi', 'Ylpeä ECPAT Sverige -kumppani', 'ltr'],
    ] as const;
    for (const [lang, text, dir] of cases) {
      const { widget } = await mount<CsrElement>('csr-partner-badge', html`<csr-partner-badge src=${src} partner="telenor" lang=${lang}></csr-partner-badge>`);
      expect(words(widget), lang).to.contain(text);
      expect(widget.shadowRoot!.querySelector('a')!.getAttribute('dir'), lang).to.equal(dir);
    }
  });

  it('lets the config’s strings override a loaded language', async () => {
    const src = await served((c) => (c.strings = { de: { 'report.label': 'Jetzt melden' } }));
    const { widget } = await mount<CsrElement>('csr-report-button', html`<csr-report-button src=${src} lang="de"></csr-report-button>`);
    expect(words(widget)).to.contain('Jetzt melden');
    expect(translate('report.label', 'de')).to.equal(dictionary('de' as 'en')['report.label']);
  });

  it('loads nothing for English and Swedish, and each language once', async () => {
    expect(pendingLanguage('sv-SE')).to.equal(undefined);
    expect(pendingLanguage('en-GB')).to.equal(undefined);
    expect(pendingLanguage('xx')).to.equal(undefined);
    const src = await served();
    await mount('csr-partner-badge', html`${['es', 'es-MX', 'es'].map((lang) => html`<csr-partner-badge src=${src} partner="telenor" lang=${lang}></csr-partner-badge>`)}`);
    const files = performance.getEntriesByType('resource').filter((e) => /\/src\/l10n\/es\.ts/.test(e.name));
    expect(files.length).to.equal(1);
  });
});
