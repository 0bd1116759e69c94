import { css } from 'lit';
import { BADGE_BOX } from '../../base/boxes.js';
import { boxStyles } from '../../base/theme.styles.js';

/*
 * Every variant has a fixed box (src/base/boxes.ts, in em, so it follows --csr-font-size), shared
 * by the loading placeholder `.reserve.variant-*`, the final badge and the page's
 * dist/csr-widgets.css: the page never shifts when the script runs or the config arrives. Brand colours are only used as fills under --_on-primary text, the pair the config's
 * contrast check vouches for; text on the card uses the theme's own colours.
 */
export const badgeStyles = [
  // The variant classes sit on the badge and on its loading box alike.
  boxStyles(BADGE_BOX, (variant) => `.variant-${variant}`),
  css`
  .badge {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.75em;
    overflow: hidden;
    max-inline-size: 100%;
    padding-block: 0.5em;
    padding-inline: 1em 0.875em;
    border: 1px solid var(--_border);
    border-inline-start: 0.3125em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    text-decoration: none;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.06), 0 2px 8px rgb(0 0 0 / 0.05);
    transition: box-shadow 0.15s, border-color 0.15s;
  }
  .badge:hover {
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.08), 0 4px 14px rgb(0 0 0 / 0.1);
  }
  .badge:focus-visible {
    outline-offset: 3px;
  }
  /* compact: one line in a pill */
  .variant-compact {
    gap: 0.5em;
    padding-inline: 0.5em 1em;
    border-inline-start: 1px solid var(--_border);
    border-radius: 1.375em;
  }
  /* mark: the NGO's mark with the verified tick, and under it the site that vouches for it */
  .variant-mark {
    flex-direction: column;
    justify-content: center;
    gap: 0.375em;
    padding: 0 0.375em;
    border-inline-start: 1px solid var(--_border);
    border-radius: 1.125em;
  }
  .mark {
    position: relative;
    flex: none;
    display: grid;
    place-items: center;
    inline-size: 3em;
    block-size: 3em;
  }
  .mark img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: contain;
  }
  .name {
    display: grid;
    place-items: center;
    inline-size: 100%;
    block-size: 100%;
    overflow: hidden;
    padding: 0.125em;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.625em;
    font-weight: 700;
    line-height: 1.1;
    text-align: center;
    overflow-wrap: anywhere;
  }
  .check {
    position: absolute;
    inset-block-end: -0.125em;
    inset-inline-end: -0.25em;
    display: grid;
    place-items: center;
    inline-size: 1.25em;
    block-size: 1.25em;
    border-radius: 50%;
    border: 0.125em solid var(--_bg);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .check svg {
    inline-size: 0.75em;
    block-size: 0.75em;
  }
  .text {
    display: flex;
    flex: 1;
    flex-direction: column;
    min-inline-size: 0;
  }
  .text > * {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .lead {
    color: var(--_muted);
    font-size: 0.8125em;
    line-height: 1.3;
  }
  .org {
    font-size: 1.0625em;
    font-weight: 700;
    line-height: 1.25;
    letter-spacing: -0.005em;
  }
  .custom {
    font-weight: 600;
    line-height: 1.3;
    white-space: normal;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
  }
  .since,
  .verified {
    color: var(--_muted);
    font-size: 0.75em;
    line-height: 1.25;
  }
  .since {
    margin-block-start: 0.125em;
  }
  .external {
    flex: none;
    inline-size: 0.875em;
    block-size: 0.875em;
    align-self: flex-start;
    margin-block-start: 0.25em;
    color: var(--_muted);
  }
  [dir='rtl'] .external {
    transform: scaleX(-1);
  }
  .variant-compact .mark {
    inline-size: 1.875em;
    block-size: 1.875em;
  }
  .variant-compact .name {
    font-size: 0.6875em;
    letter-spacing: 0.02em;
  }
  .variant-compact .check {
    inline-size: 1em;
    block-size: 1em;
    inset-inline-end: -0.375em;
  }
  .variant-compact .text {
    flex-flow: row wrap;
    align-items: baseline;
    column-gap: 0.3em;
    font-size: 0.875em;
  }
  .variant-compact .verified {
    flex-basis: 100%;
    font-size: 0.8125em;
  }
  .variant-compact .lead,
  .variant-compact .org {
    font-size: 1em;
    line-height: 1.3;
  }
  /* One line of words however long the language's: the name takes the rest and ends in an ellipsis. */
  .variant-compact .lead {
    flex: 0 1 auto;
    color: var(--_fg);
  }
  .variant-compact .org {
    flex: 1 1 0;
  }
  .variant-compact .custom {
    display: block;
    white-space: nowrap;
  }
  .variant-mark .mark {
    inline-size: 3.25em;
    block-size: 3.25em;
  }
  .variant-mark .text {
    flex: none;
    max-inline-size: 100%;
    text-align: center;
  }
  .variant-mark .check {
    inline-size: 1.375em;
    block-size: 1.375em;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: LinkText;
    }
    .name,
    .check {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border: 1px solid;
    }
  }
`,
];
