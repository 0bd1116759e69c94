// The script-tag build (dist/csr-widgets.js, built by `npm test` before the tests run) beside
// this page's own copy of the library (the sources the test widget is built from).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './support/test-widget.js';
import type { CsrTestWidget } from './support/test-widget.js';
import { define } from '../src/base/define.js';
import { namespace } from '../src/runtime/namespace.js';
import { cfgUrl, uniqueKey, requestCount } from './support/server.js';

const errors: string[] = [];
window.addEventListener('error', (e) => errors.push(e.message));

function addScript(attributes: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
    script.addEventListener('load', () => resolve());
    script.addEventListener('error', () => reject(new Error(`could not load ${attributes.src}`)));
    document.head.append(script);
  });
}

describe('dist/csr-widgets.js', () => {
  const key = uniqueKey('script');

  before(async () => {
    namespace().page = {};
    await addScript({ src: '/dist/csr-widgets.js', 'data-src': cfgUrl(key, 'ok'), 'data-partner': 'bredbandsbolaget', async: '' });
  });

  it('defines the elements and takes the page default from its own tag (async)', () => {
    expect(customElements.get('csr-provider')).to.be.a('function');
    expect(window.csrWidgets?.page).to.deep.equal({ src: cfgUrl(key, 'ok'), partner: 'bredbandsbolaget' });
  });

  it('shares the page default and the config request with another copy of the library', async () => {
    const [a, b] = await Promise.all([
      fixture<CsrTestWidget>(html`<csr-test-widget></csr-test-widget>`),
      fixture<CsrTestWidget>(html`<csr-test-widget></csr-test-widget>`),
    ]);
    await Promise.all([a.settled(), b.settled()]);
    expect(a.shadowRoot!.textContent).to.contain('Bredbandsbolaget');
    expect(await requestCount(key)).to.equal(1);
  });

  it('loads the partner list from its own file beside the script once its tag appears, and not before', async () => {
    const listFile = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/csr-widgets.partner-list.js'));
    expect(customElements.get('csr-partner-list')).to.equal(undefined);
    expect(listFile()).to.deep.equal([]);
    const list = document.createElement('csr-partner-list') as unknown as CsrTestWidget;
    list.setAttribute('src', cfgUrl(key, 'ok'));
    document.body.append(list);
    await customElements.whenDefined('csr-partner-list');
    expect(listFile().map((e) => new URL(e.name).search)).to.deep.equal([`?v=${window.csrWidgets!.version}&attempt=0`]);
    await list.settled();
    expect(list.ready).to.equal(true);
    expect(await requestCount(key), 'the list shares the config request').to.equal(1);
    list.remove();
  });

  it('loads the report dialog from its own file beside the script when a person is about to open it, and not before', async () => {
    const dialogFile = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/csr-widgets.report-dialog.js'));
    const lits = () => (window as { litHtmlVersions?: string[] }).litHtmlVersions?.length;
    const el = document.createElement('csr-report-button') as unknown as CsrTestWidget;
    el.setAttribute('src', cfgUrl(key, 'ok'));
    document.body.append(el);
    await el.settled();
    expect(el.ready).to.equal(true);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!;
    const litsBefore = lits();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(dialogFile(), 'nothing before a person shows intent').to.deep.equal([]);
    expect(el.shadowRoot!.querySelector('dialog'), 'no dialog yet').to.equal(null);
    // The pointer reaching the button (a synthetic event: a real focus depends on the window having it).
    button.dispatchEvent(new PointerEvent('pointerenter'));
    await waitUntil(() => dialogFile().length > 0, 'the pointer on the button loads the dialog');
    expect(dialogFile().map((e) => new URL(e.name).search)).to.deep.equal([`?v=${window.csrWidgets!.version}&attempt=0`]);
    button.click();
    await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
    expect(el.shadowRoot!.querySelector('#guidance')?.textContent).to.contain('Never download');
    expect(lits(), 'the dialog brings no Lit of its own').to.equal(litsBefore);
    expect(el.shadowRoot!.adoptedStyleSheets.length, 'the dialog’s styles are adopted').to.be.above(1);
    el.shadowRoot!.querySelector('dialog')!.close();
    expect(dialogFile(), 'one load').to.have.length(1);
    el.remove();
  });

  it('loads a language beyond English and Swedish from its own file beside the script, when a widget needs it', async () => {
    const langFile = () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/dist/csr-widgets.lang-'));
    expect(langFile()).to.deep.equal([]);
    const button = document.createElement('csr-report-button') as unknown as CsrTestWidget;
    button.setAttribute('src', cfgUrl(key, 'ok'));
    button.setAttribute('lang', 'da');
    document.body.append(button);
    await button.settled();
    expect(button.ready).to.equal(true);
    expect(button.shadowRoot!.querySelector('button')!.textContent!.trim()).to.equal('Rapportér');
    expect(langFile().map((e) => new URL(e.name).pathname)).to.deep.equal(['/dist/csr-widgets.lang-da.js']);
    button.remove();
  });

  it('can be included twice, also as a module, without an error', async () => {
    await addScript({ src: '/dist/csr-widgets.js?again', 'data-src': cfgUrl(key, 'ok') });
    await addScript({ src: '/dist/csr-widgets.js?module', type: 'module' });
    expect(errors).to.deep.equal([]);
    expect(window.csrWidgets?.page.src).to.equal(cfgUrl(key, 'ok'));
  });
});

describe('registration guard', () => {
  it('never throws on a second definition and warns once when versions differ', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class Same extends HTMLElement {}
      class Other extends HTMLElement {
        static csrVersion = '9.9.9';
      }
      expect(() => define('csr-test-widget', Same)).not.to.throw();
      expect(warnings).to.have.length(0);
      define('csr-guard-probe', Other);
      class Newer extends HTMLElement {
        static csrVersion = '0.0.1';
      }
      expect(() => define('csr-guard-probe', Newer)).not.to.throw();
      expect(() => define('csr-guard-probe', Newer)).not.to.throw();
      expect(warnings.filter((w) => w.includes('csr-guard-probe'))).to.have.length(1);
      expect(warnings[0]).to.contain('9.9.9');
    } finally {
      console.warn = original;
    }
  });
});
