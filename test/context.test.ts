// The config context speaks the protocol of `@lit/context`: its controllers work with our provider
// and our widgets both ways, and a provider's change reaches every widget inside it.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ContextConsumer, ContextProvider } from '@lit/context';
import '../src/define/provider.js';
import './support/test-widget.js';
import type { CsrTestWidget } from './support/test-widget.js';
import type { CsrProvider } from '../src/components/provider/provider.js';
import { configContext, type ConfigSource } from '../src/index.js';
import { cfgUrl, uniqueKey, requestCount } from './support/server.js';

class LitContextConsumer extends LitElement {
  readonly seen: (ConfigSource | undefined)[] = [];
  readonly consumer = new ContextConsumer(this, {
    context: configContext,
    subscribe: true,
    callback: (value) => this.seen.push(value),
  });
}
customElements.define('x-lit-context-consumer', LitContextConsumer);

class LitContextProvider extends LitElement {
  readonly provider = new ContextProvider(this, { context: configContext, initialValue: {} });
  protected override createRenderRoot() {
    return this;
  }
}
customElements.define('x-lit-context-provider', LitContextProvider);

describe('config context', () => {
  it('answers a @lit/context consumer inside <csr-provider>, and tells it of changes', async () => {
    const root = await fixture<CsrProvider>(html`<csr-provider src="https://ngo.example/a.json" partner="telenor">
      <x-lit-context-consumer></x-lit-context-consumer>
    </csr-provider>`);
    const consumer = root.querySelector<LitContextConsumer>('x-lit-context-consumer')!;
    expect(consumer.seen.at(-1)).to.deep.equal({ src: 'https://ngo.example/a.json', partner: 'telenor' });
    root.partner = 'bredbandsbolaget';
    await root.updateComplete;
    expect(consumer.seen.at(-1)).to.deep.equal({ src: 'https://ngo.example/a.json', partner: 'bredbandsbolaget' });
  });

  it('takes its source from a @lit/context provider', async () => {
    const key = uniqueKey();
    const root = await fixture<LitContextProvider>(html`<x-lit-context-provider>
      <csr-test-widget></csr-test-widget>
    </x-lit-context-provider>`);
    const widget = root.querySelector<CsrTestWidget>('csr-test-widget')!;
    root.provider.setValue({ src: cfgUrl(key, 'ok'), partner: 'bredbandsbolaget' });
    await widget.settled();
    expect(widget.shadowRoot!.textContent).to.contain('Bredbandsbolaget');
    expect(await requestCount(key)).to.equal(1);
  });

  it('forgets the provider once it leaves it, and hears from it again when back', async () => {
    const key = uniqueKey();
    const root = await fixture<CsrProvider>(html`<div>
      <csr-provider src=${cfgUrl(key, 'ok')} partner="telenor"><csr-test-widget></csr-test-widget></csr-provider>
    </div>`);
    const provider = root.querySelector<CsrProvider>('csr-provider')!;
    const widget = root.querySelector<CsrTestWidget>('csr-test-widget')!;
    await widget.settled();
    expect(widget.shadowRoot!.textContent).to.contain('Telenor Sverige');
    root.append(widget);
    provider.partner = 'bredbandsbolaget';
    await provider.updateComplete;
    await widget.updateComplete;
    expect(widget.shadowRoot!.textContent).not.to.contain('Bredbandsbolaget');
    // Outside the provider, nor does it keep the provider's old source: this page sets no other.
    expect(widget.problem?.code).to.equal('config-missing');
    provider.append(widget);
    await widget.updateComplete;
    await widget.settled();
    expect(widget.shadowRoot!.textContent).to.contain('Bredbandsbolaget');
  });
});
