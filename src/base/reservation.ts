/**
 * The text of dist/csr-widgets.css (written by scripts/reservation-css.js at build): the stylesheet
 * a page links beside the script so that every widget holds its final box before the script defines
 * it. It comes from the sizes the widgets' own styles use (./boxes.ts), and selects only the
 * library's own elements while they are undefined (`csr-*:not(:defined)`): no global CSS. Each
 * element gets its box per variant (its `variant` attribute) and pointer type, and clips its
 * fallback content inside it.
 */
import { BOXES } from './boxes.js';

export function reservationCss(boxes = BOXES): string {
  // Outside a widget its tokens are the page's own: --csr-space and --csr-font-size, with their defaults.
  const length = (css: string, tap = 0) => css.replaceAll('var(--_space)', 'var(--csr-space, 8px)').replaceAll('var(--_tap)', `${tap}px`);
  const rules = (pointer: 0 | 1) =>
    Object.entries(boxes).flatMap(([tag, { tap, variants }]) =>
      Object.entries(variants)
        .filter(([, [, block]]) => pointer === 0 || block.includes('var(--_tap)'))
        .map(([variant, [inline, block]]) => {
          const selector = `${tag}${variant === Object.keys(variants)[0] ? '' : `[variant='${variant}']`}:not(:defined)`;
          return `${selector} { ${inline ? `inline-size: ${inline}; ` : ''}block-size: ${length(block, tap?.[pointer])}; }`;
        }),
    );
  const all = (display?: string) =>
    Object.entries(boxes)
      .filter(([, box]) => !display || box.display === display)
      .map(([tag]) => `${tag}:not(:defined)`)
      .join(',\n');
  return `/* csr-widgets: link it beside csr-widgets.js. Until the script defines a widget, its element holds the
   widget's final box, so the page does not shift when the widgets appear or their config arrives.
   Generated from src/base/boxes.ts (the sizes the widgets use); do not edit. */
${all()} {
  box-sizing: content-box; overflow: hidden; max-inline-size: 100%; font-size: var(--csr-font-size, 16px); line-height: 1.4;
}
${all('inline-block')} { display: inline-block; vertical-align: middle; }
${all('block')} { display: block; }
${rules(0).join('\n')}
@media (pointer: coarse) {
${rules(1)
  .map((rule) => `  ${rule}`)
  .join('\n')}
}
`;
}
