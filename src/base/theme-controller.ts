/**
 * A widget's theme and brand: warns once about a `theme` that is not light, dark or auto (it then
 * renders light), and sets the organization's brand colours as private custom properties on the
 * host when they are opaque and accessible (else the theme's defaults apply, with one warning).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { brandProblem, brandProperties } from '../config/colour.js';
import type { Organization } from '../config/schema.js';
import { warnOnce } from '../runtime/namespace.js';

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly string[] = ['light', 'dark', 'auto'];

type Brand = Organization['brand'];
type ThemeHost = ReactiveControllerHost & HTMLElement & { theme?: Theme };

export class ThemeController implements ReactiveController {
  readonly #host: ThemeHost;
  readonly #brand: () => Brand | undefined;
  #applied?: Brand;

  /** `brand` gives the loaded config's brand colours, if any. */
  constructor(host: ThemeHost, brand: () => Brand | undefined) {
    this.#host = host;
    this.#brand = brand;
    host.addController(this);
  }

  hostUpdate(): void {
    const { theme, style } = this.#host;
    if (theme && !THEMES.includes(theme)) warnOnce(`theme:${theme}`, `theme "${theme}" is not one of light, dark, auto; light is used.`);
    const brand = this.#brand();
    // A loaded config never changes: its brand is checked and applied once.
    if (brand === this.#applied) return;
    this.#applied = brand;
    const why = brand?.primary && brand.onPrimary && brandProblem(brand.primary, brand.onPrimary);
    if (why) warnOnce(`brand:${why}`, `${why}; the accessible default colours are used instead.`);
    const properties = brandProperties(brand);
    for (const name of ['--_brand-primary', '--_brand-on-primary']) {
      const value = properties[name] ?? '';
      if (style.getPropertyValue(name) === value) continue;
      if (value) style.setProperty(name, value);
      else style.removeProperty(name);
    }
  }
}
