import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/award-ribbon.js';
import type { CsrAwardRibbon } from './award-ribbon.js';
import { configureLoader } from '../../testing.js';
import { absoluteUrl, LAST_GOOD_PREFIX } from '../../runtime/loader.js';
import { namespace } from '../../runtime/namespace.js';
import { exampleConfig } from '../../../test/support/server.js';
import { served, mount, expectReservedBox } from '../../../test/support/partner-widgets.js';

const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const toggle = (el: CsrAwardRibbon) => part(el, 'toggle') as HTMLButtonElement;
const citation = (el: CsrAwardRibbon) => part(el, 'citation')!;
const words = (node: Node | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const mountAll = (template: unknown) => mount<CsrAwardRibbon>('csr-award-ribbon', template);

describe('<csr-award-ribbon>', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    namespace().page = {};
  });

  it("shows the partner's first award: title, year and issuer, linked to the award's page", async () => {
    const src = await served();
    const { widget: ribbon, codes } = await mountAll(html`<csr-award-ribbon src=${src} partner="telenor" lang="sv"><a href="/award">fallback</a></csr-award-ribbon>`);
    expect(codes).to.deep.equal([]);
    expect(ribbon.ready).to.equal(true);
    const title = part(ribbon, 'title') as HTMLAnchorElement;
    expect(words(title)).to.equal('Årets Företagssamarbete 2013 (öppnas i en ny flik)');
    expect(new URL(title.href).pathname).to.equal('/award.html');
    expect([title.target, title.rel]).to.deep.equal(['_blank', 'noopener']);
    expect(words(part(ribbon, 'issuer'))).to.equal('Utdelat av FRII');
    expect(words(part(ribbon, 'year'))).to.equal('2013');
    expect(citation(ribbon).hidden).to.equal(true);
    expect(ribbon.shadowRoot!.querySelector('slot')).to.equal(null);
    await expect(ribbon).to.be.accessible();
  });

  it('opens the citation in a disclosure: a real button with aria-expanded and aria-controls; Escape closes and focus returns', async () => {
    const { widget: ribbon } = await mountAll(html`<csr-award-ribbon src=${await served()} partner="telenor" lang="en"></csr-award-ribbon>`);
    const button = toggle(ribbon);
    expect(button.localName).to.equal('button');
    expect(button.type).to.equal('button');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(ribbon.shadowRoot!.getElementById(button.getAttribute('aria-controls')!)).to.equal(citation(ribbon));
    expect(words(button)).to.equal('Read the jury’s citation');

    button.focus();
    await sendKeys({ press: 'Enter' });
    await ribbon.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(citation(ribbon).hidden).to.equal(false);
    expect(words(citation(ribbon))).to.match(/^The jury’s citation Det här är CSR på riktigt\./);
    // The citation exists in Swedish only: it says so, for screen readers and hyphenation.
    expect(citation(ribbon).querySelector('blockquote')!.lang).to.equal('sv');
    expect(words(button)).to.equal('Hide the jury’s citation');
    await expect(ribbon).to.be.accessible();

    await sendKeys({ press: 'Space' });
    await ribbon.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');

    await sendKeys({ press: 'Space' });
    await ribbon.updateComplete;
    (part(ribbon, 'title') as HTMLElement).focus();
    await sendKeys({ press: 'Escape' });
    await ribbon.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(citation(ribbon).hidden).to.equal(true);
    expect(ribbon.shadowRoot!.activeElement).to.equal(button);
  });

  it('renders every variant in every theme, in Swedish and English, and passes axe open and closed', async () => {
    const src = await served();
    for (const variant of ['ribbon', 'seal', 'inline'] as const) {
      for (const theme of ['light', 'dark', 'auto']) {
        for (const lang of ['sv', 'en']) {
          const { widget: ribbon } = await mountAll(html`<csr-award-ribbon src=${src} partner="telenor" variant=${variant} theme=${theme} lang=${lang}></csr-award-ribbon>`);
          const label = `${variant} ${theme} ${lang}`;
          expect(ribbon.ready, label).to.equal(true);
          expect(part(ribbon, 'base')!.classList.contains(`variant-${variant}`), label).to.equal(true);
          expect(words(ribbon.shadowRoot!), label).to.contain(lang === 'sv' ? 'Årets Företagssamarbete 2013' : 'Corporate Partnership of the Year 2013');
          await expect(ribbon, label).to.be.accessible();
          const target = toggle(ribbon).getBoundingClientRect();
          expect(Math.min(target.width, target.height), `${label} target size`).to.be.at.least(24);
          toggle(ribbon).click();
          await ribbon.updateComplete;
          expect(citation(ribbon).hidden, label).to.equal(false);
          await expect(ribbon, `${label} open`).to.be.accessible();
        }
      }
    }
  });

  it('names the seal as one link: title, issuer, and that it opens a new tab', async () => {
    const { widget: ribbon } = await mountAll(html`<csr-award-ribbon src=${await served()} partner="telenor" variant="seal" lang="en"></csr-award-ribbon>`);
    const seal = ribbon.shadowRoot!.querySelector('a')!;
    const spoken = [...seal.querySelectorAll('.visually-hidden')].map(words).join(' ');
    expect(spoken).to.equal('Corporate Partnership of the Year 2013, awarded by FRII (opens in a new tab)');
    expect([...seal.children].filter((c) => !c.classList.contains('visually-hidden')).every((c) => c.getAttribute('aria-hidden') === 'true')).to.equal(
      true,
    );
  });

  it('picks the award attribute; an award the partner did not win is not shown', async () => {
    const src = await served((c) => {
      c.awards['other-2020'] = { title: 'Another award', issuer: { name: 'Someone' }, year: 2020 };
      c.partners.telenor.awards = ['frii-2013', 'other-2020'];
    });
    const { widgets: ribbons, errors } = await mountAll(html`<csr-award-ribbon src=${src} partner="telenor" award="other-2020"></csr-award-ribbon>
      <csr-award-ribbon src=${src} partner="bredbandsbolaget" award="other-2020"></csr-award-ribbon>`);
    expect(words(part(ribbons[0], 'title'))).to.contain('Another award');
    expect(words(part(ribbons[0], 'year'))).to.equal('2020');
    expect(part(ribbons[0], 'toggle'), 'no citation, no button').to.equal(null);
    await expect(ribbons[0]).to.be.accessible();
    expect(ribbons[1].ready).to.equal(false);
    expect(errors).to.deep.equal([
      { code: 'award-not-for-partner', message: 'partners.bredbandsbolaget.awards: does not list "other-2020", so the partner cannot show it' },
    ]);
  });

  it('follows a change of the award or partner property after the first render, closing the citation', async () => {
    const src = await served((c) => {
      c.awards['other-2020'] = { title: 'Another award', issuer: { name: 'Someone' }, year: 2020, citation: 'Well done.' };
      c.partners.telenor.awards = ['frii-2013', 'other-2020'];
    });
    const { widget: ribbon, errors } = await mountAll(html`<csr-award-ribbon src=${src} partner="telenor" lang="sv"></csr-award-ribbon>`);
    toggle(ribbon).click();
    await ribbon.updateComplete;
    ribbon.award = 'other-2020';
    await ribbon.updateComplete;
    expect(words(part(ribbon, 'title'))).to.contain('Another award');
    expect(citation(ribbon).hidden).to.equal(true);
    ribbon.partner = 'bredbandsbolaget';
    await ribbon.updateComplete;
    expect(ribbon.ready).to.equal(false);
    expect(errors.map((e) => e.code)).to.deep.equal(['award-not-for-partner']);
    ribbon.removeAttribute('partner');
    ribbon.setAttribute('partner', 'telenor');
    ribbon.award = undefined;
    await ribbon.updateComplete;
    expect(words(part(ribbon, 'title'))).to.contain('Årets Företagssamarbete 2013');
  });

  it('emits award-unknown and award-invalid (with the path), and shows the fallback', async () => {
    const src = await served((c) => {
      c.awards.broken = { title: 'Broken', issuer: { name: 'X' }, year: 2013, url: 'javascript:alert(1)' };
      c.partners.telenor.awards = ['frii-2013', 'broken', 'missing'];
      c.partners.bredbandsbolaget.awards = [];
    });
    const { widgets: ribbons, errors } = await mountAll(html`<csr-award-ribbon src=${src} partner="telenor" award="nope"><span>Award</span></csr-award-ribbon>
      <csr-award-ribbon src=${src} partner="telenor" award="missing"></csr-award-ribbon>
      <csr-award-ribbon src=${src} partner="telenor" award="broken"></csr-award-ribbon>
      <csr-award-ribbon src=${src} partner="bredbandsbolaget"></csr-award-ribbon>`);
    expect(ribbons.map((r) => r.ready)).to.deep.equal([false, false, false, false]);
    expect(errors).to.deep.equal([
      { code: 'award-unknown', message: 'awards.nope: the config lists no such award' },
      { code: 'award-unknown', message: 'awards.missing: the config lists no such award' },
      { code: 'award-invalid', message: 'awards.broken.url: must be an https URL' },
      { code: 'award-unknown', message: 'partners.bredbandsbolaget.awards: the partner lists no award; set the award attribute' },
    ]);
    expect(ribbons[0].querySelector('span')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('is hidden for a partner not in good standing (suspended, expired, wrong domain, unknown)', async () => {
    const src = await served((c) => {
      c.partners.suspended = { ...c.partners.telenor, status: 'suspended' };
      c.partners.expired = { ...c.partners.telenor, validUntil: new Date(Date.now() - 86400000).toISOString().slice(0, 10) };
      c.partners.elsewhere = { ...c.partners.telenor, domains: [`${location.hostname}.evil.example`] };
    });
    const { widgets: ribbons, codes } = await mountAll(html`${['suspended', 'expired', 'elsewhere', 'nobody'].map(
      (p) => html`<csr-award-ribbon src=${src} partner=${p} award="frii-2013"></csr-award-ribbon>`,
    )}`);
    expect(ribbons.every((r) => !r.ready)).to.equal(true);
    expect(codes).to.deep.equal(['partner-suspended', 'partner-expired', 'partner-domain', 'partner-unknown']);
  });

  it('lets a revocation in the fresh config beat a cached copy that says active', async () => {
    const url = await served((c) => (c.partners.telenor.status = 'ended'));
    const storageKey = LAST_GOOD_PREFIX + absoluteUrl(url);
    localStorage.setItem(storageKey, JSON.stringify({ savedAt: Date.now(), data: await exampleConfig() }));
    try {
      const { widget: ribbon, codes } = await mountAll(html`<csr-award-ribbon src=${url} partner="telenor"></csr-award-ribbon>`);
      expect(codes).to.deep.equal(['partner-ended']);
      expect(ribbon.ready).to.equal(false);
    } finally {
      localStorage.removeItem(storageKey);
    }
  });

  it('keeps the same box from first paint to final render when the config is slow', async () => {
    await expectReservedBox('csr-award-ribbon', ['ribbon', 'seal', 'inline']);
  });

  it('mirrors for right-to-left languages: the ribbon corner sits at the start edge (left)', async () => {
    const src = await served();
    const root = await fixture(html`<section lang="ar">
      <csr-award-ribbon src=${src} partner="telenor"></csr-award-ribbon>
      <csr-award-ribbon src=${src} partner="telenor" lang="en"></csr-award-ribbon>
    </section>`);
    const [rtl, ltr] = [...root.querySelectorAll('csr-award-ribbon')];
    await Promise.all([rtl.settled(), ltr.settled()]);
    expect(part(rtl, 'base')!.dir).to.equal('rtl');
    const corner = (el: CsrAwardRibbon) => {
      const card = part(el, 'card')!.getBoundingClientRect();
      const year = part(el, 'year')!.getBoundingClientRect();
      return year.left - card.left < card.right - year.right ? 'left' : 'right';
    };
    expect([corner(rtl), corner(ltr)]).to.deep.equal(['left', 'right']);
    await expect(rtl).to.be.accessible();
  });

  it('uses the brand fill when it passes WCAG AA and the accessible default otherwise', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const pass = await served((c) => (c.organization.brand = { primary: '#6a1b4d', onPrimary: '#ffffff' }));
      const fail = await served((c) => (c.organization.brand = { primary: '#ffdd00', onPrimary: '#fff1a0' }));
      const { widgets: ribbons } = await mountAll(html`<csr-award-ribbon src=${pass} partner="telenor"></csr-award-ribbon>
        <csr-award-ribbon src=${fail} partner="telenor"></csr-award-ribbon>`);
      const fill = (el: CsrAwardRibbon) => {
        const style = getComputedStyle(part(el, 'year')!);
        return [style.backgroundColor, style.color];
      };
      expect(fill(ribbons[0])).to.deep.equal(['rgb(106, 27, 77)', 'rgb(255, 255, 255)']);
      expect(fill(ribbons[1])).to.deep.equal(['rgb(11, 83, 148)', 'rgb(255, 255, 255)']);
      expect(warnings.filter((w) => w.includes('#ffdd00') && w.includes('below WCAG AA'))).to.have.length(1);
    } finally {
      console.warn = original;
    }
  });
});
