import { css, unsafeCSS } from 'lit';
import { SHARE_BOX, SHARE_LAYOUT } from '../../base/boxes.js';
import { boxStyles } from '../../base/theme.styles.js';

/*
 * The bar's height does not depend on its texts or on how many networks the config lists
 * (src/base/boxes.ts, shared with the loading box and the page's dist/csr-widgets.css): the title
 * has one line (ellipsis), the text two (the rest is cut visually, the whole text stays for
 * assistive technology), and the actions one row that scrolls sideways (a list of 5½ rows that
 * scrolls in `column`). Focus moves along the actions with Tab and scrolls the hidden ones into
 * view. Only a person's action (the Mastodon prompt, the copy field, the status line) makes it taller.
 */
export const shareBarStyles = [
  boxStyles(SHARE_BOX, (variant) => `.reserve.variant-${variant}`),
  unsafeCSS(SHARE_LAYOUT),
  css`
  :host {
    display: block;
  }
  .bar {
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  /* Config texts may be in another script than the widget's language: order them by their own
     content, align them by the widget's direction. */
  .title,
  .text {
    unicode-bidi: plaintext;
    text-align: match-parent;
  }
  /* Neither the one-line title nor the row of actions makes the bar wider than its room (in a flex
     row, say): the row counts as 16em wide when the page sizes the bar by its content, and scrolls. */
  .title,
  .actions {
    contain: inline-size;
  }
  .actions {
    contain-intrinsic-inline-size: 16em;
  }
  /* The count sits at the end of the heading's line, in a slot held from the start (no shift when it
     arrives); the heading keeps the rest of the line. */
  .head {
    display: flex;
    align-items: baseline;
    gap: var(--_space);
  }
  .title {
    flex: 1;
  }
  .count {
    min-inline-size: 6em;
    color: var(--_muted);
    font-size: 0.875em;
    line-height: 1;
    text-align: end;
    white-space: nowrap;
  }
  .title {
    font-weight: 700;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .text {
    color: var(--_muted);
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .actions {
    display: flex;
    gap: var(--_space);
    overflow: auto hidden;
    scrollbar-width: thin;
    list-style: none;
  }
  /* Positioned, so that the hidden label of an icon-only action scrolled out of view stays inside the row. */
  .action {
    position: relative;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-width: var(--_tap);
    min-height: var(--_tap);
    padding: 0 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_bg);
    color: var(--_fg);
    font-size: 0.9375em;
    line-height: 1.2;
    text-decoration: none;
    white-space: nowrap;
    transition: border-color 0.15s, color 0.15s, background-color 0.15s;
  }
  /* Hover never changes the text colour: a brand colour may lack contrast on the dark theme. */
  .action:hover,
  .action[aria-expanded='true'] {
    border-color: var(--_fg);
    background: color-mix(in srgb, var(--_fg) 8%, var(--_bg));
  }
  .action[aria-expanded='true'] {
    box-shadow: inset 0 0 0 1px var(--_fg);
  }
  .action-native,
  .action.primary {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .action-native:hover,
  .action.primary:hover {
    border-color: var(--_primary);
    background: var(--_primary);
    text-decoration: underline;
  }
  /* The follow row continues the actions' row (or column, where it wraps), after a rule: the bar's
     height stays the same. */
  .follow,
  .follow ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .follow {
    flex: none;
    white-space: nowrap;
    content-visibility: auto;
    contain-intrinsic-size: auto 30em auto var(--_tap);
  }
  li + .follow {
    padding-inline-start: var(--_space);
    border-inline-start: 1px solid var(--_border);
  }
  /* At least 24px wide: "X" alone is narrower. */
  .follow-link {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 24px;
    min-height: var(--_tap);
    padding: 0 0.25em;
    color: var(--_fg);
  }
  .icon {
    flex: none;
    width: 20px;
    height: 20px;
  }
  .variant-column .actions {
    flex-direction: column;
    max-width: 22rem;
    overflow: hidden auto;
  }
  .variant-column .action {
    justify-content: flex-start;
    inline-size: 100%;
    border-radius: var(--_radius);
  }
  .variant-icons .action {
    width: var(--_tap);
    padding: 0;
  }
  .prompt {
    display: grid;
    gap: calc(var(--_space) / 2);
    margin-top: calc(var(--_space) * 1.5);
    max-width: 36rem;
  }
  .prompt label {
    font-weight: 600;
  }
  .prompt-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  input {
    flex: 1 1 12rem;
    min-width: 0;
    min-height: 40px;
    padding: 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    color: var(--_fg);
  }
  [aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-size: 0.875em;
  }
  .copy-field {
    display: flex;
    margin-top: calc(var(--_space) * 1.5);
    max-width: 36rem;
  }
  .after-share {
    margin: var(--_space) 0 0;
  }
  .change {
    min-height: 24px;
    padding: 0;
    border: 0;
    background: none;
    font-size: 0.875em;
    text-decoration: underline;
  }
  .status {
    margin: 0;
    font-size: 0.875em;
  }
  .status:not(:empty) {
    margin-top: var(--_space);
  }
  /* On touch screens the actions follow --_tap (44px); the other targets grow too. */
  @media (pointer: coarse) {
    .change,
    input {
      min-width: 44px;
      min-height: 44px;
    }
  }
  @media (forced-colors: active) {
    .action {
      border-color: ButtonText;
    }
    /* System colours survive forced colours, and text gets a Canvas backplate: keep text on ButtonFace. */
    .action-native,
    .action.primary,
    .action[aria-expanded='true'] {
      border-width: 2px;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`,
];
