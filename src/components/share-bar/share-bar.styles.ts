import { css } from 'lit';

export const shareBarStyles = css`
  :host {
    display: block;
  }
  /* While loading: the hidden bar and the fallback share one grid cell, so the box is the taller of the two. */
  .reserve {
    display: grid;
  }
  .ghost,
  .fallback {
    grid-area: 1 / 1;
  }
  .ghost {
    visibility: hidden;
  }
  .fallback,
  .bar {
    padding: calc(var(--_space) * 2);
  }
  .bar {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  /* Config texts may be in another script than the widget's language: order them by their own content. */
  .title,
  .text {
    unicode-bidi: plaintext;
    text-align: left;
  }
  [dir='rtl'] .title,
  [dir='rtl'] .text {
    text-align: right;
  }
  .title {
    margin: 0;
    font-size: 1.125em;
    font-weight: 700;
    line-height: 1.3;
  }
  .text {
    margin: calc(var(--_space) / 2) 0 0;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: calc(var(--_space) * 1.5) 0 0;
    padding: 0;
    list-style: none;
  }
  .action {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-width: 40px;
    min-height: 40px;
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
  .icon {
    flex: none;
    width: 20px;
    height: 20px;
  }
  .variant-column .actions {
    flex-direction: column;
    align-items: stretch;
    max-width: 22rem;
  }
  .variant-column .action {
    justify-content: flex-start;
    width: 100%;
    border-radius: var(--_radius);
  }
  .variant-icons .actions {
    margin-top: var(--_space);
  }
  .variant-icons .action {
    width: 40px;
    padding: 0;
  }
  .variant-icons .label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
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
  @media (max-width: 30rem) {
    /* Narrow screens: the wrapped rows fill the width instead of leaving ragged gaps. */
    .variant-row li {
      flex: 1 1 auto;
    }
    .variant-row .action {
      width: 100%;
    }
  }
  /* The icon-only actions grow to 44px through min-width. */
  @media (pointer: coarse) {
    .action,
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
`;
