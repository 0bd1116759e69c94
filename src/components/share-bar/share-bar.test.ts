import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { LAST_GOOD_PREFIX } from '../../runtime/loader.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/share-bar.js';
import type { CsrShareBar } from './share-bar.js';
import { MASTODON_STORAGE_KEY } from './share-bar.js';
import { mastodonHost } from './networks.js';
import { configureLoader } from '../../testing.js';
import { namespace } from '../../runtime/namespace.js';
import { cfgUrl, uniqueKey, serveConfig } from '../../../test/support/server.js';

const ORG = { name: 'ECPAT Sverige', url: 'https://example.org/ecpat' };
const TITLE = 'Sprid "mer" kunskap & dela #nu 🚸 عربى';
const TEXT = 'Dela med dig: "1 & 2" – tack!';
const PAGE = 'https://example.org/sök/väg?a=1&b=två#del-2';
const PAGE_HREF = 'https://example.org/s%C3%B6k/v%C3%A4g?a=1&b=tv%C3%A5#del-2';
const ALL = ['native', 'facebook', 'x', 'linkedin', 'bluesky', 'mastodon', 'whatsapp', 'telegram', 'email', 'copy'];

const serveShare = (share: Record<string, unknown> | undefined) =>
  serveConfig({ version: 1, organization: ORG, ...(share ? { share } : {}) });

const tricky = (networks: string[] = ALL) =>
  serveShare({ url: PAGE, title: TITLE, text: TEXT, hashtags: ['ECPAT', 'FÖRETAGSSAMARBETE'], networks });

const root = (el: CsrShareBar) => el.shadowRoot!;
const actions = (el: CsrShareBar) => [...root(el).querySelectorAll<HTMLElement>('[part=action]')];
const action = (el: CsrShareBar, network: string) => root(el).querySelector<HTMLElement>(`.action-${network}`)!;
const networksShown = (el: CsrShareBar) =>
  actions(el).map((a) => [...a.classList].find((c) => c.startsWith('action-'))!.slice('action-'.length));
const status = (el: CsrShareBar) => root(el).querySelector('[role=status]')!.textContent!.trim();

async function bar(src: string, attrs: { lang?: string; variant?: 'row' | 'column' | 'icons'; url?: string } = {}): Promise<CsrShareBar> {
  const el = await fixture<CsrShareBar>(
    html`<csr-share-bar src=${src} lang=${attrs.lang ?? 'sv'} variant=${attrs.variant ?? 'row'} url=${attrs.url ?? ''}></csr-share-bar>`,
  );
  await el.settled();
  return el;
}

/** Replaces a browser API on `navigator` for one test (the real one is restored after). */
function stubNavigator(name: 'share' | 'clipboard', value: unknown): () => void {
  Object.defineProperty(navigator, name, { value, configurable: true, writable: true });
  return () => {
    delete (navigator as unknown as Record<string, unknown>)[name];
  };
}

function stubWindowOpen(): { calls: unknown[][]; restore: () => void } {
  const original = window.open;
  const calls: unknown[][] = [];
  window.open = (...args: unknown[]) => {
    calls.push(args);
    return null;
  };
  return { calls, restore: () => (window.open = original) };
}

/** Keeps link clicks on the page: the test checks the event, not the third-party site. */
const stayOnPage = (el: HTMLElement) => el.addEventListener('click', (e) => e.preventDefault());

describe('csr-share-bar', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    namespace().page = {};
    localStorage.removeItem(MASTODON_STORAGE_KEY);
  });

  it('shows the localised heading, text and the configured networks in order', async () => {
    const src = cfgUrl(uniqueKey(), 'ok');
    const sv = await bar(src, { lang: 'sv' });
    expect(root(sv).querySelector('[part=title]')!.textContent).to.equal('Sprid mer kunskap');
    expect(root(sv).querySelector('[part=text]')!.textContent).to.contain('Genom att gilla och dela');
    // Headless Chromium on Linux has no navigator.share, so the native action is left out.
    expect(networksShown(sv)).to.deep.equal(ALL.slice(1));
    expect(action(sv, 'facebook').getAttribute('aria-label')).to.equal('Dela på Facebook (öppnas i en ny flik)');
    expect(action(sv, 'email').textContent!.trim()).to.equal('Dela via e-post');
    const en = await bar(src, { lang: 'en' });
    expect(root(en).querySelector('[part=title]')!.textContent).to.equal('Spread the word');
    expect(action(en, 'x').getAttribute('aria-label')).to.equal('Share on X (opens in a new tab)');
    expect(action(en, 'copy').textContent!.trim()).to.equal('Copy link');
  });

  it('uses the default strings and a default list when the config gives only a url', async () => {
    const { url } = await serveShare({ url: 'https://example.org/kampanj' });
    const el = await bar(url, { lang: 'en' });
    expect(root(el).querySelector('[part=title]')!.textContent).to.equal('Spread the word');
    expect(root(el).querySelector('[part=text]')!.textContent).to.equal('Share this page so that more people learn about it.');
    expect(networksShown(el)).to.deep.equal(['facebook', 'x', 'linkedin', 'bluesky', 'mastodon', 'whatsapp', 'email', 'copy']);
  });

  it('builds the exact address of every network, correctly encoded', async () => {
    const { url } = await tricky();
    const el = await bar(url);
    const href = (n: string) => action(el, n).getAttribute('href');
    const u = 'https%3A%2F%2Fexample.org%2Fs%25C3%25B6k%2Fv%25C3%25A4g%3Fa%3D1%26b%3Dtv%25C3%25A5%23del-2';
    const t = 'Sprid%20%22mer%22%20kunskap%20%26%20dela%20%23nu%20%F0%9F%9A%B8%20%D8%B9%D8%B1%D8%A8%D9%89';
    const tags = '%20%23ECPAT%20%23F%C3%96RETAGSSAMARBETE';
    expect(href('facebook')).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${u}`);
    expect(href('x')).to.equal(`https://x.com/intent/post?text=${t}&url=${u}&hashtags=ECPAT%2CF%C3%96RETAGSSAMARBETE`);
    expect(href('linkedin')).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${u}`);
    expect(href('bluesky')).to.equal(`https://bsky.app/intent/compose?text=${t}%20${u}${tags}`);
    expect(href('whatsapp')).to.equal(`https://wa.me/?text=${t}%20${u}`);
    expect(href('telegram')).to.equal(`https://t.me/share/url?url=${u}&text=${t}${tags}`);
    expect(href('email')).to.equal(
      `mailto:?subject=${t}&body=Dela%20med%20dig%3A%20%221%20%26%202%22%20%E2%80%93%20tack%21%0A%0A${u}`,
    );
    for (const n of ['facebook', 'x', 'linkedin', 'bluesky', 'whatsapp', 'telegram']) {
      expect(action(el, n).getAttribute('target'), n).to.equal('_blank');
      expect(action(el, n).getAttribute('rel'), n).to.equal('noopener noreferrer');
    }
    expect(action(el, 'email').hasAttribute('target')).to.equal(false);
    // Decoding gives back exactly what was meant.
    expect(new URL(href('x')!).searchParams.get('text')).to.equal(TITLE);
    expect(new URL(href('x')!).searchParams.get('url')).to.equal(PAGE_HREF);

    const open = stubWindowOpen();
    try {
      action(el, 'mastodon').click();
      await el.updateComplete;
      root(el).querySelector<HTMLInputElement>('#mastodon-instance')!.value = 'https://Mastodon.Example/@someone';
      root(el).querySelector<HTMLButtonElement>('#mastodon-prompt button[type=submit]')!.click();
      expect(open.calls).to.deep.equal([
        [`https://mastodon.example/share?text=${t}%20${u}${tags}`, '_blank', 'noopener,noreferrer'],
      ]);
    } finally {
      open.restore();
    }
  });

  it('sends no request to any third party and stores nothing before a click', async () => {
    const cookies = document.cookie;
    const keys = () => Object.keys(localStorage).filter((k) => !k.startsWith(LAST_GOOD_PREFIX)).sort();
    const storedBefore = keys();
    performance.clearResourceTimings();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => seen.push(e.name)));
    observer.observe({ type: 'resource' });
    const { url } = await tricky();
    const host = await fixture(html`<div>
      <csr-share-bar src=${url} variant="row"></csr-share-bar>
      <csr-share-bar src=${url} variant="column"></csr-share-bar>
      <csr-share-bar src=${url} variant="icons"></csr-share-bar>
    </div>`);
    const bars = [...host.querySelectorAll('csr-share-bar')];
    await Promise.all(bars.map((b) => b.settled()));
    // Hover and focus every action: still nothing may leave the page.
    for (const a of bars.flatMap(actions)) {
      a.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
      a.focus();
    }
    await new Promise((r) => setTimeout(r, 300));
    observer.disconnect();
    const entries = [...performance.getEntriesByType('resource').map((e) => e.name), ...seen];
    expect(entries.some((name) => name.includes('/__cfg/')), 'the config request is counted').to.equal(true);
    expect(entries.filter((name) => new URL(name).origin !== location.origin)).to.deep.equal([]);
    expect(bars.every((b) => b.ready)).to.equal(true);
    expect(document.cookie).to.equal(cookies);
    expect(keys()).to.deep.equal(storedBefore);
    expect(sessionStorage.length).to.equal(0);
    // No image, stylesheet, frame or font from anywhere: the icons are inline.
    for (const b of bars) expect(b.shadowRoot!.querySelectorAll('img, link, iframe, script, use').length).to.equal(0);
  });

  it('copies with the fallback field when there is no Clipboard API, and announces it', async () => {
    const restore = stubNavigator('clipboard', undefined);
    try {
      const { url } = await tricky();
      const el = await bar(url);
      const shares: unknown[] = [];
      const errors: unknown[] = [];
      el.addEventListener('csr-share', (e) => shares.push(e.detail));
      el.addEventListener('csr-error', (e) => errors.push(e.detail.code));
      action(el, 'copy').focus();
      await sendKeys({ press: 'Enter' });
      await waitFor(() => status(el) !== '');
      const field = root(el).querySelector<HTMLInputElement>('[part=copy-field]')!;
      expect(field.value).to.equal(PAGE_HREF);
      expect(field.readOnly).to.equal(true);
      expect(root(el).activeElement).to.equal(field);
      expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, PAGE_HREF.length]);
      // A real key press gives the page the activation that execCommand('copy') needs.
      expect(status(el)).to.equal('Länken är kopierad');
      expect(root(el).querySelector('[role=status]')).to.not.equal(null);
      expect(shares).to.deep.equal([{ network: 'copy', url: PAGE_HREF }]);
      expect(errors).to.deep.equal([]);
    } finally {
      restore();
    }
  });

  it('tells the person to copy by hand when even the fallback cannot copy', async () => {
    const restoreClipboard = stubNavigator('clipboard', undefined);
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      const { url } = await tricky();
      const errors: string[] = [];
      const host = await fixture(html`<div @csr-error=${(e: CustomEvent) => errors.push(e.detail.code)}>
        <csr-share-bar src=${url} lang="en"></csr-share-bar>
      </div>`);
      const el = host.querySelector('csr-share-bar')!;
      await el.settled();
      action(el, 'copy').click();
      await waitFor(() => status(el) !== '');
      expect(status(el)).to.equal('Could not copy the link. Select it and copy it yourself.');
      expect(root(el).querySelector<HTMLInputElement>('[part=copy-field]')!.value).to.equal(PAGE_HREF);
      expect(errors).to.deep.equal(['share-failed']);
    } finally {
      document.execCommand = execCommand;
      restoreClipboard();
    }
  });

  it('copies with the Clipboard API when the browser allows it', async () => {
    const { url } = await tricky();
    const el = await bar(url, { lang: 'en' });
    const share = oneEvent(el, 'csr-share');
    action(el, 'copy').focus();
    await sendKeys({ press: 'Enter' });
    expect((await share).detail).to.deep.equal({ network: 'copy', url: PAGE_HREF });
    await waitFor(() => status(el) !== '');
    expect(status(el)).to.equal('Link copied');
    // A second copy empties the live region first, so that it is announced again.
    const seen: string[] = [];
    new MutationObserver(() => seen.push(status(el))).observe(root(el).querySelector('[role=status]')!, {
      childList: true,
      characterData: true,
      subtree: true,
    });
    const again = oneEvent(el, 'csr-share');
    await sendKeys({ press: 'Enter' });
    await again;
    await waitFor(() => status(el) !== '');
    expect(seen[0]).to.equal('');
    expect(status(el)).to.equal('Link copied');
  });

  it('offers the native share where navigator.share exists, and not a cancelled share as an error', async () => {
    const calls: ShareData[] = [];
    let outcome: 'ok' | 'abort' | 'deny' = 'ok';
    const restore = stubNavigator('share', async (data: ShareData) => {
      calls.push(data);
      if (outcome === 'abort') throw new DOMException('Share canceled', 'AbortError');
      if (outcome === 'deny') throw new DOMException('Not allowed', 'NotAllowedError');
    });
    try {
      const { url } = await tricky();
      const shares: unknown[] = [];
      const errors: string[] = [];
      const host = await fixture(html`<div
        @csr-share=${(e: CustomEvent) => shares.push(e.detail)}
        @csr-error=${(e: CustomEvent) => errors.push(e.detail.code)}
      >
        <csr-share-bar src=${url} lang="sv"></csr-share-bar>
      </div>`);
      const el = host.querySelector('csr-share-bar')!;
      await el.settled();
      expect(networksShown(el)).to.deep.equal(ALL);
      const native = action(el, 'native');
      expect(native.localName).to.equal('button');
      expect(native.textContent!.trim()).to.equal('Dela…');

      native.click();
      await waitFor(() => shares.length === 1);
      expect(calls[0]).to.deep.equal({ title: TITLE, text: TEXT, url: PAGE_HREF });
      expect(shares).to.deep.equal([{ network: 'native', url: PAGE_HREF }]);

      outcome = 'abort';
      native.click();
      await waitFor(() => calls.length === 2);
      await nextFrame();
      expect(errors, 'a cancelled share is no error').to.deep.equal([]);
      expect(shares).to.have.length(1);

      outcome = 'deny';
      native.click();
      await waitFor(() => errors.length === 1);
      expect(errors).to.deep.equal(['share-failed']);
    } finally {
      restore();
    }
    const { url } = await tricky();
    const without = await bar(url);
    expect(networksShown(without)).to.not.include('native');
  });

  it('hides the native share when navigator.share is absent', async () => {
    const restore = stubNavigator('share', undefined);
    try {
      const { url } = await tricky(['native', 'copy']);
      const el = await bar(url);
      expect(networksShown(el)).to.deep.equal(['copy']);
    } finally {
      restore();
    }
  });

  it('skips unknown network names with one warning', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      const { url } = await tricky(['myspace', 'facebook', 'copy', 'facebook', 'friendster']);
      const el = await bar(url);
      el.variant = 'column';
      await el.updateComplete;
      expect(networksShown(el)).to.deep.equal(['facebook', 'copy']);
      const about = warnings.filter((w) => w.includes('myspace'));
      expect(about).to.have.length(1);
      expect(about[0]).to.contain('"friendster"');
    } finally {
      console.warn = original;
    }
  });

  it('emits csr-share with the network and the page for a link', async () => {
    const { url } = await tricky();
    const el = await bar(url);
    stayOnPage(el);
    const share = oneEvent(el, 'csr-share');
    action(el, 'linkedin').click();
    const event = await share;
    expect(event.detail).to.deep.equal({ network: 'linkedin', url: PAGE_HREF });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('asks for the Mastodon server by keyboard, checks it, and remembers it only once typed', async () => {
    const open = stubWindowOpen();
    try {
      const { url } = await tricky(['mastodon', 'copy']);
      const el = await bar(url, { lang: 'en' });
      const button = action(el, 'mastodon');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();
      const input = () => root(el).querySelector<HTMLInputElement>('#mastodon-instance');
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(root(el).activeElement).to.equal(input());
      expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal(null);
      await expect(el).to.be.accessible();

      // Escape closes the prompt and returns focus to the button, storing nothing.
      await sendKeys({ type: 'mastodon.social' });
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      await nextFrame();
      expect(input()).to.equal(null);
      expect(root(el).activeElement).to.equal(button);
      expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal(null);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      await nextFrame();
      await sendKeys({ type: 'not a server' });
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(input()!.getAttribute('aria-invalid')).to.equal('true');
      expect(root(el).querySelector('#mastodon-error')!.textContent).to.equal('Enter a server name such as mastodon.social');
      expect(open.calls).to.have.length(0);
      expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal(null);

      input()!.select();
      await sendKeys({ type: 'social.example.org' });
      const share = oneEvent(el, 'csr-share');
      await sendKeys({ press: 'Enter' });
      expect((await share).detail).to.deep.equal({ network: 'mastodon', url: PAGE_HREF });
      expect(String(open.calls[0][0])).to.match(/^https:\/\/social\.example\.org\/share\?text=/);
      expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal('social.example.org');
      await el.updateComplete;
      await nextFrame();
      expect(input()).to.equal(null);
      expect(root(el).activeElement).to.equal(button);

      // Asked once: the next share goes straight to the remembered server.
      button.click();
      await el.updateComplete;
      expect(input()).to.equal(null);
      expect(open.calls).to.have.length(2);
      expect(String(open.calls[1][0])).to.match(/^https:\/\/social\.example\.org\/share\?text=/);

      // A server typed wrongly can be changed: it is forgotten and asked again, starting from the old name.
      const change = root(el).querySelector<HTMLButtonElement>('.change')!;
      expect(change.textContent!.trim()).to.equal('Change Mastodon server (social.example.org)');
      change.click();
      await el.updateComplete;
      await nextFrame();
      expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal(null);
      expect(root(el).activeElement).to.equal(input());
      expect(input()!.value).to.equal('social.example.org');
      expect([input()!.selectionStart, input()!.selectionEnd]).to.deep.equal([0, 'social.example.org'.length]);
      await sendKeys({ type: 'mastodon.example' });
      await sendKeys({ press: 'Enter' });
      expect(String(open.calls[2][0])).to.match(/^https:\/\/mastodon\.example\/share\?text=/);
      expect(localStorage.getItem(MASTODON_STORAGE_KEY)).to.equal('mastodon.example');
    } finally {
      open.restore();
    }
  });

  it('accepts only host names as Mastodon servers', () => {
    expect(mastodonHost('mastodon.social')).to.equal('mastodon.social');
    expect(mastodonHost(' https://Mastodon.Social/about ')).to.equal('mastodon.social');
    expect(mastodonHost('@me@fosstodon.org')).to.equal('fosstodon.org');
    expect(mastodonHost('me@fosstodon.org')).to.equal('fosstodon.org');
    expect(mastodonHost('mastodön.se')).to.equal('xn--mastodn-f1a.se');
    for (const bad of ['', 'localhost', 'not a server', '127.0.0.1', 'javascript:alert(1)', 'evil.com:80@x', 'a.b/c d', 'x..y']) {
      expect(mastodonHost(bad), bad).to.equal(undefined);
    }
  });

  it('moves through the actions with Tab in order', async () => {
    const { url } = await tricky(['facebook', 'x', 'email', 'copy']);
    const el = await bar(url);
    action(el, 'facebook').focus();
    const order = [];
    for (let i = 0; i < 3; i++) {
      await sendKeys({ press: 'Tab' });
      order.push(root(el).activeElement?.className);
    }
    expect(order).to.deep.equal(['action action-x', 'action action-email', 'action action-copy']);
  });

  for (const variant of ['row', 'column', 'icons'] as const) {
    it(`renders the ${variant} variant with named targets of at least 24×24 px, and passes axe`, async () => {
      const { url } = await tricky();
      const el = await bar(url, { variant, lang: 'en' });
      const base = root(el).querySelector('[part=base]')!;
      expect(base.classList.contains(`variant-${variant}`)).to.equal(true);
      for (const a of actions(el)) {
        const box = a.getBoundingClientRect();
        expect(box.width, a.className).to.be.at.least(24);
        expect(box.height, a.className).to.be.at.least(24);
        const name = a.getAttribute('aria-label') ?? a.textContent!.trim();
        expect(name, a.className).to.not.equal('');
      }
      const label = action(el, 'facebook').querySelector('[part=label]')!;
      if (variant === 'icons') {
        expect(label.getBoundingClientRect().width).to.be.at.most(1);
        expect(action(el, 'facebook').getAttribute('title')).to.equal('Share on Facebook');
        expect(root(el).querySelector('[part=text]')).to.equal(null);
      } else {
        expect(label.getBoundingClientRect().width).to.be.above(20);
      }
      if (variant === 'column') {
        const [first, second] = actions(el).map((a) => a.getBoundingClientRect());
        expect(second.top).to.be.above(first.bottom - 1);
      }
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe in the dark theme with the native action, the prompt and the copy field shown', async () => {
    const restoreShare = stubNavigator('share', async () => undefined);
    const restoreClipboard = stubNavigator('clipboard', undefined);
    try {
      const { url } = await tricky();
      const el = await fixture<CsrShareBar>(html`<csr-share-bar src=${url} theme="dark" lang="sv"></csr-share-bar>`);
      await el.settled();
      expect(getComputedStyle(root(el).querySelector('[part=base]')!).backgroundColor).to.equal('rgb(30, 31, 34)');
      action(el, 'mastodon').click();
      action(el, 'copy').click();
      await waitFor(() => status(el) !== '');
      await expect(el).to.be.accessible();
    } finally {
      restoreClipboard();
      restoreShare();
    }
  });

  it('keeps its actions on one row that scrolls on a narrow screen, each reachable with Tab', async () => {
    const { url } = await tricky();
    const host = await fixture(html`<div class="narrow"><csr-share-bar src=${url} lang="en"></csr-share-bar></div>`);
    (host as HTMLElement).style.width = '320px';
    const el = host.querySelector('csr-share-bar')!;
    await el.settled();
    const base = root(el).querySelector('[part=base]')!;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    const list = root(el).querySelector<HTMLElement>('[part=actions]')!;
    expect(list.scrollWidth).to.be.above(list.clientWidth);
    const tops = new Set(actions(el).map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(tops.size).to.equal(1);
    const last = actions(el).at(-1)!;
    actions(el).at(-2)!.focus();
    await sendKeys({ press: 'Tab' });
    expect(root(el).activeElement).to.equal(last);
    await nextFrame();
    const shown = list.getBoundingClientRect();
    const box = last.getBoundingClientRect();
    expect(box.left).to.be.at.least(shown.left - 1);
    expect(box.right).to.be.at.most(shown.right + 1);
  });

  for (const variant of ['row', 'column', 'icons'] as const) {
    it(`has the same ${variant} box whatever its texts and networks, and keeps the whole texts for assistive technology`, async () => {
      const long = 'Dela sidan så att fler får veta om hur barn utnyttjas och om hur man anmäler. '.repeat(6).trim();
      const configs = [
        { url: 'https://example.org/k', title: 'Kort', text: 'Kort.', networks: ['copy'] },
        { url: 'https://example.org/k', title: long.slice(0, 200), text: long, networks: ALL },
      ];
      const heights = [];
      for (const share of configs) {
        const { url } = await serveShare(share);
        const host = await fixture(html`<div style="width: 360px"><csr-share-bar src=${url} lang="sv" variant=${variant}></csr-share-bar></div>`);
        const el = host.querySelector('csr-share-bar')!;
        await el.settled();
        expect(el.ready, JSON.stringify(el.problem)).to.equal(true);
        heights.push(el.getBoundingClientRect().height);
        expect(root(el).querySelector('[part=title]')!.textContent).to.equal(share.title);
        if (variant !== 'icons') expect(root(el).querySelector('[part=text]')!.textContent).to.equal(share.text);
      }
      expect(heights[1], 'long texts, every network').to.equal(heights[0]);
    });
  }

  for (const variant of ['row', 'column', 'icons'] as const) {
    it(`keeps the ${variant} box the same size from loading to ready`, async () => {
      const { url } = await serveConfig({ version: 1, organization: ORG, share: { url: 'https://example.org/k' } }, { delayMs: 300 });
      const host = await fixture(html`<div><csr-share-bar src=${url} lang="en" variant=${variant}>
        <a href="https://example.org/k">Share</a>
      </csr-share-bar></div>`);
      (host as HTMLElement).style.width = '520px';
      const el = host.querySelector('csr-share-bar')!;
      await nextFrame();
      expect(root(el).querySelector('.reserve')).to.not.equal(null);
      const loading = el.getBoundingClientRect();
      await el.settled();
      expect(root(el).querySelector('.reserve')).to.equal(null);
      const ready = el.getBoundingClientRect();
      expect([ready.width, ready.height]).to.deep.equal([loading.width, loading.height]);
    });
  }

  it('holds a fallback taller than its box inside the box while loading (cut, as the page CSS cuts it)', async () => {
    const { url } = await serveConfig({ version: 1, organization: ORG, share: { url: 'https://example.org/k' } }, { delayMs: 300 });
    const el = await fixture<CsrShareBar>(html`<csr-share-bar src=${url} lang="en">
      ${Array.from({ length: 12 }, (_, i) => html`<p>Fallback line ${i + 1}</p>`)}
    </csr-share-bar>`);
    await nextFrame();
    const loading = el.getBoundingClientRect().height;
    expect(root(el).querySelector('.reserve')).to.not.equal(null);
    expect(el.querySelector('p:last-child')!.getBoundingClientRect().top).to.be.above(el.getBoundingClientRect().bottom);
    await el.settled();
    expect(el.getBoundingClientRect().height).to.equal(loading);
  });

  it('shares its url attribute when it is safe, and the config url otherwise', async () => {
    const { url } = await tricky(['facebook']);
    const own = await bar(url, { url: 'https://example.org/annan' });
    expect(action(own, 'facebook').getAttribute('href')).to.equal(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fannan',
    );
    const errors: CustomEvent[] = [];
    const host = await fixture(html`<div @csr-error=${(e: CustomEvent) => errors.push(e)}>
      <csr-share-bar src=${url} url="javascript:alert(1)"></csr-share-bar>
    </div>`);
    const el = host.querySelector('csr-share-bar')!;
    await el.settled();
    await el.updateComplete;
    expect(el.ready).to.equal(true);
    expect(errors.map((e) => e.detail.code)).to.deep.equal(['attribute-invalid']);
    expect(errors[0].detail.message).to.match(/^url: /);
    expect(new URL(action(el, 'facebook').getAttribute('href')!).searchParams.get('u')).to.equal(PAGE_HREF);
    el.url = 'http://example.org/plain';
    await el.updateComplete;
    expect(errors).to.have.length(2);
    el.url = 'https://example.org/ok';
    await el.updateComplete;
    expect(new URL(action(el, 'facebook').getAttribute('href')!).searchParams.get('u')).to.equal('https://example.org/ok');
    expect(errors).to.have.length(2);
  });

  it('shows its fallback and emits an error when the share section is missing or invalid', async () => {
    const { url } = await serveShare(undefined);
    const errors: CustomEvent[] = [];
    const host = await fixture(html`<div @csr-error=${(e: CustomEvent) => errors.push(e)}>
      <csr-share-bar src=${url}><a href="https://example.org/k">Dela</a></csr-share-bar>
      <csr-share-bar src=${cfgUrl(uniqueKey(), 'mixed')}></csr-share-bar>
    </div>`);
    const [missing, invalid] = [...host.querySelectorAll('csr-share-bar')];
    await Promise.all([missing.settled(), invalid.settled()]);
    // The two configs load side by side: either may arrive first.
    const byElement = (el: Element) => errors.filter((e) => e.target === el).map((e) => e.detail);
    expect(byElement(missing)).to.deep.equal([{ code: 'section-missing', message: 'share: the config has no share section' }]);
    expect(byElement(invalid)).to.deep.equal([{ code: 'section-invalid', message: 'share.url: must be an https URL' }]);
    expect(missing.shadowRoot!.querySelector('slot:not([name])')).to.not.equal(null);
    expect(missing.querySelector('a')!.getBoundingClientRect().height).to.be.above(0);
  });

  it('sets the direction for right-to-left languages', async () => {
    const { url } = await tricky();
    const host = await fixture(html`<section lang="ar"><csr-share-bar src=${url} variant="icons"></csr-share-bar></section>`);
    const el = host.querySelector('csr-share-bar')!;
    await el.settled();
    expect(root(el).querySelector('[part=base]')!.getAttribute('dir')).to.equal('rtl');
    const [first, second] = actions(el).map((a) => a.getBoundingClientRect());
    expect(second.right).to.be.at.most(first.left + 1);
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('timed out waiting for a condition');
    await new Promise((r) => setTimeout(r, 10));
  }
}
