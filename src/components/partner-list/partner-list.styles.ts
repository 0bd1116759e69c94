import { css } from 'lit';
import { PARTNER_LIST_BOX } from '../../base/boxes.js';
import { boxStyles } from '../../base/theme.styles.js';

/*
 * One fixed height (src/base/boxes.ts, shared with the loading box and dist/csr-widgets.css) for
 * any number of partners: the heading stays, the entries scroll inside the list.
 */
export const listStyles = [
  boxStyles(PARTNER_LIST_BOX, (variant) => `.variant-${variant}`),
  css`
  :host {
    display: block;
  }
  .wrap {
    display: flex;
    flex-direction: column;
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .heading {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 1em;
    padding: 0.75em 1em;
    border-block-end: 1px solid var(--_border);
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .verified,
  .facts,
  .awards,
  .empty {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .list {
    flex: 1;
    min-block-size: 0;
    overflow: auto;
    margin: 0;
    padding: 0.5em;
    list-style: none;
  }
  .entry {
    padding: 0.625em 0.75em;
    border-radius: calc(var(--_radius) / 2);
    border-inline-start: 0.25em solid transparent;
    scroll-margin: 0.5em;
  }
  .entry + .entry {
    margin-block-start: 0.25em;
  }
  .entry[aria-current] {
    border-inline-start-color: var(--_primary);
    background: color-mix(in srgb, var(--_primary) 10%, transparent);
  }
  .top {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  .name {
    margin: 0;
    font-size: 1em;
  }
  a {
    color: inherit;
    text-underline-offset: 0.2em;
  }
  .status {
    padding: 0 0.5em;
    border: 1px solid;
    border-radius: 1em;
    font-size: 0.75em;
    font-weight: 600;
  }
  .status:not(.active) {
    color: var(--_muted);
    border-style: dashed;
  }
  .facts,
  .awards,
  .empty {
    margin: 0.25em 0 0;
  }
  .empty {
    padding: 1em;
  }
  @media (forced-colors: active) {
    .entry[aria-current] {
      border-inline-start-color: Highlight;
    }
  }
`,
];
