/**
 * Shared tokens and rules for every widget. Tokens are `--csr-*` custom properties that a host page
 * may set; the widget maps them onto private `--_` properties per theme.
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import type { WidgetBox } from './boxes.js';

export const themeStyles = css`
  :host {
    --_font: var(--csr-font-family, system-ui, sans-serif);
    --_radius: var(--csr-radius, 8px);
    --_bg: var(--csr-color-background, #fff);
    --_fg: var(--csr-color-text, #1a1a1a);
    --_muted: var(--csr-color-muted, #505050);
    --_border: var(--csr-color-border, #c4c4c4);
    --_primary: var(--csr-brand-primary, var(--_brand-primary, #0b5394));
    --_on-primary: var(--csr-brand-on-primary, var(--_brand-on-primary, #fff));
    --_focus: var(--csr-color-focus, #1a5fb4);
    --_space: var(--csr-space, 8px);
    --_error: #b3261e;
    color-scheme: light;
    /* Important: inside a shadow tree an important :host declaration wins over the page's, so a
       host page's "* { all: unset !important }" or "div { font: 40px serif }" cannot restyle the
       widget (pages theme it through the --csr-* tokens). Inherited text properties are reset too. */
    box-sizing: border-box !important;
    font-family: var(--_font) !important;
    font-size: var(--csr-font-size, 16px) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-shadow: none !important;
    white-space: normal !important;
    /* Config texts may hold long unbroken runs (a URL): they wrap inside the widget's box. */
    overflow-wrap: anywhere !important;
    line-height: 1.4 !important;
    color: var(--_fg) !important;
    text-align: start !important;
    visibility: visible !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    --_bg: var(--csr-color-background-dark, #1e1f22);
    --_fg: var(--csr-color-text-dark, #f2f2f2);
    --_muted: var(--csr-color-muted-dark, #c8c8c8);
    --_border: var(--csr-color-border-dark, #5c5f66);
    --_primary: var(--csr-brand-primary-dark, var(--_brand-primary, #8ab4f8));
    --_on-primary: var(--csr-brand-on-primary-dark, var(--_brand-on-primary, #10151c));
    --_focus: var(--csr-color-focus-dark, #8ab4f8);
    --_error: #ffb4ab;
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      --_bg: var(--csr-color-background-dark, #1e1f22);
      --_fg: var(--csr-color-text-dark, #f2f2f2);
      --_muted: var(--csr-color-muted-dark, #c8c8c8);
      --_border: var(--csr-color-border-dark, #5c5f66);
      --_primary: var(--csr-brand-primary-dark, var(--_brand-primary, #8ab4f8));
      --_on-primary: var(--csr-brand-on-primary-dark, var(--_brand-on-primary, #10151c));
      --_focus: var(--csr-color-focus-dark, #8ab4f8);
      --_error: #ffb4ab;
      color-scheme: dark;
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Form controls take the widget's text, not the browser's control font. */
  button,
  input,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
  }
  .reserve {
    overflow: hidden;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation: none !important;
      transition: none !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_muted: CanvasText;
      --_border: CanvasText;
      --_primary: ButtonText;
      --_on-primary: ButtonFace;
      --_focus: Highlight;
      --_error: CanvasText;
      forced-color-adjust: auto;
    }
  }
`;

/**
 * A widget's sizes from src/base/boxes.ts (the sizes dist/csr-widgets.css reserves in the page):
 * `--_tap` per pointer, and each variant's size on the elements `selector(variant)` names and, as
 * a minimum, on the host, so that the box holds from the upgrade on, before the first render.
 */
export const boxStyles = ({ tap, variants }: WidgetBox, selector: (variant: string) => string): CSSResult =>
  unsafeCSS(
    (tap ? `:host{--_tap:${tap[0]}px}@media (pointer:coarse){:host{--_tap:${tap[1]}px}}` : '') +
      Object.entries(variants)
        .map(
          ([variant, [inline, block]], i) =>
            `${selector(variant)}{${inline && `inline-size:${inline};`}block-size:${block}}:host${i ? `([variant=${variant}])` : ''}{${inline && `min-inline-size:min(${inline},100%);`}min-block-size:${block}}`,
        )
        .join(''),
  );

/**
 * The host and loading box of widgets with a fixed box per variant (badge, ribbon): a card of the
 * final size, with the fallback content (if any) set inside it.
 */
export const cardReserveStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    max-inline-size: 100%;
  }
  .reserve {
    display: flex;
    align-items: center;
    max-inline-size: 100%;
    padding: 0.5em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
`;
