/** Helpers shared by the widgets' tests: the example config served, mounting, and the reserved boxes. */
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

/**
 * Asserts that the page's stylesheet (`pageCss`, dist/csr-widgets.css) reserves each variant's final
 * box before the script defines the element: nothing moves on upgrade, on the config's arrival, or
 * after. With `width: false` (a widget as wide as its label) the width may change, not the position
 * or the height.
 */
export async function expectNoShiftOnUpgrade(
  tag: string,
  variants: string[],
  pageCss: string,
  defineIt: () => Promise<unknown>,
  { width = true } = {},
): Promise<void> {
  expect(customElements.get(tag), `${tag} must not be defined yet`).to.equal(undefined);
  const style = document.createElement('style');
  style.textContent = pageCss;
  document.head.append(style);
  const src = await served(() => {}, { delayMs: 300 });
  const root = await fixture(html`<div></div>`);
  for (const variant of variants) {
    const el = document.createElement(tag);
    Object.entries({ src, partner: 'telenor', variant }).forEach(([name, value]) => el.setAttribute(name, value));
    const fallback = Object.assign(document.createElement('a'), { href: '/x', textContent: 'Fallback' });
    el.append(fallback);
    root.append(el, document.createElement('p'));
  }
  const elements = [...root.querySelectorAll(tag)] as CsrElement[];
  const boxes = () =>
    elements.map((el) => {
      const r = el.getBoundingClientRect();
      return width ? [r.x, r.y, r.width, r.height] : [r.x, r.y, r.height];
    });
  const before = boxes();
  await defineIt();
  await nextFrame();
  expect(boxes(), 'after the upgrade').to.deep.equal(before);
  await Promise.all(elements.map((el) => el.settled()));
  expect(elements.every((el) => el.ready)).to.equal(true);
  expect(boxes(), 'after the config arrived').to.deep.equal(before);
  style.remove();
}
