import { css } from 'lit';
import { REPORT_BOX } from '../../base/boxes.js';
import { themeStyles, boxStyles } from '../../base/theme.styles.js';

/*
 * Every target is at least 44px, on any pointer. The button has one line of a fixed height
 * (src/base/boxes.ts, also reserved by the page's dist/csr-widgets.css), whatever its label, so
 * that the page never shifts; a label too long for the width ends in an ellipsis.
 */
export const reportButtonStyles = [
  themeStyles,
  boxStyles(REPORT_BOX, () => '.open'),
  css`
    :host {
      display: inline-block;
      vertical-align: middle;
      max-width: 100%;
    }
    /* Its own width even when page CSS unsets the host's display (the host is then inline). */
    .reserve,
    .base {
      display: inline-block;
      max-width: 100%;
      vertical-align: top;
    }
    /* Top-aligned, the button makes the line exactly its own height. */
    .open {
      max-width: 100%;
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
      vertical-align: top;
    }
    /* The dialog's send button (its sheet is added beside this one) looks like the button that opens it. */
    .open,
    .send {
      min-width: 44px;
      min-height: 44px;
      padding-block: calc(var(--_space) * 0.75);
      padding-inline: calc(var(--_space) * 2);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
    }
    .variant-outline .open {
      background: var(--_bg);
      color: var(--_fg);
    }
    /* The hotline's link when the dialog's file could not be loaded. */
    .unavailable {
      margin-block: var(--_space) 0;
      max-width: 36em;
    }
    .unavailable a {
      display: inline-block;
      min-height: 44px;
      padding-block: calc(var(--_space) * 1.25);
      color: var(--_fg);
      font-weight: 600;
    }
    @media (forced-colors: active) {
      /* Text gets a Canvas backplate in forced colours: keep it on ButtonFace, never on ButtonText. */
      .open,
      .send {
        border-color: ButtonText;
        background: ButtonFace;
        color: ButtonText;
      }
    }
  `,
];
