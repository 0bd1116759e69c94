import { expect, html, nextFrame } from '@open-wc/testing';
import '../../define/partner-list.js';
import type { CsrPartnerList } from './partner-list.js';
import { configureLoader } from '../../testing.js';
import { namespace } from '../../runtime/namespace.js';
import { BOXES } from '../../base/boxes.js';
import { reservationCss } from '../../base/reservation.js';
import { served, mount, expectReservedBox } from '../../../test/support/partner-widgets.js';

const utcDay = (offsetDays: number) => new Date(Date.now() + offsetDays * 86400000).toISOString().slice(0, 10);
const entries = (el: CsrPartnerList) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~=entry]')];
const words = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();

/** The example config with a partner in each standing. */
const standings = () =>
  served((c) => {
    c.partners.telenor.since = 2011;
    c.partners.paused = { name: 'Paus AB', status: 'suspended' };
    c.partners.former = { name: 'Förr AB', status: 'ended', since: 2009 };
    c.partners.lapsed = { name: 'Utgånget AB', status: 'active', validUntil: utcDay(-2) };
  });

describe('<csr-partner-list>', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    namespace().page = {};
  });

  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('lists every partner with its standing, dates and awards, one anchor each', async () => {
    const src = await standings();
    const { widget: list, codes } = await mount<CsrPartnerList>('csr-partner-list', html`<csr-partner-list src=${src} lang="sv"><a href="/partners">Våra partner</a></csr-partner-list>`);
    expect(list.ready).to.equal(true);
    expect(codes).to.deep.equal([]);
    expect(words(list.shadowRoot!.querySelector('[part=heading]')!)).to.equal(`Partner till ECPAT Sverige Verifierad av ${location.hostname}`);
    const items = entries(list);
    expect(items.map((e) => e.id)).to.deep.equal(['telenor', 'bredbandsbolaget', 'paused', 'former', 'lapsed']);
    expect(items.map((e) => e.querySelector('[part=status]')!.textContent)).to.deep.equal([
      'Aktivt',
      'Aktivt',
      'Tillfälligt avbrutet',
      'Avslutat',
      'Har gått ut',
    ]);
    expect(words(items[0])).to.equal('Telenor Sverige Aktivt Partner sedan 2011 · Gäller till och med 31 december 2030 Utmärkelser: Årets Företagssamarbete 2013');
    expect(items[0].querySelector('h3 a')!.getAttribute('href')).to.equal('https://example.org/telenor-example');
    expect(items[0].querySelector('.awards a')!.getAttribute('href')).to.contain('/award.html');
    expect(words(items[3])).to.equal('Förr AB Avslutat Partner sedan 2009');
    await expect(list).to.be.accessible();
  });

  it('speaks English', async () => {
    const src = await standings();
    const { widget: list } = await mount<CsrPartnerList>('csr-partner-list', html`<csr-partner-list src=${src} lang="en"></csr-partner-list>`);
    expect(list.shadowRoot!.querySelector('h2')!.textContent).to.equal('Partners of ECPAT Sverige');
    expect(entries(list).map((e) => e.querySelector('[part=status]')!.textContent)).to.deep.equal(['Active', 'Active', 'Suspended', 'Ended', 'Expired']);
  });

  it('highlights and scrolls to the entry the URL names, and follows changes of the fragment', async () => {
    const src = await standings();
    history.replaceState(null, '', '#lapsed');
    const { widget: list } = await mount<CsrPartnerList>('csr-partner-list', html`<csr-partner-list src=${src}></csr-partner-list>`);
    await nextFrame();
    const current = () => entries(list).filter((e) => e.hasAttribute('aria-current')).map((e) => e.id);
    expect(current()).to.deep.equal(['lapsed']);
    expect(entries(list).at(-1)!.part.contains('current')).to.equal(true);
    const scroller = list.shadowRoot!.querySelector<HTMLElement>('[part=list]')!;
    const entry = entries(list).at(-1)!.getBoundingClientRect();
    const box = scroller.getBoundingClientRect();
    expect(entry.bottom, 'the named entry is scrolled into view').to.be.at.most(box.bottom + 1);
    location.hash = 'telenor';
    await new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    await list.updateComplete;
    await nextFrame();
    expect(current()).to.deep.equal(['telenor']);
  });

  it('shows only a config the organization’s own site served', async () => {
    const src = await served((c) => (c.organization.url = 'https://www.ecpat.se/'));
    const { widget: list, codes } = await mount<CsrPartnerList>('csr-partner-list', html`<csr-partner-list src=${src}><a href="/p">Partner</a></csr-partner-list>`);
    expect(list.ready).to.equal(false);
    expect(codes).to.deep.equal(['config-origin']);
    expect(list.shadowRoot!.querySelector('slot')).to.not.equal(null);
  });

  it('says so when no partner is listed, and falls back on a broken config', async () => {
    const empty = await served((c) => delete c.partners);
    const { widget: list } = await mount<CsrPartnerList>('csr-partner-list', html`<csr-partner-list src=${empty} lang="en"></csr-partner-list>`);
    expect(list.shadowRoot!.querySelector('.empty')!.textContent).to.equal('No partners are listed.');
    const broken = await served((c) => (c.version = 2));
    const { codes } = await mount('csr-partner-list', html`<csr-partner-list src=${broken}></csr-partner-list>`);
    expect(codes).to.deep.equal(['config-invalid']);
  });

  it('renders in every theme and right to left, and passes axe', async () => {
    const src = await standings();
    for (const theme of ['light', 'dark', 'auto']) {
      const { widget: list } = await mount<CsrPartnerList>('csr-partner-list', html`<csr-partner-list src=${src} theme=${theme} lang="ar"></csr-partner-list>`);
      expect(list.shadowRoot!.querySelector('[part=base]')!.getAttribute('dir'), theme).to.equal('rtl');
      await expect(list, theme).to.be.accessible();
    }
  });

  it('keeps one box from loading to content, and the page stylesheet reserves it', async () => {
    await expectReservedBox('csr-partner-list', ['list']);
    expect(reservationCss()).to.contain(`csr-partner-list:not(:defined) { block-size: ${BOXES['csr-partner-list'].variants.list[1]}; }`);
  });
});
