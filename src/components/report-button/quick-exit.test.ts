/**
 * Quick exit, as a person uses it: the report button lives in a framed page (test/pages/quick-exit.html),
 * so that its page can really be replaced; the test watches the frame land on the exit page.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CsrReportButton } from './report-button.js';
import { exampleConfig, serveConfig } from '../../../test/support/server.js';

const EXIT_PAGE = '/test/pages/exit-landing.html';

interface Framed {
  frame: HTMLIFrameElement;
  win: Window;
  el: CsrReportButton;
}

/** A framed partner page whose report button uses the example config, with `report` changes. */
async function framedButton(report: Record<string, unknown> = {}): Promise<Framed> {
  const config = await exampleConfig();
  config.report = { ...config.report, exitUrl: `${location.origin}${EXIT_PAGE}`, ...report };
  const { url } = await serveConfig(config);
  const frame = document.createElement('iframe');
  // Fixed in the corner, so that pointer positions in the frame are positions in the test page's viewport.
  frame.style.cssText = 'position: fixed; top: 0; left: 0; width: 760px; height: 560px; border: 0';
  frame.src = `/test/pages/quick-exit.html?src=${encodeURIComponent(url)}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.querySelector('csr-report-button')?.shadowRoot?.querySelector('button.open'), 'the framed button shows', {
    timeout: 10000,
  });
  const win = frame.contentWindow!;
  const el = frame.contentDocument!.querySelector('csr-report-button') as CsrReportButton;
  return { frame, win, el };
}

/** Opens the dialog and types into the form, as someone who has started a report; gives the dialog. */
async function startReport({ win, el }: Framed): Promise<HTMLDialogElement> {
  win.focus();
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!.click();
  await waitUntil(() => el.shadowRoot!.querySelector('dialog')?.open, 'the dialog opens', { timeout: 10000 });
  const field = el.shadowRoot!.querySelector<HTMLInputElement>('#url')!;
  field.focus();
  await sendKeys({ type: 'chat.example/room' });
  expect(field.value).to.equal('chat.example/room');
  return el.shadowRoot!.querySelector('dialog')!;
}

/** Waits until the frame has drawn twice, so that what was changed is laid out and painted. */
const frames = (win: Window) => new Promise((resolve) => win.requestAnimationFrame(() => win.requestAnimationFrame(resolve)));

/** Waits for the frame to show the exit page, and checks how it got there. */
async function expectExited(frame: HTMLIFrameElement, historyBefore: number): Promise<void> {
  await waitUntil(() => frame.contentWindow?.location.pathname === EXIT_PAGE && frame.contentDocument?.readyState === 'complete', 'the exit page replaces the page', {
    timeout: 10000,
  });
  // Replaced, not added: Back cannot return to the report page.
  expect(frame.contentWindow!.history.length, 'history entries').to.equal(historyBefore);
  // The exit page is not told where the person came from.
  expect(frame.contentDocument!.referrer, 'referrer').to.equal('');
}

describe('quick exit', () => {
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
  });

  it('shows "Leave this page quickly" in the dialog, and the Shift shortcut beside it', async () => {
    const framed = await framedButton();
    await startReport(framed);
    const root = framed.el.shadowRoot!;
    const exit = root.querySelector<HTMLButtonElement>('[part="exit"]')!;
    expect(exit.textContent!.trim()).to.equal('Leave this page quickly');
    expect(root.querySelector(`#${exit.getAttribute('aria-describedby')}`)!.textContent).to.equal('Or press Shift three times.');
    expect(exit.getBoundingClientRect().height).to.be.at.least(44);
  });

  it('leaves when the button is clicked with the pointer: the page is replaced and the form cleared', async () => {
    const framed = await framedButton();
    const dialog = await startReport(framed);
    const before = framed.win.history.length;
    const exit = framed.el.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit"]')!;
    // The person has scrolled to the end of the form: the button stays in view at the top of the
    // dialog. Firefox scrolls to the caret once more at its next frame, so that frame passes first.
    await frames(framed.win);
    dialog.scrollTop = dialog.scrollHeight;
    await frames(framed.win);
    expect(dialog.scrollTop, 'the dialog is scrolled').to.be.above(100);
    const frameBox = framed.frame.getBoundingClientRect();
    const box = exit.getBoundingClientRect();
    const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
    expect(box.top, 'the button is at the top of the dialog').to.be.within(dialog.getBoundingClientRect().top, dialog.getBoundingClientRect().top + 40);
    // A boolean, not the element: see test/support/dom-failures.ts.
    expect(framed.el.shadowRoot!.elementFromPoint(x, y) === exit, 'the point is on the button').to.equal(true);
    const field = framed.el.shadowRoot!.querySelector<HTMLInputElement>('#url')!;
    await sendMouse({ type: 'click', position: [Math.round(frameBox.left + x), Math.round(frameBox.top + y)] });
    // Before the page goes, what was typed is gone.
    await waitUntil(() => field.value === '', 'the typed text is cleared', { timeout: 10000 });
    await expectExited(framed.frame, before);
  });

  it('shows nothing of the page while a slow exit page loads', async () => {
    const slow = await serveConfig(null, {
      text: '<!doctype html><title>Weather</title><p>A neutral page.</p>',
      headers: { 'content-type': 'text/html; charset=utf-8' },
      delayMs: 3000,
    });
    const framed = await framedButton({ exitUrl: new URL(slow.url, location.origin).href });
    const dialog = await startReport(framed);
    framed.el.shadowRoot!.querySelector<HTMLButtonElement>('[part="exit"]')!.click();
    await waitUntil(() => dialog.classList.contains('leaving'), 'the dialog is leaving', { timeout: 10000 });
    expect(dialog.textContent!.trim(), 'all the dialog says').to.equal('Loading…');
    // The backdrop, which let the page show through, now covers it.
    const backdrop = framed.win.getComputedStyle(dialog, '::backdrop').backgroundColor;
    expect(backdrop, 'an opaque backdrop').to.match(/^rgb\(/);
    await waitUntil(() => framed.frame.contentWindow?.location.pathname === slow.url, 'the exit page replaces the page', { timeout: 10000 });
  });

  it('leaves when Shift is pressed three times, wherever focus is in the dialog', async () => {
    const framed = await framedButton();
    await startReport(framed);
    const before = framed.win.history.length;
    const count = framed.el.shadowRoot!.querySelector<HTMLElement>('.exit-count')!;
    const status = () => count.textContent ?? '';
    expect(count.getAttribute('role')).to.equal('status');
    expect(count.getBoundingClientRect().height, 'nothing counted, nothing shown').to.equal(0);
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => status() === 'Shift, press 2 more times to leave the page.', 'the first press is announced', { timeout: 10000 });
    // Shown too, for a person who sees the screen (GOV.UK shows lights).
    expect(count.getBoundingClientRect().height, 'the count is shown').to.be.above(0);
    await sendKeys({ press: 'Shift' });
    await waitUntil(() => status() === 'Shift, press 1 more time to leave the page.', 'the second press is announced', { timeout: 10000 });
    await sendKeys({ press: 'Shift' });
    await expectExited(framed.frame, before);
  });

  it('does not count Shift held for capitals, and another key starts the count again', async () => {
    const framed = await framedButton();
    await startReport(framed);
    const field = framed.el.shadowRoot!.querySelector<HTMLInputElement>('#url')!;
    await sendKeys({ type: 'ABC' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ type: 'd' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(framed.win.location.pathname, 'still on the page').to.equal('/test/pages/quick-exit.html');
    expect(field.value).to.equal('chat.example/roomABCd');
    await sendKeys({ press: 'Shift' });
    await expectExited(framed.frame, framed.win.history.length);
  });

  it('stops listening for Shift once its button has left the page with the dialog open', async () => {
    const framed = await framedButton();
    await startReport(framed);
    framed.el.remove();
    const field = framed.frame.contentDocument!.createElement('input');
    framed.frame.contentDocument!.body.append(field);
    field.focus();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(framed.win.location.pathname, 'still on the page').to.equal('/test/pages/quick-exit.html');
  });

  it('reports an exitUrl that is not https, and the button keeps working', async () => {
    const framed = await framedButton({ exitUrl: 'http://example.com/' });
    const errors = () => (framed.win as Window & { csrErrors: string[] }).csrErrors;
    await waitUntil(() => errors().length > 0, 'the bad exitUrl is reported', { timeout: 10000 });
    expect(errors()).to.deep.equal(['config-invalid report.exitUrl: must be an https URL; the report button works without it']);
    await startReport(framed);
    expect(framed.el.shadowRoot!.querySelector('[part="exit"]'), 'the exit button').not.to.equal(null);
  });
});
