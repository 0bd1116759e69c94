import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/partner-badge.js';
import type { CsrPartnerBadge } from './partner-badge.js';
import { configureLoader } from '../../testing.js';
import { absoluteUrl, LAST_GOOD_PREFIX } from '../../runtime/loader.js';
import { namespace } from '../../runtime/namespace.js';
import { cfgUrl, uniqueKey, exampleConfig } from '../../../test/support/server.js';
import { served, mount, expectReservedBox } from '../../../test/support/partner-widgets.js';

const utcDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
const part = (el: Element, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const link = (el: CsrPartnerBadge) => el.shadowRoot!.querySelector('a')!;
/** The words a sighted person reads in the badge's text part (without the text for screen readers). */
const visibleText = (el: CsrPartnerBadge) =>
  [...part(el, 'text')!.childNodes]
    .filter((n) => n.nodeType !== Node.COMMENT_NODE && !(n instanceof Element && n.classList.contains('visually-hidden')))
    .map((n) => n.textContent)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();

const mountAll = (template: unknown) => mount<CsrPartnerBadge>('csr-partner-badge', template);

describe('<csr-partner-badge>', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    namespace().page = {};
  });

  it('shows the NGO mark and "Stolt partner till …", linked to the verification page in a new tab', async () => {
    const src = await served();
    const { widget: badge, codes } = await mountAll(html`<csr-partner-badge src=${src} partner="telenor" lang="sv"><a href="/x">fallback</a></csr-partner-badge>`);
    expect(badge.ready).to.equal(true);
    expect(codes).to.deep.equal([]);
    const a = link(badge);
    expect(a.getAttribute('part')).to.equal('base');
    expect(new URL(a.href).pathname).to.equal('/partners/telenor.html');
    expect(a.target).to.equal('_blank');
    expect(a.rel).to.equal('noopener');
    expect(visibleText(badge)).to.equal(`Stolt partner till ECPAT Sverige Verifierad av ${location.hostname}`);
    expect(a.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Stolt partner till ECPAT Sverige Verifierad av ${location.hostname}. Telenor Sverige är partner till ECPAT Sverige. Se partnerskapet på ${location.hostname} (öppnas i en ny flik)`,
    );
    const img = part(badge, 'logo') as HTMLImageElement;
    expect([img.getAttribute('width'), img.getAttribute('height'), img.alt]).to.deep.equal(['48', '48', 'ECPAT Sverige']);
    expect(badge.shadowRoot!.querySelector('slot'), 'no fallback slot once shown').to.equal(null);
    await expect(badge).to.be.accessible();
  });

  it('speaks English, adds "since {year}", and prefers the partner\'s badgeText; without verifyUrl it links the partner list', async () => {
    const src = await served((c) => {
      c.partners.telenor.since = 2011;
      c.partners.bredbandsbolaget.badgeText = { sv: 'Vi står bakom ECPAT', en: 'We stand with ECPAT' };
      delete c.partners.bredbandsbolaget.verifyUrl;
    });
    const { widgets: badges } = await mountAll(html`<csr-partner-badge src=${src} partner="telenor" lang="en"></csr-partner-badge>
      <csr-partner-badge src=${src} partner="bredbandsbolaget" lang="en-GB"></csr-partner-badge>`);
    const [telenor, bredband] = badges;
    expect(visibleText(telenor)).to.equal(`Proud partner of ECPAT Sverige since 2011 Verified by ${location.hostname}`);
    expect(link(telenor).textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      `Proud partner of ECPAT Sverige since 2011 Verified by ${location.hostname}. Telenor Sverige is a partner of ECPAT Sverige. See the partnership on ${location.hostname} (opens in a new tab)`,
    );
    expect(visibleText(bredband)).to.equal(`We stand with ECPAT Verified by ${location.hostname}`);
    // Without verifyUrl: the partner's entry on the organization's partner list.
    expect(new URL(link(bredband).href).pathname + new URL(link(bredband).href).hash).to.equal('/partners.html#bredbandsbolaget');
  });

  it('renders every variant in every theme, in Swedish and English, and passes axe', async () => {
    const src = await served();
    for (const variant of ['full', 'compact', 'mark'] as const) {
      for (const theme of ['light', 'dark', 'auto']) {
        for (const lang of ['sv', 'en']) {
          const { widget: badge } = await mountAll(html`<csr-partner-badge src=${src} partner="telenor" variant=${variant} theme=${theme} lang=${lang}></csr-partner-badge>`);
          const label = `${variant} ${theme} ${lang}`;
          expect(badge.ready, label).to.equal(true);
          expect(link(badge).classList.contains(`variant-${variant}`), label).to.equal(true);
          expect(part(badge, 'verified')!.textContent, label).to.contain(location.hostname);
          expect(link(badge).textContent, label).to.contain(`${lang === 'sv' ? 'Verifierad av' : 'Verified by'} ${location.hostname}`);
          expect(link(badge).textContent, label).to.contain(lang === 'sv' ? 'är partner till' : 'is a partner of');
          await expect(badge, label).to.be.accessible();
        }
      }
    }
    const { widget: badge } = await mountAll(html`<csr-partner-badge src=${src} partner="telenor" theme="dark"></csr-partner-badge>`);
    expect(getComputedStyle(link(badge)).backgroundColor).to.equal('rgb(30, 31, 34)');
  });

  for (const [status, expected] of [
    ['suspended', 'partner-suspended'],
    ['ended', 'partner-ended'],
  ]) {
    it(`shows its fallback and emits ${expected} for a ${status} partner`, async () => {
      const src = await served((c) => (c.partners.telenor.status = status));
      const { widget: badge, codes } = await mountAll(html`<csr-partner-badge src=${src} partner="telenor"><a href="/x">Partner</a></csr-partner-badge>`);
      expect(badge.ready).to.equal(false);
      expect(codes).to.deep.equal([expected]);
      expect(badge.problem!.message).to.equal(`partners.telenor.status: the partnership ${status === 'ended' ? 'has ended' : 'is suspended'}`);
      expect(badge.shadowRoot!.querySelector('a')).to.equal(null);
      expect(badge.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(badge.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
    });
  }

  it('is shown through the validUntil day (UTC) and not after: yesterday, today, tomorrow', async () => {
    const src = await served((c) => {
      c.partners.yesterday = { ...c.partners.telenor, validUntil: utcDay(-1) };
      c.partners.today = { ...c.partners.telenor, validUntil: utcDay(0) };
      c.partners.tomorrow = { ...c.partners.telenor, validUntil: utcDay(1) };
    });
    const { widgets: badges, codes } = await mountAll(html`<csr-partner-badge src=${src} partner="yesterday"></csr-partner-badge>
      <csr-partner-badge src=${src} partner="today"></csr-partner-badge>
      <csr-partner-badge src=${src} partner="tomorrow"></csr-partner-badge>`);
    expect(badges.map((b) => b.ready)).to.deep.equal([false, true, true]);
    expect(codes).to.deep.equal(['partner-expired']);
  });

  it('is shown only on the listed domains (or their subdomains), and says which host failed', async () => {
    const src = await served((c) => {
      c.partners.here = { ...c.partners.telenor, domains: [location.hostname] };
      c.partners.elsewhere = { ...c.partners.telenor, domains: ['telenor.se'] };
      c.partners.lookalike = { ...c.partners.telenor, domains: [`${location.hostname}.evil.example`] };
      c.partners.anywhere = { ...c.partners.telenor };
      delete c.partners.anywhere.domains;
    });
    const { widgets: badges, codes } = await mountAll(html`${['here', 'elsewhere', 'lookalike', 'anywhere'].map(
      (p) => html`<csr-partner-badge src=${src} partner=${p}></csr-partner-badge>`,
    )}`);
    expect(badges.map((b) => b.ready)).to.deep.equal([true, false, false, true]);
    expect(codes).to.deep.equal(['partner-domain', 'partner-domain']);
    expect(badges[1].problem!.message).to.equal(`partners.elsewhere.domains: this page's host "${location.hostname}" is not one of telenor.se`);
  });

  it('emits partner-unknown for a partner the config does not list', async () => {
    const { widget: badge, codes } = await mountAll(html`<csr-partner-badge src=${cfgUrl(uniqueKey(), 'ok')} partner="nobody"></csr-partner-badge>`);
    expect(codes).to.deep.equal(['partner-unknown']);
    expect(badge.problem!.message).to.equal('partners.nobody: the config lists no such partner');
  });

  it('lets a revocation in the fresh config beat a cached copy that says active', async () => {
    const url = await served((c) => (c.partners.telenor.status = 'suspended'));
    const cached = await exampleConfig();
    expect(cached.partners.telenor.status).to.equal('active');
    localStorage.setItem(LAST_GOOD_PREFIX + absoluteUrl(url), JSON.stringify({ savedAt: Date.now(), data: cached }));
    try {
      const { widget: badge, codes } = await mountAll(html`<csr-partner-badge src=${url} partner="telenor"></csr-partner-badge>`);
      expect(codes).to.deep.equal(['partner-suspended']);
      expect(badge.ready).to.equal(false);
    } finally {
      localStorage.removeItem(LAST_GOOD_PREFIX + absoluteUrl(url));
    }
  });

  it('turns a logo that fails to load into the name, in a box of the same size', async () => {
    const good = await served();
    const broken = await served((c) => (c.organization.logo = 'http://localhost:4173/no-such-logo.svg'));
    const { widgets: badges } = await mountAll(html`${(['full', 'compact', 'mark'] as const).map(
      (v) => html`<csr-partner-badge src=${good} partner="telenor" variant=${v}></csr-partner-badge>
        <csr-partner-badge src=${broken} partner="telenor" variant=${v}></csr-partner-badge>`,
    )}`);
    for (let i = 0; i < badges.length; i += 2) {
      const [ok, failed] = [badges[i], badges[i + 1]];
      await waitUntil(() => part(failed, 'name'), 'the name replaces the broken logo');
      await waitUntil(() => (part(ok, 'logo') as HTMLImageElement).complete);
      expect(part(failed, 'logo')).to.equal(null);
      expect(part(failed, 'name')!.textContent).to.equal(failed.variant === 'compact' ? 'ES' : 'ECPAT Sverige');
      const [a, b] = [link(ok).getBoundingClientRect(), link(failed).getBoundingClientRect()];
      expect([b.width, b.height], failed.variant).to.deep.equal([a.width, a.height]);
      const [ma, mb] = [part(ok, 'mark')!.getBoundingClientRect(), part(failed, 'mark')!.getBoundingClientRect()];
      expect([mb.width, mb.height], `${failed.variant} mark`).to.deep.equal([ma.width, ma.height]);
      await expect(failed).to.be.accessible();
    }
  });

  it('keeps the same box from first paint to final render when the config is slow', async () => {
    await expectReservedBox('csr-partner-badge', ['full', 'compact', 'mark']);
  });

  it('uses brand colours that pass WCAG AA, and otherwise warns once and falls back to the accessible pair', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const pass = await served((c) => {
        c.organization.brand = { primary: '#0a4a7b', onPrimary: '#ffffff' };
        delete c.organization.logo;
      });
      const fail = await served((c) => {
        c.organization.brand = { primary: '#7a7a7b', onPrimary: '#8a8a8b' };
        delete c.organization.logo;
      });
      const { widgets: badges } = await mountAll(html`<csr-partner-badge src=${pass} partner="telenor"></csr-partner-badge>
        <csr-partner-badge src=${fail} partner="telenor"></csr-partner-badge>
        <csr-partner-badge src=${fail} partner="telenor" variant="mark"></csr-partner-badge>`);
      const colours = (el: Element) => {
        const style = getComputedStyle(part(el, 'name')!);
        return [style.backgroundColor, style.color];
      };
      expect(colours(badges[0])).to.deep.equal(['rgb(10, 74, 123)', 'rgb(255, 255, 255)']);
      expect(colours(badges[1])).to.deep.equal(['rgb(11, 83, 148)', 'rgb(255, 255, 255)']);
      expect(colours(badges[2])).to.deep.equal(['rgb(11, 83, 148)', 'rgb(255, 255, 255)']);
      const contrast = warnings.filter((w) => w.includes('#7a7a7b'));
      expect(contrast).to.have.length(1);
      expect(contrast[0]).to.contain('below WCAG AA');
      for (const badge of badges) await expect(badge).to.be.accessible();
    } finally {
      console.warn = original;
    }
  });

  it('mirrors for right-to-left languages', async () => {
    const src = await served();
    const root = await fixture(html`<section lang="ar"><csr-partner-badge src=${src} partner="telenor"></csr-partner-badge></section>`);
    const badge = root.querySelector('csr-partner-badge')!;
    await badge.settled();
    expect(link(badge).getAttribute('dir')).to.equal('rtl');
    const mark = part(badge, 'mark')!.getBoundingClientRect();
    const text = part(badge, 'text')!.getBoundingClientRect();
    expect(mark.left, 'the mark sits at the start (right)').to.be.above(text.left);
    expect(getComputedStyle(link(badge)).borderRightWidth).to.equal('5px');
    await expect(badge).to.be.accessible();
  });

  it('is one stop for the keyboard, with a visible focus ring', async () => {
    const { widget: badge } = await mountAll(html`<button>before</button><csr-partner-badge src=${await served()} partner="telenor"></csr-partner-badge>`);
    badge.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(badge.shadowRoot!.activeElement).to.equal(link(badge));
    expect(getComputedStyle(link(badge)).outlineStyle).to.equal('solid');
    await sendKeys({ press: 'Tab' });
    expect(badge.shadowRoot!.activeElement).to.equal(null);
  });
});
