/** Colour parsing and WCAG contrast, for brand colours from the config. */
import { warnOnce } from './namespace.js';

type Rgb = [number, number, number];

export function parseColour(value: string): Rgb | undefined {
  const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim());
  if (hex) {
    let digits = hex[1];
    if (digits.length <= 4) digits = [...digits].map((d) => d + d).join('');
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as Rgb;
  }
  const rgb = /^rgba?\(\s*(\d{1,3})\s*[, ]\s*(\d{1,3})\s*[, ]\s*(\d{1,3})/i.exec(value.trim());
  if (rgb) {
    const channels = rgb.slice(1, 4).map(Number) as Rgb;
    return channels.every((c) => c <= 255) ? channels : undefined;
  }
  return undefined;
}

const luminance = ([r, g, b]: Rgb): number => {
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
 * The brand pair as CSS custom properties when it meets WCAG AA; otherwise nothing (the theme's
 * accessible defaults apply) and one console warning.
 */
export function brandProperties(brand: { primary?: string; onPrimary?: string } | undefined): Record<string, string> {
  if (!brand?.primary || !brand.onPrimary) return {};
  const ratio = contrastRatio(brand.primary, brand.onPrimary);
  if (ratio < AA_CONTRAST) {
    warnOnce(
      `contrast:${brand.primary}:${brand.onPrimary}`,
      `organization.brand: ${brand.primary} on ${brand.onPrimary} has a contrast of ${ratio.toFixed(2)}:1, below WCAG AA (4.5:1); the accessible default colours are used instead.`,
    );
    return {};
  }
  return { '--_brand-primary': brand.primary, '--_brand-on-primary': brand.onPrimary };
}
