import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../define/report-button.js';
import type { CsrReportButton } from './report-button.js';
import { configureReportSending, failReportDialogLoads } from '../../testing.js';
import { configureLoader } from '../../testing.js';
import { namespace } from '../../runtime/namespace.js';
import { cfgUrl, exampleConfig, intakeReceived, scriptIntake, serveConfig, uniqueKey, type IntakeResponse } from '../../../test/support/server.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

const part = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const focused = (el: Element) => el.shadowRoot!.activeElement;

/** The example config with its report section changed; returns the config URL. */
async function reportConfig(report: Record<string, unknown> | undefined): Promise<string> {
  const config = await exampleConfig();
  if (report) config.report = { ...config.report, ...report };
  else delete config.report;
  return (await serveConfig(config)).url;
}

interface Mounted {
  el: CsrReportButton;
  outcomes: string[];
  errors: { code: string; message: string }[];
}

async function mount(report: Record<string, unknown> | undefined, lang = 'en', src?: string): Promise<Mounted> {
  const url = src ?? (await reportConfig(report));
  const outcomes: string[] = [];
  const errors: { code: string; message: string }[] = [];
  const wrap = await fixture(html`<div
    @csr-report=${(e: CustomEvent) => outcomes.push(e.detail.outcome)}
    @csr-error=${(e: CustomEvent) => errors.push(e.detail)}
  >
    <csr-report-button src=${url} partner="telenor" lang=${lang}><a href="/hotline.html">Report to the hotline</a></csr-report-button>
  </div>`);
  const el = wrap.querySelector('csr-report-button')!;
  await el.settled();
  return { el, outcomes, errors };
}

/** A button whose form posts to a scripted intake. */
async function withIntake(responses: IntakeResponse[] = []) {
  const intake = await scriptIntake(responses);
  return { ...(await mount({ endpoint: intake.url })), intake };
}

/** Clicks the button and waits for the dialog, whose file may still be on its way. */
async function openDialog(el: CsrReportButton): Promise<HTMLDialogElement> {
  part<HTMLButtonElement>(el, 'button.open')!.click();
  await waitUntil(() => part<HTMLDialogElement>(el, 'dialog')?.open, 'the dialog opens');
  return part<HTMLDialogElement>(el, 'dialog')!;
}

function fill(el: CsrReportButton, values: { url?: string; description?: string; contact?: string; place?: string }) {
  for (const name of ['url', 'description', 'contact'] as const) {
    if (values[name] === undefined) continue;
    const field = part<HTMLInputElement>(el, `#${name}`)!;
    field.value = values[name]!;
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }
  if (values.place) part<HTMLInputElement>(el, `input[name=place][value=${values.place}]`)!.click();
}

/** Sends the form and waits for the outcome event. */
async function send(el: CsrReportButton): Promise<string> {
  const outcome = oneEvent(el, 'csr-report');
  part<HTMLButtonElement>(el, 'button.send')!.click();
  const event = await outcome;
  await el.updateComplete;
  return event.detail.outcome;
}

describe('csr-report-button', () => {
  beforeEach(() => {
    configureLoader({ timeoutMs: 2000, backoffMs: 20 });
    configureReportSending({ timeoutMs: 2000, backoffMs: 20, maxRetryAfterMs: 3000 });
    namespace().page = {};
  });

  it('renders a labelled button that opens a modal dialog with the guidance and the ways to report', async () => {
    const { el, errors } = await mount({});
    expect(errors).to.deep.equal([]);
    const button = part(el, 'button.open')!;
    expect(text(button)).to.equal('Report');
    expect(button.getAttribute('aria-haspopup')).to.equal('dialog');
    const dialog = await openDialog(el);
    expect(dialog.open).to.equal(true);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(text(part(el, '#guidance'))).to.contain('Never download, screenshot or send the material');
    expect(text(part(el, '#guidance'))).to.contain('anonymous unless you choose to leave contact details');
    const ways = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.ways a')];
    expect(ways.map((a) => a.getAttribute('href'))).to.deep.equal([
      `${location.origin}/hotline.html`,
      'tel:+46701740605',
      'sms:+46701740606',
    ]);
    expect(ways[0].target).to.equal('_blank');
    expect(ways[0].rel).to.equal('noopener noreferrer');
    expect(text(ways[0])).to.contain('(opens in a new tab)');
    expect(text(ways[1])).to.equal('Call +46 70 174 06 05');
  });

  it('uses the label and guidance from the config, and Swedish defaults', async () => {
    const custom = await mount({ label: { en: 'Report abuse' }, guidance: { en: 'Our own guidance.' } });
    expect(text(part(custom.el, 'button.open'))).to.equal('Report abuse');
    await openDialog(custom.el);
    expect(text(part(custom.el, '#guidance'))).to.equal('Our own guidance.');
    const swedish = await mount({}, 'sv');
    expect(text(part(swedish.el, 'button.open'))).to.equal('Rapportera');
  });

  it('closes with Escape and with the close button, and returns focus to the button', async () => {
    const { el } = await mount({});
    const button = part<HTMLButtonElement>(el, 'button.open')!;
    button.focus();
    const dialog = await openDialog(el);
    expect(dialog.contains(focused(el))).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(dialog.open).to.equal(false);
    expect(focused(el) === button, 'focus').to.equal(true);
    await openDialog(el);
    part<HTMLButtonElement>(el, 'button.close')!.click();
    expect(dialog.open).to.equal(false);
    expect(focused(el) === button, 'focus').to.equal(true);
  });

  it('has no form without an endpoint, and emits an outcome for each way to reach the hotline', async () => {
    const { el, outcomes } = await mount({ endpoint: undefined, hotlines: undefined });
    await openDialog(el);
    expect(part(el, 'form') === null, 'no form').to.equal(true);
    for (const link of el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('.ways a')) {
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
    }
    expect(outcomes).to.deep.equal(['opened-hotline', 'called', 'texted']);
  });

  it('offers only the form when the config names only an endpoint', async () => {
    const { el, errors } = await mount({ hotlineUrl: undefined, phone: undefined, sms: undefined });
    expect(errors).to.deep.equal([]);
    await openDialog(el);
    expect(part(el, 'form') !== null, 'a form').to.equal(true);
    expect(part(el, '[part~=ways]') === null, 'no empty list of ways').to.equal(true);
  });

  it('sends one report with a receipt, and a new key for the next report', async () => {
    const { el, intake, outcomes } = await withIntake();
    await openDialog(el);
    fill(el, { url: ' https://example.org/page ', place: 'chat', description: 'Seen in a group chat.' });
    expect(await send(el)).to.equal('sent');
    const received = await intakeReceived(intake.key);
    expect(received.reports).to.have.length(1);
    const [stored] = received.reports;
    expect(stored.report).to.deep.equal({
      url: 'https://example.org/page',
      place: 'chat',
      description: 'Seen in a group chat.',
      contact: null,
      locale: 'en',
      partner: 'telenor',
      organization: 'ECPAT Sverige',
    });
    const headers = received.attempts[0].headers;
    expect(headers['content-type']).to.equal('application/json');
    expect(headers['idempotency-key']).to.match(UUID);
    expect(text(part(el, '.status'))).to.equal(`Thank you. Your report has been sent. Receipt: ${stored.id}`);
    expect(part<HTMLInputElement>(el, '#url')!.value, 'the form is cleared after success').to.equal('');

    fill(el, { url: 'https://example.org/other', contact: 'anna@example.org' });
    expect(await send(el)).to.equal('sent');
    const again = await intakeReceived(intake.key);
    expect(again.reports).to.have.length(2);
    expect(again.reports[1].report.contact).to.equal('anna@example.org');
    expect(again.reports[1].key).to.not.equal(stored.key);
    expect(outcomes).to.deep.equal(['sent', 'sent']);
  });

  it('retries 503, 503 with the same key and stores exactly one report', async () => {
    const { el, intake } = await withIntake([{ status: 503 }, { status: 503 }]);
    await openDialog(el);
    fill(el, { url: 'https://example.org/retry' });
    expect(await send(el)).to.equal('sent');
    const received = await intakeReceived(intake.key);
    expect(received.attempts).to.have.length(3);
    expect(new Set(received.attempts.map((a) => a.headers['idempotency-key'])).size).to.equal(1);
    expect(received.reports).to.have.length(1);
    expect(text(part(el, '.status'))).to.contain('Your report has been sent');
  });

  it('keeps everything typed and shows the hotline when every attempt fails', async () => {
    const { el, intake, outcomes, errors } = await withIntake([{ status: 500 }, { status: 502 }, { status: 503 }, { status: 500 }, { status: 500 }]);
    await openDialog(el);
    fill(el, { url: 'https://example.org/lost', place: 'game', description: 'Keep me', contact: '070-000 00 00' });
    expect(await send(el)).to.equal('failed');
    const received = await intakeReceived(intake.key);
    expect(received.attempts, 'at most 4 attempts').to.have.length(4);
    expect(received.reports).to.have.length(0);
    expect(part<HTMLInputElement>(el, '#url')!.value).to.equal('https://example.org/lost');
    expect(part<HTMLTextAreaElement>(el, '#description')!.value).to.equal('Keep me');
    expect(part<HTMLInputElement>(el, '#contact')!.value).to.equal('070-000 00 00');
    expect(part<HTMLInputElement>(el, 'input[value=game]')!.checked).to.equal(true);
    const alert = part(el, '[role=alert].alert')!;
    expect(text(alert)).to.contain('Your report could not be sent');
    expect(alert.querySelector(`a[href="${location.origin}/hotline.html"]`) !== null).to.equal(true);
    expect(alert.querySelector('a[href="tel:+46701740605"]') !== null).to.equal(true);
    expect(outcomes).to.deep.equal(['failed']);
    expect(errors.map((e) => e.code)).to.deep.equal(['report-failed']);

    // Sending again is the same report: the same key, now accepted.
    expect(await send(el)).to.equal('sent');
    const after = await intakeReceived(intake.key);
    expect(after.reports).to.have.length(1);
    expect(new Set(after.attempts.map((a) => a.headers['idempotency-key'])).size).to.equal(1);
  });

  it('fails after 4 attempts on network errors', async () => {
    const { el } = await mount({ endpoint: 'http://127.0.0.1:9/reports' });
    await openDialog(el);
    fill(el, { url: 'https://example.org/offline' });
    expect(await send(el)).to.equal('failed');
    expect(text(part(el, '.alert'))).to.contain('Your report could not be sent');
  });

  it('waits for Retry-After on 429', async () => {
    const { el, intake } = await withIntake([{ status: 429, headers: { 'Retry-After': '1' } }]);
    await openDialog(el);
    fill(el, { url: 'https://example.org/busy' });
    const started = performance.now();
    expect(await send(el)).to.equal('sent');
    expect(performance.now() - started).to.be.at.least(950);
    expect((await intakeReceived(intake.key)).attempts).to.have.length(2);
  });

  it('does not retry a 400 and shows the intake message as text', async () => {
    const { el, intake } = await withIntake([{ status: 400, body: { message: '<b>url</b> is not allowed' } }]);
    await openDialog(el);
    fill(el, { url: 'https://example.org/bad' });
    expect(await send(el)).to.equal('failed');
    expect((await intakeReceived(intake.key)).attempts).to.have.length(1);
    const alert = part(el, '.alert')!;
    expect(text(alert)).to.contain('Your report could not be sent: <b>url</b> is not allowed');
    expect(alert.querySelector('b') === null, 'no HTML').to.equal(true);
    expect(part<HTMLInputElement>(el, '#url')!.value).to.equal('https://example.org/bad');
  });

  it('gives up on an attempt that hangs past the timeout and retries', async () => {
    configureReportSending({ timeoutMs: 300 });
    const { el, intake } = await withIntake([{ status: 200, hang: true }]);
    await openDialog(el);
    fill(el, { url: 'https://example.org/slow' });
    const started = performance.now();
    expect(await send(el)).to.equal('sent');
    expect(performance.now() - started).to.be.at.least(280);
    const received = await intakeReceived(intake.key);
    expect(received.attempts).to.have.length(2);
    expect(received.reports).to.have.length(1);
  });

  it('sends no cookie and no Referer, and stores nothing about the report', async () => {
    document.cookie = 'csr-probe=visible; path=/';
    try {
      const { el, intake } = await withIntake();
      const before = {
        local: JSON.stringify({ ...localStorage }),
        session: JSON.stringify({ ...sessionStorage }),
        cookie: document.cookie,
        databases: JSON.stringify(await indexedDB.databases()),
      };
      expect(before.cookie).to.contain('csr-probe=visible');
      // Opening may load the dialog's own file, from the library's origin (test/script-tag.test.ts);
      // from here on only the report may leave the page.
      await openDialog(el);
      performance.clearResourceTimings();
      fill(el, { url: 'https://example.org/private-probe', description: 'private-probe', contact: 'private-probe' });
      expect(await send(el)).to.equal('sent');
      const requests = performance.getEntriesByType('resource').map((entry) => entry.name);
      expect(requests, 'one request, to the endpoint only').to.deep.equal([intake.url]);
      const { attempts, reports } = await intakeReceived(intake.key);
      expect(attempts[0].headers.cookie).to.equal(undefined);
      expect(attempts[0].headers.referer).to.equal(undefined);
      expect(reports[0].cookie).to.equal(null);
      expect(reports[0].referer).to.equal(null);
      expect(JSON.stringify({ ...localStorage })).to.equal(before.local);
      expect(JSON.stringify({ ...sessionStorage })).to.equal(before.session);
      expect(document.cookie).to.equal(before.cookie);
      expect(JSON.stringify(await indexedDB.databases())).to.equal(before.databases);
    } finally {
      document.cookie = 'csr-probe=; path=/; max-age=0';
    }
  });

  it('can be used with the keyboard alone, from opening to sending', async () => {
    const { el, intake } = await withIntake();
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === part(el, 'button.open'), 'focus').to.equal(true);
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => part<HTMLDialogElement>(el, 'dialog')?.open, 'Enter opens the dialog');
    for (let i = 0; i < 10 && focused(el)?.id !== 'url'; i++) await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('url');

    // Enter on the empty address: an announced error on the field, nothing sent.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const url = part<HTMLInputElement>(el, '#url')!;
    expect(focused(el) === url, 'focus').to.equal(true);
    expect(url.getAttribute('aria-invalid')).to.equal('true');
    expect(url.getAttribute('aria-describedby')).to.equal('url-hint url-error');
    // The field shows it too, with a thicker border than its valid neighbour.
    expect(getComputedStyle(url).borderTopWidth).to.equal('2px');
    expect(getComputedStyle(part(el, '#contact')!).borderTopWidth).to.equal('1px');
    const error = part(el, '#url-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal('Tell us where you saw it.');
    expect((await intakeReceived(intake.key)).attempts).to.have.length(0);

    await sendKeys({ type: 'https://example.org/keyboard' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)?.id).to.equal('description');
    await sendKeys({ type: 'Typed with the keyboard' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el) === part(el, 'button.send'), 'focus').to.equal(true);
    const outcome = oneEvent(el, 'csr-report');
    await sendKeys({ press: 'Enter' });
    expect((await outcome).detail.outcome).to.equal('sent');
    const { reports } = await intakeReceived(intake.key);
    expect(reports[0].report).to.include({ url: 'https://example.org/keyboard', place: 'social', description: 'Typed with the keyboard' });
  });

  it('rejects a description over 2000 characters and moves focus to it', async () => {
    const { el, intake } = await withIntake();
    await openDialog(el);
    fill(el, { url: 'https://example.org/long', description: 'x'.repeat(2001) });
    part<HTMLButtonElement>(el, 'button.send')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(focused(el)?.id).to.equal('description');
    expect(text(part(el, '#description-error'))).to.equal('The description is too long: at most 2000 characters.');
    expect((await intakeReceived(intake.key)).attempts).to.have.length(0);
  });

  it('is accessible with the dialog open, and after a failure', async () => {
    const { el } = await withIntake([{ status: 400, body: { message: 'Rejected' } }]);
    await openDialog(el);
    await expect(el).to.be.accessible();
    fill(el, { url: 'https://example.org/axe' });
    expect(await send(el)).to.equal('failed');
    await expect(el).to.be.accessible();
  });

  it('shows an outcome that arrives after the dialog was closed beside the button', async () => {
    const { el } = await withIntake([{ status: 500, delayMs: 300 }, { status: 500 }, { status: 500 }, { status: 500 }]);
    const dialog = await openDialog(el);
    fill(el, { url: 'https://example.org/closed' });
    const outcome = oneEvent(el, 'csr-report');
    part<HTMLButtonElement>(el, 'button.send')!.click();
    dialog.close();
    expect((await outcome).detail.outcome).to.equal('failed');
    await el.updateComplete;
    const outside = part(el, '.outside')!;
    expect(text(outside)).to.contain('Your report could not be sent');
    expect(outside.querySelector('a[href^="tel:"]') !== null).to.equal(true);
    await openDialog(el);
    await el.updateComplete;
    expect(part(el, '.outside') === null, 'shown in the dialog again').to.equal(true);
    expect(part<HTMLInputElement>(el, '#url')!.value).to.equal('https://example.org/closed');
  });

  it('opens with the keyboard: Space as well as Enter', async () => {
    const { el } = await mount({});
    const button = part<HTMLButtonElement>(el, 'button.open')!;
    button.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => part<HTMLDialogElement>(el, 'dialog')?.open, 'Space opens the dialog');
    expect(part<HTMLDialogElement>(el, 'dialog')!.matches(':modal')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(focused(el) === button, 'focus back on the button').to.equal(true);
  });

  for (const intent of ['pointerenter', 'touchstart', 'focus'] as const) {
    it(`loads the dialog on ${intent} on the button, before the click, and opens it with the pointer`, async () => {
      const { el } = await mount({});
      expect(part(el, 'dialog') === null, 'no dialog before intent').to.equal(true);
      const button = part<HTMLButtonElement>(el, 'button.open')!;
      // Synthetic events: a real focus depends on the test window having it.
      button.dispatchEvent(intent === 'focus' ? new FocusEvent('focus') : new Event(intent));
      await waitUntil(() => part(el, 'dialog'), 'the dialog is rendered, closed, before the click');
      expect(part<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
      const dialog = await openDialog(el);
      expect(dialog.matches(':modal')).to.equal(true);
    });
  }

  describe('when the dialog cannot be loaded', () => {
    const uncaught: string[] = [];
    const onError = (e: ErrorEvent) => uncaught.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => uncaught.push(String(e.reason));
    beforeEach(() => {
      uncaught.length = 0;
      window.addEventListener('error', onError);
      window.addEventListener('unhandledrejection', onRejection);
    });
    afterEach(() => {
      failReportDialogLoads(0);
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    });

    it('shows the page’s own link to the hotline with csr-error, and the next click tries again', async () => {
      const { el, errors } = await mount({});
      failReportDialogLoads(2);
      const button = part<HTMLButtonElement>(el, 'button.open')!;
      button.dispatchEvent(new PointerEvent('pointerenter'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors, 'a failed load ahead of the click shows nothing yet').to.deep.equal([]);
      button.click();
      await waitUntil(() => errors.length > 0, 'csr-error');
      await el.updateComplete;
      expect(errors.map((e) => e.code)).to.deep.equal(['report-failed']);
      expect(errors[0].message).to.contain('the report dialog could not be loaded');
      const alert = part(el, '.unavailable')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(text(alert)).to.contain('The report form could not be opened');
      const slot = alert.querySelector('slot')!;
      const shown = slot.assignedElements()[0] as HTMLAnchorElement;
      expect(shown.getAttribute('href')).to.equal('/hotline.html');
      expect(shown.getBoundingClientRect().height, 'the page’s link is visible').to.be.above(0);
      expect(part(el, 'dialog') === null, 'no dialog').to.equal(true);

      const dialog = await openDialog(el);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(part(el, '.unavailable') === null, 'the link gives way to the dialog').to.equal(true);
      expect(uncaught).to.deep.equal([]);
    });

    it('offers the config’s hotline link and phone when the element has no fallback of its own', async () => {
      const url = await reportConfig({});
      const outcomes: string[] = [];
      const el = await fixture<CsrReportButton>(html`<csr-report-button src=${url} lang="en"
        @csr-report=${(e: CustomEvent) => outcomes.push(e.detail.outcome)}></csr-report-button>`);
      await el.settled();
      failReportDialogLoads(1);
      part<HTMLButtonElement>(el, 'button.open')!.click();
      await waitUntil(() => part(el, '.unavailable'), 'the hotline is offered');
      const links = [...part(el, '.unavailable')!.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([`${location.origin}/hotline.html`, 'tel:+46701740605']);
      expect(text(links[0])).to.equal('Report to ECPAT Sverige (opens in a new tab)');
      expect(links[0].rel).to.equal('noopener noreferrer');
      links[1].addEventListener('click', (e) => e.preventDefault());
      links[1].click();
      expect(outcomes).to.deep.equal(['called']);
      await expect(el).to.be.accessible();
      expect(uncaught).to.deep.equal([]);
    });
  });

  it('follows a right-to-left language', async () => {
    const { el } = await mount({}, 'ar');
    expect(part(el, '[part~=base]')!.getAttribute('dir')).to.equal('rtl');
  });

  it('shows its fallback when the config cannot be loaded', async () => {
    const { el, errors } = await mount(undefined, 'en', cfgUrl(uniqueKey(), '404'));
    expect(el.ready).to.equal(false);
    expect(part(el, 'button') === null, 'no button').to.equal(true);
    expect(errors.map((e) => e.code)).to.deep.equal(['config-http']);
    const link = el.querySelector('a')!;
    expect(link.getBoundingClientRect().height).to.be.above(0);
  });

  it('does not render the button when the config has no report section', async () => {
    const { el, errors } = await mount(undefined);
    expect(part(el, 'button') === null, 'no button').to.equal(true);
    expect(errors).to.deep.equal([{ code: 'section-missing', message: 'report: the config has no report section' }]);
  });
});
