import { css } from 'lit';

export const studioStyles = css`
  :host {
    display: block;
    font: 16px/1.45 system-ui, sans-serif;
    color: #1b1f24;
    background: #fff;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 16px;
    padding: 12px 20px;
    border-bottom: 1px solid #c8ccd1;
    position: sticky;
    top: 0;
    background: #fff;
    z-index: 1;
  }
  h1 {
    font-size: 1.25rem;
    margin: 0;
  }
  .bar-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px;
    margin-inline-start: auto;
  }
  .status {
    flex-basis: 100%;
    margin: 0;
    min-height: 1.45em;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 32px;
    padding: 0 20px 40px;
  }
  @media (max-width: 960px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .side {
    position: sticky;
    top: 96px;
    align-self: start;
    max-height: calc(100vh - 110px);
    overflow: auto;
  }
  h2 {
    font-size: 1.1rem;
    margin: 28px 0 8px;
  }
  h3 {
    font-size: 1rem;
    margin: 16px 0 4px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 16px;
    align-items: flex-end;
  }
  .row > .field {
    flex: 1 1 200px;
  }
  .field {
    margin-block: 10px;
  }
  label,
  .group-label,
  legend {
    display: block;
    font-weight: 600;
    margin-block: 6px 2px;
  }
  label.choice,
  label.inline {
    display: inline-flex;
    gap: 6px;
    align-items: center;
    font-weight: 400;
    margin-inline-end: 12px;
    min-height: 24px;
  }
  input:not([type='checkbox']):not([type='file']),
  select,
  textarea {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    padding: 6px 8px;
    border: 1px solid #6b7178;
    border-radius: 4px;
    background: #fff;
    color: inherit;
    min-height: 36px;
  }
  .bar select {
    width: auto;
  }
  textarea#snippet {
    font: 13px/1.4 ui-monospace, monospace;
  }
  [aria-invalid='true'] {
    border-color: #b3261e;
    outline: 1px solid #b3261e;
  }
  :focus-visible {
    outline: 3px solid #1a5fb4;
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 36px;
    min-width: 44px;
    padding: 4px 12px;
    border: 1px solid #4a5058;
    border-radius: 4px;
    background: #f2f3f5;
    color: inherit;
    cursor: pointer;
  }
  button.primary {
    background: #0a4a7a;
    border-color: #0a4a7a;
    color: #fff;
  }
  button.danger {
    color: #8c1d18;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  fieldset {
    border: 1px solid #c8ccd1;
    border-radius: 6px;
    padding: 8px 16px 12px;
    margin: 12px 0;
  }
  .problem {
    color: #8c1d18;
    margin: 4px 0;
  }
  .example,
  .warning {
    color: #6b4a00;
    margin: 4px 0;
  }
  .notes p::before {
    content: '⚠ ';
  }
  .entries {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .entry {
    border: 1px solid #c8ccd1;
    border-radius: 6px;
    padding: 8px 12px;
    margin-block: 8px;
  }
  .entry-head {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    align-items: baseline;
  }
  .entry-name {
    font-weight: 600;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
    margin-block: 6px;
  }
  .standing {
    border-radius: 999px;
    padding: 0 10px;
    font-size: 0.9rem;
    border: 1px solid currentColor;
  }
  .standing-active {
    color: #1d6b2f;
  }
  .standing-suspended,
  .standing-expired {
    color: #7a4b00;
  }
  .standing-ended,
  .standing-invalid {
    color: #8c1d18;
  }
  .verdict {
    border-radius: 6px;
    padding: 4px 16px;
    margin-top: 16px;
    border-inline-start: 6px solid #1d6b2f;
    background: #eef6f0;
  }
  .verdict.dropped {
    border-color: #7a4b00;
    background: #fdf5e6;
  }
  .verdict.rejected {
    border-color: #8c1d18;
    background: #fbeceb;
  }
  .verdict h2 {
    margin-top: 12px;
  }
  .contrast {
    display: flex;
    gap: 8px;
    align-items: center;
  }
  .swatch {
    display: inline-block;
    padding: 2px 10px;
    border-radius: 4px;
    font-weight: 700;
  }
  .contrast.low {
    color: #7a4b00;
  }
  .note {
    font-size: 0.9rem;
    color: #4a5058;
  }
  .widgets {
    display: grid;
    gap: 12px;
    padding: 12px;
    border: 1px dashed #8a9097;
    border-radius: 6px;
  }
  .widgets.theme-dark {
    background: #15181c;
  }
  .open {
    padding: 12px 20px;
    display: grid;
    gap: 8px;
    max-width: 40rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  dialog {
    max-width: 32rem;
    border: 1px solid #4a5058;
    border-radius: 8px;
    padding: 16px 20px;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.4);
  }
  code {
    font-size: 0.9em;
  }
`;
