/** Helpers shared by the tests of the widgets that show a partnership (badge, award ribbon). */
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import type { CsrElement } from '../../src/base/csr-element.js';
import { serveConfig, exampleConfig } from './server.js';

/** The example config (its logo served by the test server) with `change` applied, at a fresh URL. */
export async function served(change: (config: Record<string, any>) => void = () => {}, options: { delayMs?: number } = {}): Promise<string> {
  const config = await exampleConfig();
  config.organization.logo = `${location.origin}/demo/ecpat-logo.svg`;
  change(config);
  return (await serveConfig(config, options)).url;
}

/** Mounts `template` and collects every `csr-error` (listening before the widgets connect). */
export async function mount<T extends CsrElement>(tag: string, template: unknown) {
  const errors: { code: string; message: string }[] = [];
  const root = await fixture(html`<div @csr-error=${(e: CustomEvent) => errors.push(e.detail)}>${template}</div>`);
  const widgets = [...root.querySelectorAll(tag)] as T[];
  await Promise.all(widgets.map((w) => w.settled()));
  return { widgets, errors, codes: errors.map((e) => e.code), widget: widgets[0] };
}

/** Asserts that each variant's loading box (config delayed 400 ms) has exactly the final box. */
export async function expectReservedBox(tag: string, variants: string[]): Promise<void> {
  for (const variant of variants) {
    const src = await served(() => {}, { delayMs: 400 });
    const name = unsafeStatic(tag);
    const el = await fixture<CsrElement>(staticHtml`<${name} src=${src} partner="telenor" variant=${variant}><a href="/x">Fallback</a></${name}>`);
    await nextFrame();
    expect(el.shadowRoot!.querySelector(`.reserve.variant-${variant}`), variant).to.not.equal(null);
    const before = el.getBoundingClientRect();
    await el.settled();
    expect(el.ready, variant).to.equal(true);
    const after = el.getBoundingClientRect();
    expect([after.x, after.y, after.width, after.height], variant).to.deep.equal([before.x, before.y, before.width, before.height]);
    expect(before.width, variant).to.be.above(40);
    expect(before.height, variant).to.be.above(30);
  }
}
