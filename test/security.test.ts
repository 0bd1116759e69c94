/**
 * What a hostile or clumsy host page, a polluted prototype, a broken intake or an odd config can
 * do to the widgets, and what they do instead. Runs in Chromium, Firefox ESR and WebKit.
 */
import { expect, fixture, html, oneEvent, nextFrame, waitUntil } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../src/define.js';
import type { CsrElement } from '../src/base/csr-element.js';
import type { CsrReportButton } from '../src/components/report-button/report-button.js';
import { configureLoader, clearConfigCache, configureReportSending } from '../src/testing.js';
import { absoluteUrl } from '../src/runtime/loader.js';
import { namespace } from '../src/runtime/namespace.js';
import { capturePageDefault, pageDefault } from '../src/runtime/page-default.js';
import { brandProperties } from '../src/config/colour.js';
import { cfgUrl, exampleConfig, intakeReceived, scriptIntake, serveConfig, uniqueKey } from './support/server.js';

/** Every `error` that reaches the window while `run` runs. */
async function uncaught(run: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  const listener = (event: ErrorEvent) => seen.push(String(event.message));
  const rejection = (event: PromiseRejectionEvent) => seen.push(String(event.reason));
  window.addEventListener('error', listener);
  window.addEventListener('unhandledrejection', rejection);
  try {
    await run();
    await new Promise((r) => setTimeout(r, 50));
  } finally {
    window.removeEventListener('error', listener);
    window.removeEventListener('unhandledrejection', rejection);
  }
  return seen;
}

const settle = (el: Element) => (el as CsrElement).settled();

describe('security and robustness', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 2000, backoffMs: 20 });
    configureReportSending({ timeoutMs: 2000, backoffMs: 20, maxRetryAfterMs: 100, attempts: 2 });
    namespace().page = {};
  });

  // First in the file: the document observer is made once per page, on the first connection.
  it('connects and renders when MutationObserver throws, with nothing reaching window.onerror', async () => {
    const original = window.MutationObserver;
    window.MutationObserver = class {
      constructor() {
        throw new Error('MutationObserver is disabled by the page');
      }
    } as unknown as typeof MutationObserver;
    let el!: CsrElement;
    try {
      const errors = await uncaught(async () => {
        el = await fixture<CsrElement>(html`<csr-share-bar src=${cfgUrl(uniqueKey('mo'), 'ok')}></csr-share-bar>`);
        await settle(el);
      });
      expect(errors).to.deep.equal([]);
    } finally {
      window.MutationObserver = original;
    }
    expect(el.ready).to.equal(true);
  });

  describe('DOM clobbering', () => {
    const clobbers: Element[] = [];
    const clobber = (tag: string, name: string, attributes: Record<string, string> = {}) => {
      const node = document.createElement(tag);
      node.setAttribute('name', name);
      for (const [k, v] of Object.entries(attributes)) node.setAttribute(k, v);
      document.body.append(node);
      clobbers.push(node);
      return node;
    };
    afterEach(() => clobbers.splice(0).forEach((node) => node.remove()));

    it('never takes the page default from markup named currentScript', () => {
      const img = clobber('img', 'currentScript', { 'data-src': 'https://evil.example/csr.json', 'data-partner': 'telenor' });
      // The engine lets the markup stand in for document.currentScript: the attack is real here.
      expect((document as unknown as Record<string, unknown>).currentScript).to.equal(img);
      capturePageDefault();
      expect(namespace().page.src).to.equal(undefined);
    });

    it('finds the real script tag when markup shadows document.querySelector', () => {
      clobber('form', 'querySelector');
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.setAttribute('data-src', '/page-default.json');
      script.setAttribute('data-partner', 'telenor');
      document.body.append(script);
      clobbers.push(script);
      expect(() => pageDefault()).not.to.throw();
      expect(namespace().page.src).to.equal('/page-default.json');
    });

    it('resolves config URLs and the language against the real document', async () => {
      const root = document.documentElement;
      clobber('img', 'baseURI');
      clobber('img', 'documentElement');
      expect(absoluteUrl('/x.json')).to.equal(`${location.origin}/x.json`);
      const lang = root.getAttribute('lang');
      root.setAttribute('lang', 'sv');
      try {
        const el = await fixture<CsrElement>(html`<csr-share-bar src=${cfgUrl(uniqueKey('lang'), 'ok')}></csr-share-bar>`);
        await settle(el);
        expect(el.ready).to.equal(true);
        expect(el.resolvedLang).to.equal('sv');
      } finally {
        if (lang === null) root.removeAttribute('lang');
        else root.setAttribute('lang', lang);
      }
    });
  });

  describe('translucent brand colours', () => {
    for (const [primary, onPrimary] of [
      ['#00000000', '#ffffff'],
      ['#0a4a7a', '#ffffff00'],
      ['#000f', '#fff0'],
      ['rgba(0, 0, 0, 0)', '#ffffff'],
      ['rgb(0 0 0 / 10%)', '#ffffff'],
      ['#0a4a7a', 'rgba(255,255,255,.2)'],
    ]) {
      it(`refuses ${primary} on ${onPrimary}`, () => {
        expect(brandProperties({ primary, onPrimary })).to.deep.equal({});
      });
    }

    it('keeps opaque pairs, alpha 1 included', () => {
      expect(brandProperties({ primary: '#0a4a7aff', onPrimary: 'rgba(255, 255, 255, 1)' })).to.deep.equal({
        '--_brand-primary': '#0a4a7aff',
        '--_brand-on-primary': 'rgba(255, 255, 255, 1)',
      });
    });

    it('shows the report button in the default colours when the brand is transparent', async () => {
      const config = await exampleConfig();
      config.organization.brand = { primary: '#00000000', onPrimary: '#ffffff' };
      const { url } = await serveConfig(config);
      const el = await fixture<CsrElement>(html`<csr-report-button src=${url}></csr-report-button>`);
      await settle(el);
      const button = el.shadowRoot!.querySelector('button.open')!;
      const background = getComputedStyle(button).backgroundColor;
      expect(background).not.to.match(/rgba\(\d+, \d+, \d+, 0\)|transparent/);
      expect(el.style.getPropertyValue('--_brand-primary')).to.equal('');
    });
  });

  describe('the report intake', () => {
    async function mountReport(endpoint: string) {
      const config = await exampleConfig();
      config.report.endpoint = endpoint;
      const { url } = await serveConfig(config);
      const el = await fixture<CsrReportButton>(html`<csr-report-button src=${url} partner="telenor"></csr-report-button>`);
      await el.settled();
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!.click();
      // The dialog's file may still be on its way.
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
      return el;
    }
    const fill = (el: CsrReportButton, name: string, value: string) => {
      el.shadowRoot!.querySelector<HTMLInputElement>(`#${name}`)!.value = value;
    };
    async function send(el: CsrReportButton): Promise<string> {
      const outcome = oneEvent(el, 'csr-report');
      el.shadowRoot!.querySelector<HTMLButtonElement>('button.send')!.click();
      const event = await outcome;
      await el.updateComplete;
      return event.detail.outcome;
    }

    it('counts a 2xx with an HTML body (a captive portal) as a failure and offers the hotline', async () => {
      const intake = await scriptIntake([{ status: 200, text: '<!doctype html><title>Log in to the Wi-Fi</title>' }]);
      const el = await mountReport(intake.url);
      fill(el, 'url', 'https://example.org/bad');
      const error = oneEvent(el, 'csr-error');
      expect(await send(el)).to.equal('failed');
      expect((await error).detail.code).to.equal('report-failed');
      const alert = el.shadowRoot!.querySelector('.outcome.alert')!;
      expect(alert.querySelector('a[href="http://localhost:4173/hotline.html"], a[href$="/hotline.html"]')).to.exist;
      expect(el.shadowRoot!.querySelector('.outcome.status')!.textContent).not.to.match(/sent/i);
    });

    it('counts a 2xx with an empty body or JSON as sent', async () => {
      const intake = await scriptIntake([{ status: 204 }]);
      const el = await mountReport(intake.url);
      fill(el, 'url', 'https://example.org/a');
      expect(await send(el)).to.equal('sent');
      const json = await scriptIntake([{ status: 200, body: { id: 'R-1' } }]);
      const second = await mountReport(json.url);
      fill(second, 'url', 'https://example.org/b');
      expect(await send(second)).to.equal('sent');
      expect(second.shadowRoot!.querySelector('.outcome.status')!.textContent).to.contain('R-1');
    });

    it('uses a new idempotency key when the person edits the report after a failure, the same key when not', async () => {
      const intake = await scriptIntake([{ status: 500 }, { status: 500 }, { status: 500 }, { status: 500 }]);
      const el = await mountReport(intake.url);
      fill(el, 'url', 'https://example.org/first');
      expect(await send(el)).to.equal('failed');
      expect(await send(el)).to.equal('failed');
      fill(el, 'url', 'https://example.org/corrected');
      expect(await send(el)).to.equal('sent');
      const { attempts, reports } = await intakeReceived(intake.key);
      const keys = attempts.map((a) => a.headers['idempotency-key']);
      expect(keys).to.have.length(5);
      expect(new Set(keys.slice(0, 4)).size, 'unchanged content keeps its key').to.equal(1);
      expect(keys[4], 'edited content gets a new key').not.to.equal(keys[0]);
      expect(reports.map((r) => r.report.url)).to.deep.equal(['https://example.org/corrected']);
    });
  });

  describe('a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;

    it('still renders every widget, or emits csr-error, with an enumerable property on Object.prototype', async () => {
      const url = cfgUrl(uniqueKey('enum'), 'ok');
      const seen: string[] = [];
      proto.each = function each() {};
      let root!: HTMLElement;
      try {
        root = await fixture(html`<div @csr-ready=${(e: Event) => seen.push((e.target as Element).localName)}>
          <csr-partner-badge src=${url} partner="telenor"></csr-partner-badge>
          <csr-award-ribbon src=${url} partner="telenor"></csr-award-ribbon>
          <csr-share-bar src=${url}></csr-share-bar>
          <csr-report-button src=${url}></csr-report-button>
        </div>`);
        await Promise.all([...root.children].map(settle));
      } finally {
        delete proto.each;
      }
      expect(seen.sort()).to.deep.equal(['csr-award-ribbon', 'csr-partner-badge', 'csr-report-button', 'csr-share-bar']);
    });

    it('reads only the config’s own keys: an inherited endpoint or verifyUrl is not used', async () => {
      const config = await exampleConfig();
      delete config.report.endpoint;
      delete config.partners.telenor.verifyUrl;
      delete config.partners.telenor.url;
      const { url } = await serveConfig(config);
      const define = (key: string) =>
        Object.defineProperty(Object.prototype, key, { value: 'https://evil.example/x', configurable: true, writable: true });
      define('endpoint');
      define('verifyUrl');
      define('share');
      let root!: HTMLElement;
      try {
        root = await fixture(html`<div>
          <csr-partner-badge src=${url} partner="telenor"></csr-partner-badge>
          <csr-report-button src=${url}></csr-report-button>
        </div>`);
        await Promise.all([...root.children].map(settle));
      } finally {
        delete proto.endpoint;
        delete proto.verifyUrl;
        delete proto.share;
      }
      const [badge, report] = [...root.children] as CsrElement[];
      expect(report.shadowRoot!.querySelector('form'), 'no form without an own endpoint').to.equal(null);
      const links = [...badge.shadowRoot!.querySelectorAll('a')].map((a) => a.href);
      expect(links.some((href) => href.includes('evil.example'))).to.equal(false);
    });

    it('ends in csr-error, never stuck loading, when a hostile prototype getter throws', async () => {
      const { url } = await serveConfig({ version: 1 });
      Object.defineProperty(Object.prototype, 'organization', {
        configurable: true,
        get() {
          throw new Error('hostile getter');
        },
      });
      const el = document.createElement('csr-share-bar') as CsrElement;
      let code: string | undefined;
      try {
        el.setAttribute('src', url);
        el.addEventListener('csr-error', (e) => (code = (e as CustomEvent).detail.code));
        document.body.append(el);
        await el.settled();
      } finally {
        delete proto.organization;
        el.remove();
      }
      expect(code).to.be.oneOf(['config-invalid', 'internal']);
    });
  });

  describe('csr-ready on every connection', () => {
    it('fires again when the widget is removed and added, and when it is moved', async () => {
      const el = await fixture<CsrElement>(html`<csr-share-bar src=${cfgUrl(uniqueKey('again'), 'ok')}></csr-share-bar>`);
      await settle(el);
      const parent = el.parentElement!;
      el.remove();
      const again = oneEvent(el, 'csr-ready');
      parent.append(el);
      await again;
      const other = document.createElement('div');
      parent.append(other);
      const moved = oneEvent(el, 'csr-ready');
      other.append(el);
      await moved;
      expect(el.ready).to.equal(true);
    });
  });

  describe('long unbroken text from the config', () => {
    const long = (n: number) => `https://example.org/${'a'.repeat(n)}`;
    const widgets: [string, string[]][] = [
      ['csr-partner-badge', ['full', 'compact', 'mark']],
      ['csr-award-ribbon', ['ribbon', 'seal', 'inline']],
      ['csr-share-bar', ['row', 'column', 'icons']],
      ['csr-report-button', ['solid', 'outline']],
    ];
    let url: string;
    before(async () => {
      const config = await exampleConfig();
      config.organization.name = long(100);
      config.partners.telenor.name = long(100);
      config.partners.telenor.badgeText = long(100);
      config.awards['frii-2013'].title = long(140);
      config.awards['frii-2013'].issuer.name = long(100);
      config.awards['frii-2013'].citation = long(1900);
      config.share.title = long(180);
      config.share.text = long(480);
      config.report.label = long(40);
      config.report.guidance = long(1900);
      url = (await serveConfig(config)).url;
    });

    for (const [tag, variants] of widgets) {
      for (const variant of variants) {
        it(`${tag} ${variant} stays within a 320 px column`, async () => {
          const name = unsafeStatic(tag);
          const column = await fixture<HTMLElement>(
            staticHtml`<div style="width: 320px; overflow: visible"><${name} src=${url} partner="telenor" variant=${variant}></${name}></div>`,
          );
          const el = column.firstElementChild as CsrElement;
          await settle(el);
          expect(el.ready, `${tag} renders`).to.equal(true);
          // Open what can be opened: the citation, the report dialog.
          el.shadowRoot!.querySelector<HTMLElement>('button[aria-expanded], button.open')?.click();
          if (tag === 'csr-report-button') await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
          await el.updateComplete;
          await nextFrame();
          const limit = column.getBoundingClientRect().right + 1;
          /** The right edge of what can be seen of `node`: a box that clips its overflow cuts it. */
          const visibleRight = (node: Element): number => {
            let right = node.getBoundingClientRect().right;
            for (let up = node.parentElement; up; up = up.parentElement) {
              if (getComputedStyle(up).overflowX !== 'visible') right = Math.min(right, up.getBoundingClientRect().right);
            }
            return right;
          };
          const overflowing = [el, ...el.shadowRoot!.querySelectorAll('*')].filter(
            (node) => node.getBoundingClientRect().width > 0 && !node.closest('dialog') && visibleRight(node) > limit,
          );
          const describe = (n: Element) => `${n.localName}.${n.getAttribute('class') ?? ''} ${Math.round(n.getBoundingClientRect().right)}`;
          expect(overflowing.map(describe)).to.deep.equal([]);
          expect(column.scrollWidth).to.be.at.most(320);
          el.shadowRoot!.querySelector('dialog')?.close();
        });
      }
    }

    it('the report dialog stays within a 320 px viewport width', async () => {
      const el = await fixture<CsrElement>(html`<csr-report-button src=${url}></csr-report-button>`);
      await settle(el);
      el.shadowRoot!.querySelector<HTMLElement>('button.open')!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens');
      await nextFrame();
      const dialog = el.shadowRoot!.querySelector('dialog')!;
      expect(dialog.scrollWidth).to.be.at.most(dialog.clientWidth + 1);
      dialog.close();
    });
  });

  describe('config encoding', () => {
    it('refuses a UTF-16 config with a clear config-parse message', async () => {
      clearConfigCache();
      const el = document.createElement('csr-share-bar');
      el.setAttribute('src', cfgUrl(uniqueKey('utf16'), 'utf16-bom'));
      const error = oneEvent(el, 'csr-error');
      document.body.append(el);
      try {
        const { detail } = await error;
        expect(detail.code).to.equal('config-parse');
        expect(detail.message).to.contain('UTF-8');
      } finally {
        el.remove();
      }
    });

    it('still reads a UTF-8 config that starts with a byte-order mark', async () => {
      const el = await fixture<CsrElement>(html`<csr-share-bar src=${cfgUrl(uniqueKey('bom8'), 'bom')}></csr-share-bar>`);
      await settle(el);
      expect(el.ready).to.equal(true);
    });
  });
});
