// The script-tag build copied without the files beside it, so the report dialog's file cannot be
// loaded: the person still gets to the hotline, and the page is told with csr-error.
import { expect, waitUntil } from '@open-wc/testing';
import { cfgUrl, uniqueKey } from './support/server.js';
import type { CsrReportButton } from '../src/components/report-button/report-button.js';

const uncaught: string[] = [];
window.addEventListener('error', (e) => uncaught.push(e.message));
window.addEventListener('unhandledrejection', (e) => uncaught.push(String(e.reason)));

describe('dist/csr-widgets.js without the report dialog file beside it', () => {
  before(
    () =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.src = '/__lone/csr-widgets.js';
        script.addEventListener('load', () => resolve());
        script.addEventListener('error', () => reject(new Error('could not load the script')));
        document.head.append(script);
      }),
  );

  it('shows the hotline link and emits csr-error report-failed; each click tries again at a new address', async () => {
    const errors: { code: string; message: string }[] = [];
    const el = document.createElement('csr-report-button') as CsrReportButton;
    el.setAttribute('src', cfgUrl(uniqueKey('lone'), 'ok'));
    el.setAttribute('lang', 'en');
    el.innerHTML = '<a href="/hotline.html">Report to the hotline</a>';
    el.addEventListener('csr-error', (e) => errors.push(e.detail));
    document.body.append(el);
    await el.settled();
    expect(el.ready).to.equal(true);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button.open')!;
    button.click();
    await waitUntil(() => errors.length === 1, 'csr-error');
    expect(errors[0].code).to.equal('report-failed');
    expect(errors[0].message).to.contain('the report dialog could not be loaded');
    await el.updateComplete;
    const alert = el.shadowRoot!.querySelector('.unavailable')!;
    expect(alert.getAttribute('role')).to.equal('alert');
    const link = alert.querySelector('slot')!.assignedElements()[0] as HTMLAnchorElement;
    expect(link.getAttribute('href')).to.equal('/hotline.html');
    expect(link.getBoundingClientRect().height, 'the link is visible').to.be.above(0);

    button.click();
    await waitUntil(() => errors.length === 2, 'a second csr-error');
    const tried = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('csr-widgets.report-dialog.js'))
      .map((e) => new URL(e.name).searchParams.get('attempt'));
    expect(tried, 'a new address per attempt').to.deep.equal(['0', '1']);
    expect(el.shadowRoot!.querySelector('dialog')).to.equal(null);
    expect(uncaught).to.deep.equal([]);
    el.remove();
  });
});
