// The follow row (organization.profiles), the share counter (share.counter) and the heading, against
// the test runner's real server: its counter endpoints (test/server/fixtures.js) record what they get.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import '../../define/share-bar.js';
import type { CsrShareBar } from './share-bar.js';
import { counterOptions } from './share-counter.js';
import { validateConfig } from '../../config/validate.js';
import { configureLoader } from '../../testing.js';
import { namespace } from '../../runtime/namespace.js';
import { counterReceived, scriptCounter, serveConfig, type CounterResponse } from '../../../test/support/server.js';

const ORG = { name: 'ECPAT Sverige', url: `${location.origin}/ecpat` };
const PAGE = 'https://example.org/kampanj';
const PROFILES = {
  facebook: 'https://example.org/fb-example',
  mastodon: '@ecpat_example@mastodon.example',
  newsletter: 'https://example.org/nyhetsbrev',
};

const root = (el: CsrShareBar) => el.shadowRoot!;
const followLinks = (el: CsrShareBar) => [...root(el).querySelectorAll<HTMLAnchorElement>('[part=follow-link]')];
const shareActions = (el: CsrShareBar) => root(el).querySelectorAll('[part=action]');
const countText = (el: CsrShareBar) => root(el).querySelector('[part=count]')?.textContent ?? null;

async function bars(config: unknown, markup: (src: string) => ReturnType<typeof html>): Promise<CsrShareBar[]> {
  const { url } = await serveConfig(config);
  const host = await fixture(html`<div>${markup(url)}</div>`);
  const found = [...host.querySelectorAll('csr-share-bar')];
  await Promise.all(found.map((b) => b.settled()));
  return found;
}

const one = async (config: unknown, attrs: { lang?: string } = {}) =>
  (await bars(config, (src) => html`<csr-share-bar src=${src} lang=${attrs.lang ?? 'sv'}></csr-share-bar>`))[0];

function captureWarnings(): { warnings: string[]; restore: () => void } {
  const original = console.warn;
  const warnings: string[] = [];
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  return { warnings, restore: () => (console.warn = original) };
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const start = Date.now();
  while (!(await condition())) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 20));
  }
}

const withCounter = (counter: string, extra: Record<string, unknown> = {}) => ({
  version: 1,
  organization: ORG,
  share: { url: PAGE, networks: ['facebook', 'linkedin', 'copy'], counter },
  ...extra,
});

describe('csr-share-bar: follow row, counter and heading', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    namespace().page = {};
    counterOptions.timeoutMs = 5000;
  });

  it('shows the follow row after the share actions, in the config order, as plain links to new tabs', async () => {
    const el = await one({ version: 1, organization: { ...ORG, profiles: PROFILES }, share: { url: PAGE, networks: ['facebook', 'copy'] } });
    const follow = root(el).querySelector('[part=follow]')!;
    expect(follow.querySelector('#follow')!.textContent).to.equal('Följ ECPAT Sverige');
    expect(follow.querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('follow');
    expect(followLinks(el).map((a) => [a.textContent, a.getAttribute('href')])).to.deep.equal([
      ['Facebook', 'https://example.org/fb-example'],
      ['Mastodon', 'https://mastodon.example/@ecpat_example'],
      ['Nyhetsbrev', 'https://example.org/nyhetsbrev'],
    ]);
    for (const a of followLinks(el)) {
      expect(a.target).to.equal('_blank');
      expect(a.rel).to.equal('noopener noreferrer');
      expect(a.getAttribute('aria-label')).to.equal(`${a.textContent} (öppnas i en ny flik)`);
      expect(a.querySelector('img, svg')).to.equal(null);
    }
    // Targets of at least 24 × 24 px, "X" included.
    const x = await one({ version: 1, organization: { ...ORG, profiles: { x: 'https://example.org/x-example' } }, share: { url: PAGE } });
    const box = followLinks(x)[0].getBoundingClientRect();
    expect([box.width >= 24, box.height >= 24], `${box.width}×${box.height}`).to.deep.equal([true, true]);
    // After the share actions, in the same row: the bar keeps its height.
    const last = shareActions(el)[shareActions(el).length - 1].getBoundingClientRect();
    expect(follow.getBoundingClientRect().top).to.be.closeTo(last.top, 12);
    await expect(el).to.be.accessible();
    const en = await one({ version: 1, organization: { ...ORG, profiles: PROFILES }, share: { url: PAGE } }, { lang: 'en' });
    expect(root(en).querySelector('#follow')!.textContent).to.equal('Follow ECPAT Sverige');
    expect(followLinks(en).at(-1)!.textContent).to.equal('Newsletter');
  });

  it('hides either row with show="share" or show="follow", and keeps the same height', async () => {
    const config = { version: 1, organization: { ...ORG, profiles: PROFILES }, share: { url: PAGE } };
    const [all, share, follow] = await bars(
      config,
      (src) => html`<div style="width: 480px">
        <csr-share-bar src=${src}></csr-share-bar>
        <csr-share-bar src=${src} show="share"></csr-share-bar>
        <csr-share-bar src=${src} show="follow"></csr-share-bar>
      </div>`,
    );
    expect(followLinks(all)).to.have.length(3);
    expect(shareActions(all).length).to.be.above(3);
    expect(followLinks(share)).to.have.length(0);
    expect(shareActions(share).length).to.equal(shareActions(all).length);
    expect(followLinks(follow)).to.have.length(3);
    expect(shareActions(follow).length).to.equal(0);
    const heights = [all, share, follow].map((b) => b.getBoundingClientRect().height);
    expect(new Set(heights).size, String(heights)).to.equal(1);
  });

  it('loads nothing from any platform before a click, follow links included', async () => {
    performance.clearResourceTimings();
    const el = await one({ version: 1, organization: { ...ORG, profiles: PROFILES }, share: { url: PAGE } });
    for (const a of followLinks(el)) {
      a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      a.focus();
    }
    await new Promise((r) => setTimeout(r, 200));
    const names = performance.getEntriesByType('resource').map((e) => e.name);
    expect(names.filter((name) => new URL(name).origin !== location.origin)).to.deep.equal([]);
  });

  it('leaves out a bad profile with a message naming its path, skips an unknown one with one warning, and keeps the bar', async () => {
    const profiles = {
      facebook: 'http://example.org/not-https',
      instagram: 'javascript:alert(1)',
      mastodon: 'ecpat@mastodon.example',
      linkedin: 'https://example.org/li-example',
      myspace: 'https://example.org/myspace',
    };
    const result = validateConfig({ version: 1, organization: { ...ORG, profiles }, share: { url: PAGE } });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.config.issues).to.deep.equal([
      { path: 'organization.profiles.facebook', message: 'must be an https URL' },
      { path: 'organization.profiles.instagram', message: 'must be an https URL' },
      { path: 'organization.profiles.mastodon', message: 'must be a Mastodon account such as "@name@mastodon.social"' },
    ]);
    // Not even a broken profiles map touches the organization: every widget still gets it.
    expect(validateConfig({ version: 1, organization: { ...ORG, profiles: 'nope' } }).ok).to.equal(true);

    const { warnings, restore } = captureWarnings();
    try {
      const found = await bars(
        { version: 1, organization: { ...ORG, profiles }, share: { url: PAGE } },
        (src) => html`<csr-share-bar src=${src}></csr-share-bar><csr-share-bar src=${src} variant="column"></csr-share-bar>`,
      );
      for (const el of found) {
        expect(el.ready).to.equal(true);
        expect(followLinks(el).map((a) => a.textContent)).to.deep.equal(['LinkedIn']);
      }
      const about = (text: string) => warnings.filter((w) => w.includes(text));
      expect(about('organization.profiles.facebook: must be an https URL')).to.have.length(1);
      expect(about('organization.profiles.instagram: must be an https URL')).to.have.length(1);
      expect(about('organization.profiles.mastodon: must be a Mastodon account')).to.have.length(1);
      expect(about('organization.profiles.myspace: not a known profile; skipped.')).to.have.length(1);
    } finally {
      restore();
    }
  });

  it('makes its title a heading of level 2, or of the level heading-level sets (1 to 6; else 2, with a warning)', async () => {
    const config = { version: 1, organization: ORG, share: { url: PAGE } };
    const level = (el: CsrShareBar) => root(el).querySelector('[part=title]')!;
    const plain = await bars(config, (src) => html`<csr-share-bar src=${src}></csr-share-bar>`);
    expect(level(plain[0]).getAttribute('role')).to.equal('heading');
    expect(level(plain[0]).getAttribute('aria-level')).to.equal('2');
    const { warnings, restore } = captureWarnings();
    try {
      const [four, high, word] = await bars(
        config,
        (src) => html`<csr-share-bar src=${src} heading-level="4"></csr-share-bar>
          <csr-share-bar src=${src} heading-level="9"></csr-share-bar>
          <csr-share-bar src=${src} .headingLevel=${'three' as never}></csr-share-bar>`,
      );
      expect(level(four).getAttribute('aria-level')).to.equal('4');
      expect(level(high).getAttribute('aria-level')).to.equal('2');
      expect(level(word).getAttribute('aria-level')).to.equal('2');
      expect(warnings.filter((w) => w.includes('heading-level must be 1 to 6, not "9"'))).to.have.length(1);
      // A property set to something that is not a level.
      expect(warnings.filter((w) => w.includes('heading-level must be 1 to 6, not "three"'))).to.have.length(1);
      four.headingLevel = 3;
      await four.updateComplete;
      expect(level(four).getAttribute('aria-level')).to.equal('3');
      expect(four.getAttribute('heading-level')).to.equal('4');
    } finally {
      restore();
    }
  });

  it('sends {network, url} to the counter on a share, without cookies, Referer or waiting, and counts it', async () => {
    document.cookie = 'csr-test-visitor=1; path=/';
    try {
      const { key, url: counter } = await scriptCounter([{ body: { count: 1234 }, delayMs: 300 }]);
      const el = await one(withCounter(counter));
      el.addEventListener('click', (e) => e.preventDefault());
      // Shown once it arrived, in the language's plural form and digits; the slot was there before.
      const slot = root(el).querySelector<HTMLElement>('[part=count]')!;
      expect(slot.textContent).to.equal('');
      expect(slot.getBoundingClientRect().width).to.be.above(40);
      const before = el.getBoundingClientRect();
      await waitFor(() => countText(el) !== '');
      expect(countText(el)).to.equal(`${(1234).toLocaleString('sv')} delningar`);
      expect([el.getBoundingClientRect().height, el.getBoundingClientRect().top]).to.deep.equal([before.height, before.top]);

      let shared = false;
      el.addEventListener('csr-share', () => (shared = true));
      root(el).querySelector<HTMLElement>('.action-linkedin')!.click();
      expect(shared, 'the share happens at once').to.equal(true);
      await el.updateComplete;
      expect(countText(el)).to.equal(`${(1235).toLocaleString('sv')} delningar`);
      await waitFor(async () => (await counterReceived(key)).some((r) => r.method === 'POST'));
      const requests = await counterReceived(key);
      const post = requests.find((r) => r.method === 'POST')!;
      expect(JSON.parse(post.body)).to.deep.equal({ network: 'linkedin', url: PAGE });
      expect(post.headers['content-type']).to.equal('text/plain;charset=UTF-8');
      for (const request of requests) {
        expect(request.headers.cookie, request.method).to.equal(undefined);
        expect(request.headers.referer, request.method).to.equal(undefined);
      }
      const get = requests.find((r) => r.method === 'GET')!;
      expect(new URL(get.url, location.origin).searchParams.get('url')).to.equal(PAGE);
    } finally {
      document.cookie = 'csr-test-visitor=; path=/; max-age=0';
    }
  });

  it('shares a share the moment it is clicked, while the counter has not answered', async () => {
    const { key, url: counter } = await scriptCounter([{ hang: true }]);
    const el = await one(withCounter(counter), { lang: 'en' });
    el.addEventListener('click', (e) => e.preventDefault());
    let shared = false;
    el.addEventListener('csr-share', () => (shared = true));
    root(el).querySelector<HTMLElement>('.action-facebook')!.click();
    expect(shared).to.equal(true);
    expect(countText(el)).to.equal('');
    await waitFor(async () => (await counterReceived(key)).some((r) => r.method === 'POST'));
  });

  it('reads the count once per page and URL, however many bars show it', async () => {
    const { key, url: counter } = await scriptCounter([{ body: { count: 1 } }]);
    const found = await bars(
      withCounter(counter),
      (src) => html`<csr-share-bar src=${src} lang="en"></csr-share-bar><csr-share-bar src=${src} variant="column" lang="en"></csr-share-bar>
        <csr-share-bar src=${src} variant="icons" lang="en"></csr-share-bar>`,
    );
    await waitFor(() => found.every((b) => countText(b) === '1 share'));
    expect((await counterReceived(key)).filter((r) => r.method === 'GET')).to.have.length(1);
  });

  const failures: [string, CounterResponse, RegExp][] = [
    ['an answer that is not JSON', { text: '<html>captive portal</html>' }, /: not JSON; no count shown$/],
    ['a negative count', { body: { count: -3 } }, /"count" is not a whole number from 0 to 1000000000/],
    ['an absurd count', { body: { count: 1e12 } }, /"count" is not a whole number/],
    ['a count that is not a number', { body: { count: '12' } }, /"count" is not a whole number/],
    ['an HTTP error', { status: 500, text: 'oops' }, /: HTTP 500; no count shown$/],
    ['a slow counter', { hang: true }, /: no answer in 300 ms; no count shown$/],
  ];
  for (const [what, response, message] of failures) {
    it(`shows no count, keeps the bar and emits counter-failed for ${what}`, async () => {
      counterOptions.timeoutMs = 300;
      const { url: counter } = await scriptCounter([response]);
      const { url } = await serveConfig(withCounter(counter));
      const errors: { code: string; message: string }[] = [];
      const { warnings, restore } = captureWarnings();
      try {
        const host = await fixture(html`<div @csr-error=${(e: CustomEvent) => errors.push(e.detail)}>
          <csr-share-bar src=${url} lang="sv"><a href=${PAGE}>Dela</a></csr-share-bar>
        </div>`);
        const el = host.querySelector('csr-share-bar')!;
        await el.settled();
        await waitFor(() => errors.length > 0);
        await nextFrame();
        expect(el.ready).to.equal(true);
        expect(countText(el)).to.equal('');
        expect(errors).to.have.length(1);
        expect(errors[0].code).to.equal('counter-failed');
        expect(errors[0].message).to.match(/^share\.counter: http/).and.match(message);
        expect(warnings.filter((w) => w.includes(errors[0].message))).to.have.length(1);
        expect(shareActions(el).length).to.equal(3);
      } finally {
        restore();
      }
    });
  }

  it('refuses a counter on another site than the config, or not https, with a message naming it, and asks nothing', async () => {
    performance.clearResourceTimings();
    for (const [counter, text] of [
      ['https://counter.example.org/count', `share.counter: must be on the organization's site "${location.hostname}"`],
      ['javascript:alert(1)', 'share.counter: must be an https URL'],
    ]) {
      const { warnings, restore } = captureWarnings();
      try {
        const el = await one(withCounter(counter));
        expect(el.ready).to.equal(true);
        expect(root(el).querySelector('[part=count]')).to.equal(null);
        expect(shareActions(el).length).to.equal(3);
        expect(warnings.filter((w) => w.includes(text))).to.have.length(1);
      } finally {
        restore();
      }
    }
    expect(performance.getEntriesByType('resource').filter((e) => e.name.includes('counter.example.org'))).to.deep.equal([]);
  });
});
