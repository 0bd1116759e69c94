/** Colour parsing and WCAG contrast, for brand colours from the config. */

type Rgb = [number, number, number];
/** Red, green and blue from 0 to 255, and alpha from 0 to 1. */
type Rgba = [number, number, number, number];

export function parseColour(value: string): Rgba | undefined {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim());
  if (hex) {
    let digits = hex[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    const [r, g, b, a = 255] = [0, 2, 4, 6].map((i) => parseInt(digits.slice(i, i + 2), 16)).filter((n) => n === n);
    return [r, g, b, a / 255];
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*(?:[,/]\s*([\d.]+)(%?))?/i.exec(value.trim());
  if (rgb) {
    const channels = rgb.slice(1, 4).map(Number) as Rgb;
    const alpha = rgb[4] === undefined ? 1 : Number(rgb[4]) / (rgb[5] ? 100 : 1);
    return channels.every((c) => c <= 255) && alpha === alpha ? [...channels, alpha] : undefined;
  }
  return undefined;
}

const luminance = ([r, g, b]: Rgb | Rgba): number => {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

export function contrastRatio(a: string, b: string): number {
  const ca = parseColour(a);
  const cb = parseColour(b);
  if (!ca || !cb) return 1;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** WCAG AA for normal text. */
export const AA_CONTRAST = 4.5;

/**
 * Why the brand pair cannot be used, or `undefined` when it can: both colours must be opaque (a
 * translucent colour shows whatever lies beneath it, so no contrast can be promised) and meet WCAG
 * AA together.
 */
export function brandProblem(primary: string, onPrimary: string): string | undefined {
  if ([primary, onPrimary].some((colour) => (parseColour(colour)?.[3] ?? 1) < 1)) {
    return `organization.brand: ${primary} and ${onPrimary} must both be opaque (no alpha below 1)`;
  }
  const ratio = contrastRatio(primary, onPrimary);
  return ratio < AA_CONTRAST
    ? `organization.brand: ${primary} on ${onPrimary} has a contrast of ${ratio.toFixed(2)}:1, below WCAG AA (4.5:1)`
    : undefined;
}

/**
 * The brand pair as the widgets' private CSS custom properties, or nothing (the theme's accessible
 * defaults apply) when there is no pair or `brandProblem` finds one.
 */
export function brandProperties(brand: { primary?: string; onPrimary?: string } | undefined): Record<string, string> {
  const { primary, onPrimary } = brand ?? {};
  return primary && onPrimary && !brandProblem(primary, onPrimary) ? { '--_brand-primary': primary, '--_brand-on-primary': onPrimary } : {};
}
