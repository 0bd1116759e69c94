// A provider that upgrades after the widgets inside it (the npm build defining it late, say).
import { expect, fixture, html } from '@open-wc/testing';
import './support/test-widget.js';
import type { CsrTestWidget } from './support/test-widget.js';
import { namespace } from '../src/runtime/namespace.js';
import { cfgUrl, uniqueKey, requestCount } from './support/server.js';

describe('csr-provider defined after its widgets', () => {
  it('still provides its config, with one request', async () => {
    const decoyKey = uniqueKey('page');
    namespace().page = { src: cfgUrl(decoyKey, 'ok') };
    const key = uniqueKey();
    const root = await fixture(html`<csr-provider src=${cfgUrl(key, 'ok')} partner="bredbandsbolaget">
      <csr-test-widget></csr-test-widget><csr-test-widget></csr-test-widget>
    </csr-provider>`);
    const widgets = [...root.querySelectorAll<CsrTestWidget>('csr-test-widget')];
    await new Promise((r) => setTimeout(r, 100));
    expect(widgets.every((w) => !w.ready)).to.equal(true);
    await import('../src/define/provider.js');
    await Promise.all(widgets.map((w) => w.settled()));
    expect(widgets.every((w) => w.shadowRoot!.textContent!.includes('Bredbandsbolaget'))).to.equal(true);
    expect(await requestCount(key)).to.equal(1);
    expect(await requestCount(decoyKey)).to.equal(0);
  });
});
