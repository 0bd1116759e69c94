/**
 * The one source of every widget's box: the outer size of each variant, which does not depend on
 * the config's texts. The widgets' styles use these lengths (through `unsafeCSS`) for their loading
 * box and their content, and the build writes them into `dist/csr-widgets.css`
 * (scripts/reservation-css.js), the page's stylesheet that gives each element its final box before
 * the script has defined it. So the page never shifts: not when the script upgrades an element, not
 * when the config arrives.
 *
 * Lengths are CSS text in em of the widget's font size (`--csr-font-size`), and may refer to
 * `var(--_space)` (the `--csr-space` token) and `var(--_tap)` (a button's height for the pointer in
 * use: `TAP` below). Fractions are binary (…/8, …/32), so that every length is a whole number of
 * layout units and a sum of parts equals its total exactly.
 */

/** How the element lays out in the page: a box in a line of text, or a block. */
export type Display = 'inline-block' | 'block';

/** A widget's box: its button height per pointer (`--_tap`, px) and its variants' sizes. */
export interface WidgetBox {
  tap?: readonly [fine: number, coarse: number];
  /** The variants, the default first: `[inline size or '' for the content's width, block size]`. */
  variants: Record<string, readonly [inline: string, block: string]>;
}

/** The badge: one card, the same for any partner or text. */
export const BADGE_BOX: WidgetBox = {
  variants: { full: ['19em', '5.75em'], compact: ['19em', '3.375em'], mark: ['6em', '5.75em'] },
};

/** The closed award ribbon; its citation button is `--_tap` high (44px on touch screens). */
export const RIBBON_BOX: WidgetBox = {
  tap: [28, 44],
  variants: {
    ribbon: ['23.5em', 'calc(5.25em + var(--_tap))'],
    seal: ['13em', 'calc(10em + var(--_tap))'],
    inline: ['28em', 'calc(.75em + var(--_tap))'],
  },
};

/**
 * The share bar: every rule its height depends on, beside the totals they add up to (border 2px;
 * padding 2 spaces above, 1 below; the title, one line of 1.125em text at line height 1.25; the
 * text, two lines at 1.375; the actions, one row of `--_tap` targets that scrolls sideways when the
 * config lists more networks than fit, or in `column` a list of 5½ rows that scrolls). 6px inside
 * the scrolling list keep the actions' focus rings visible; 12px under the row hold a scrollbar,
 * where the platform draws one. Overflowing title and text are cut (ellipsis, line clamp in the
 * widget's styles); they stay whole for assistive technology.
 */
export const SHARE_LAYOUT =
  '.bar{padding:calc(var(--_space) * 2);padding-block-end:var(--_space);border:1px solid var(--_border)}' +
  '.title{margin:0;font-size:1.125em;line-height:1.25;block-size:1.25em}' +
  '.text{margin:calc(var(--_space) / 2) 0 0;line-height:1.375;block-size:2.75em}' +
  '.actions{margin:calc(var(--_space) * 1.5 - 6px) -6px -6px;padding:6px;block-size:calc(var(--_tap) + 24px)}' +
  '.variant-column .actions{block-size:calc(var(--_tap) * 5.5 + var(--_space) * 5 + 12px)}' +
  '.variant-icons .actions{margin-block-start:calc(var(--_space) - 6px)}';
/** Their sums: 14px = border and scrollbar; 4.15625em = title (1.25 × 1.125em) and text (2 × 1.375em). */
export const SHARE_BOX: WidgetBox = {
  tap: [40, 44],
  variants: {
    row: ['', 'calc(14px + 5 * var(--_space) + 4.15625em + var(--_tap))'],
    column: ['', 'calc(2px + 10 * var(--_space) + 4.15625em + 5.5 * var(--_tap))'],
    icons: ['', 'calc(14px + 4 * var(--_space) + 1.40625em + var(--_tap))'],
  },
};

/** The report button, either variant: one line, at least 44px high on any pointer; its width is its label's. */
export const REPORT_BOX: WidgetBox = {
  variants: { solid: ['', 'max(44px, 2.75em)'] },
};

/**
 * The partner list, for the NGO's own partners page: a fixed height whatever the number of
 * partners, so that nothing below it moves; longer lists scroll inside it.
 */
export const PARTNER_LIST_BOX: WidgetBox = {
  variants: { list: ['', '26em'] },
};

/** Every widget with a box, by tag, with how it lays out in the page (the `display` of its host). */
export const BOXES: Record<string, WidgetBox & { display: Display }> = {
  'csr-partner-badge': { display: 'inline-block', ...BADGE_BOX },
  'csr-award-ribbon': { display: 'inline-block', ...RIBBON_BOX },
  'csr-share-bar': { display: 'block', ...SHARE_BOX },
  'csr-report-button': { display: 'inline-block', ...REPORT_BOX },
  'csr-partner-list': { display: 'block', ...PARTNER_LIST_BOX },
};
