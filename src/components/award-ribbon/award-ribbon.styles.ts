import { css } from 'lit';
import { RIBBON_BOX } from '../../base/boxes.js';
import { boxStyles } from '../../base/theme.styles.js';

/*
 * The closed ribbon has a fixed box per variant (src/base/boxes.ts, in em and the button's px),
 * shared by the loading placeholder `.reserve.variant-*`, the final `.card` and the page's
 * dist/csr-widgets.css; only opening the citation (a person's own action)
 * makes it taller. Brand colours are used as fills under --_on-primary text only.
 */
export const ribbonStyles = [
  // The button's height, --_tap, is in px: a custom property's em would resolve in the smaller button text.
  boxStyles(RIBBON_BOX, (variant) => `.reserve.variant-${variant},.variant-${variant} .card`),
  css`
  .reserve.variant-seal {
    border-color: transparent;
    background: none;
  }
  /* Its own width even when page CSS unsets the host's display (the host is then inline). */
  .award {
    inline-size: fit-content;
    max-inline-size: 100%;
  }
  .card {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.75em;
    overflow: hidden;
    max-inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.06), 0 2px 8px rgb(0 0 0 / 0.05);
  }
  .medal {
    flex: none;
    inline-size: 2.5em;
    block-size: 2.5em;
    color: var(--_primary);
  }
  .on {
    fill: var(--_on-primary);
  }
  .body {
    display: flex;
    flex: 1;
    flex-direction: column;
    align-items: flex-start;
    min-inline-size: 0;
  }
  a {
    color: inherit;
    text-decoration-color: var(--_muted);
    text-underline-offset: 0.2em;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .title {
    font-size: 0.9375em;
    font-weight: 700;
    line-height: 1.3;
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    overflow: hidden;
  }
  .issuer {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .toggle {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: var(--_tap);
    min-inline-size: var(--_tap);
    margin: 0;
    margin-inline-start: -0.5em;
    padding-block: 0;
    padding-inline: 0.5em;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: var(--_fg);
    font-size: 0.8125em;
    font-weight: 600;
    text-decoration: underline;
    text-decoration-color: var(--_muted);
    text-underline-offset: 0.2em;
  }
  .toggle:hover {
    background: color-mix(in srgb, var(--_fg) 8%, transparent);
  }
  .chevron {
    inline-size: 0.75em;
    block-size: 0.75em;
    transition: transform 0.15s;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }
  .citation {
    max-inline-size: 100%;
    margin-block-start: 0.5em;
    padding: 0.875em 1em;
    border: 1px solid var(--_border);
    border-inline-start: 0.25em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
  }
  .heading {
    margin-block: 0 0.375em;
    color: var(--_muted);
    font-size: 0.75em;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }
  blockquote {
    margin: 0;
    font-size: 0.875em;
    line-height: 1.55;
  }

  /* ribbon: a card with a bookmark ribbon carrying the year in its top end corner */
  .variant-ribbon .card {
    padding-block: 0.75em;
    padding-inline: 1em 3.75em;
  }
  .year {
    position: absolute;
    inset-block-start: 0;
    inset-inline-end: 0.75em;
    display: grid;
    place-items: start center;
    inline-size: 3.25em;
    block-size: 4em;
    padding-block-start: 0.75em;
    background: var(--_primary);
    color: var(--_on-primary);
    font-size: 0.75em;
    font-weight: 800;
    letter-spacing: 0.03em;
    clip-path: polygon(0 0, 100% 0, 100% 100%, 50% 78%, 0 100%);
  }
  .variant-ribbon .citation {
    inline-size: 23.5em;
  }
  .variant-inline .citation {
    inline-size: 28em;
  }
  .variant-seal .citation {
    inline-size: 18em;
  }

  /* seal: a round medallion, the citation button under it */
  .variant-seal .card {
    flex-direction: column;
    gap: 0.625em;
    border: 0;
    background: none;
    box-shadow: none;
  }
  .seal {
    position: relative;
    display: flex;
    flex: none;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    inline-size: 9em;
    block-size: 9em;
    margin-block-start: 0.3125em;
    padding: 1.5em 1.25em;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_on-primary);
    text-align: center;
    text-decoration: none;
    box-shadow: 0 0 0 0.25em var(--_bg), 0 0 0 0.3125em var(--_primary), 0 2px 10px rgb(0 0 0 / 0.18);
  }
  .seal::before {
    content: '';
    position: absolute;
    inset: 0.375em;
    border: 1px dashed;
    border-radius: 50%;
    opacity: 0.7;
  }
  .seal:focus-visible {
    outline-offset: 0.5em;
  }
  .seal .issuer {
    color: inherit;
    font-size: 0.6875em;
    font-weight: 700;
    letter-spacing: 0.12em;
    text-transform: uppercase;
  }
  .big-year {
    font-size: 1.75em;
    font-weight: 800;
    line-height: 1.05;
  }
  .seal .title {
    margin-block-start: 0.25em;
    font-size: 0.625em;
    font-weight: 600;
    line-height: 1.25;
    -webkit-line-clamp: 3;
  }
  /* The seal has no card behind it: its button brings its own background. */
  .variant-seal .toggle {
    margin: 0;
    padding-inline: 0.875em;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_tap) / 2);
    background: var(--_bg);
    text-decoration: none;
    white-space: nowrap;
  }
  .variant-seal .toggle:hover {
    border-color: var(--_muted);
  }

  /* inline: one line */
  .variant-inline .card {
    gap: 0.5em;
    padding-inline: 0.625em 0.375em;
    border-radius: calc(var(--_tap) / 2 + 0.375em);
  }
  .variant-inline .medal {
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .variant-inline .body {
    flex-direction: row;
    align-items: baseline;
    gap: 0.375em;
  }
  .variant-inline .title,
  .variant-inline .issuer {
    display: block;
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .variant-inline .issuer {
    flex: 0 1000 auto;
  }
  .variant-inline .toggle {
    flex: none;
    justify-content: center;
    margin: 0;
    padding: 0;
    border-radius: 50%;
    text-decoration: none;
  }
  .variant-inline svg {
    inline-size: 1em;
    block-size: 1em;
  }
  .variant-inline [aria-expanded='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }

  @media (forced-colors: active) {
    /* Text on a fill would get a backplate that hides it: draw these as outlined system colours. */
    .year,
    .seal {
      forced-color-adjust: none;
      border: 2px solid;
      background: Canvas;
      color: CanvasText;
    }
    .seal {
      color: LinkText;
    }
    .toggle {
      border: 1px solid ButtonText;
    }
  }
`,
];
