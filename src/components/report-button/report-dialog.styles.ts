/**
 * The report dialog's styles: they travel with the dialog's file and are added to the button's
 * shadow root when it arrives. Built with the button's own `css` (passed in), so that the file
 * carries no copy of Lit.
 */
import type { css as litCss, CSSResult } from 'lit';

export const reportDialogStyles = (css: typeof litCss): CSSResult => css`
  /* The rest of the send button's look is the open button's (report-button.styles.ts). */
  .send {
    align-self: flex-start;
  }
  .send[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
  dialog {
    --_pad: calc(var(--_space) * 3);
    width: min(36em, calc(100vw - 32px));
    max-width: 100vw;
    max-height: calc(100dvh - 32px);
    overflow: auto;
    padding: var(--_pad);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.6);
  }
  /* Leaving: nothing of the page shows any more while the exit page loads. */
  dialog.leaving::backdrop {
    background: Canvas;
  }
  @media (max-width: 32rem) {
    dialog {
      width: 100vw;
      max-height: 100dvh;
      height: 100dvh;
      margin: 0;
      border: 0;
      border-radius: 0;
      --_pad: calc(var(--_space) * 2);
    }
  }
  .head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: var(--_space);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  h3 {
    margin: 0;
    font-size: 1.1em;
  }
  .close {
    flex: none;
    width: 44px;
    height: 44px;
    margin-block-start: calc(var(--_space) * -1);
    margin-inline-end: calc(var(--_space) * -1);
    border: 1px solid transparent;
    border-radius: var(--_radius);
    background: none;
    font-size: 1.5em;
    line-height: 1;
  }
  /*
   * Quick exit: right under the title, hard to miss, and plain enough not to alarm anyone looking on.
   * It stays at the top of the dialog however far the person has scrolled, as GOV.UK's does on its page.
   */
  .exit-row {
    position: sticky;
    z-index: 1;
    top: calc(var(--_pad) * -1);
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5) calc(var(--_space) * 1.5);
    margin-block-start: calc(var(--_space) * 0.5);
    margin-inline: calc(var(--_pad) * -1);
    padding: var(--_space) var(--_pad);
    background: var(--_bg);
  }
  .exit {
    min-height: 44px;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 1.5);
    border: 2px solid var(--_fg);
    border-radius: var(--_radius);
    background: var(--_fg);
    color: var(--_bg);
    font-weight: 600;
  }
  .exit-hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* The Shift presses counted so far, for everyone (GOV.UK shows lights); empty, it takes no room. */
  .exit-count {
    flex-basis: 100%;
    margin: 0;
    font-size: 0.9em;
    font-weight: 600;
  }
  .exit-count:empty {
    display: none;
  }
  .hotline {
    margin-block: 0 var(--_space);
    font-weight: 600;
  }
  .field.country {
    margin-block-end: calc(var(--_space) * 2);
  }
  select {
    font: inherit;
    color: inherit;
    align-self: flex-start;
    min-width: 14em;
    min-height: 44px;
    max-width: 100%;
    padding-inline: calc(var(--_space) * 0.5);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  .form[hidden] {
    display: none;
  }
  .guidance {
    margin-block: calc(var(--_space) * 1.5) calc(var(--_space) * 2);
  }
  .ways {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .way {
    display: flex;
    align-items: center;
    min-height: 44px;
    padding-block: calc(var(--_space) * 0.5);
    padding-inline: calc(var(--_space) * 1.5);
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    color: var(--_fg);
    font-weight: 600;
    text-decoration: none;
  }
  .way:hover {
    text-decoration: underline;
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin-block-start: calc(var(--_space) * 3);
    padding-block-start: calc(var(--_space) * 2);
    border-block-start: 1px solid var(--_border);
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  label,
  legend {
    font-weight: 600;
  }
  legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }
  input[type='text'],
  textarea {
    width: 100%;
    min-height: 44px;
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
  textarea {
    resize: vertical;
  }
  input[aria-invalid='true'],
  textarea[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  .places {
    gap: 0;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-height: 2em;
    font-weight: 400;
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .outcome {
    margin: 0;
  }
  .outcome.filled {
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    font-weight: 600;
  }
  .alert.filled {
    border-color: var(--_error);
  }
  .alert p {
    margin: 0 0 var(--_space);
  }
  .outside {
    margin-block-start: var(--_space);
    max-width: 36em;
  }
  @media (pointer: coarse) {
    .choice {
      min-height: 44px;
    }
  }
  @media (forced-colors: active) {
    /* Text gets a Canvas backplate in forced colours: keep it on ButtonFace, never on ButtonText. */
    .way,
    .exit {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
`;
