/**
 * What every widget story shares: the render function (a widget with the story's args as
 * attributes, inside the locale and theme the toolbar picked), the config loader, the embed
 * snippet for the docs, and play functions that check the state a story promises.
 */
import { html } from 'lit';
import type { ArgTypes, Decorator, Loader, StoryContext } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import manifest from '../../custom-elements.json';
import { elementTag, scriptTag } from '../../src/tools/snippet.js';
import type { CsrElement } from '../../src/base/csr-element.js';
import type { CsrErrorCode } from '../../src/config/errors.js';
import { configSrc, type ConfigName } from './configs.js';

/** The config a snippet names: an NGO's address, not the story's local copy. */
export const SNIPPET_SRC = 'https://ngo.example/csr.json';

export const LOCALES = { sv: 'Svenska', en: 'English', ar: 'العربية (right to left)' } as const;
export type Locale = keyof typeof LOCALES;
export const THEMES = ['light', 'dark', 'auto'] as const;

interface ManifestAttribute {
  name: string;
  type?: { text: string };
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
}
const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
  (m) => m.declarations ?? [],
);

/** The attributes a tag declares in custom-elements.json. */
export function attributesOf(tag: string): string[] {
  return declarations.find((d) => d.tagName === tag)?.attributes?.map((a) => a.name) ?? [];
}

export type WidgetArgs = Record<string, unknown>;

/**
 * Controls the manifest's types cannot give: text fields for `string | undefined` attributes (shown
 * as objects otherwise), and selects for the variants, themes and languages.
 */
export function controlsFor(tag: string, element: { variants: readonly string[] }): ArgTypes {
  const attributes = declarations.find((d) => d.tagName === tag)?.attributes ?? [];
  const text = attributes.filter((a) => /^string\b/.test(a.type?.text ?? '')).map((a) => [a.name, { control: 'text' }]);
  return {
    ...Object.fromEntries(text),
    variant: { control: 'select', options: [...element.variants] },
    theme: { control: 'select', options: [...THEMES] },
    lang: { control: 'select', options: Object.keys(LOCALES) },
  };
}

/** Story parameters this Storybook reads. */
export interface CsrParameters {
  /** Which config the story loads (default: the example config). */
  config?: ConfigName;
  /** Light-DOM fallback: what the page shows without JavaScript or when the widget cannot render. */
  fallback?: { href: string; text: string };
}

const csrParameters = (context: Pick<StoryContext, 'parameters'>): CsrParameters => context.parameters.csr ?? {};

/** Loads the story's config and hands its URL to the render function as `loaded.src`. */
export const configLoader: Loader = async (context) => ({ src: await configSrc(csrParameters(context).config ?? 'example') });

/** The attributes a story sets on its widget: its args that are attributes of the tag. */
function storyAttributes(tag: string, args: WidgetArgs): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of attributesOf(tag)) {
    const value = args[name];
    if (value !== undefined && value !== null && value !== '') out[name] = String(value);
  }
  return out;
}

/** Renders `tag` with the story's args; the decorator supplies language and theme. */
export function renderWidget(args: WidgetArgs, context: StoryContext): HTMLElement {
  const tag = context.component as string;
  const element = document.createElement(tag);
  const attrs = storyAttributes(tag, args);
  const src = attrs.src ?? (context.loaded.src as string | undefined);
  if (src) element.setAttribute('src', src);
  for (const [name, value] of Object.entries(attrs)) if (name !== 'src') element.setAttribute(name, value);
  if (!attrs.theme) element.setAttribute('theme', String(context.globals.theme ?? 'light'));
  const fallback = csrParameters(context).fallback;
  if (fallback) {
    const link = document.createElement('a');
    link.href = fallback.href;
    link.textContent = fallback.text;
    element.append(link);
  }
  return element;
}

/** The locale and theme from the toolbar (or the story's `globals`), around every story. */
export const withLocaleAndTheme: Decorator = (story, context) => {
  const locale = String(context.globals.locale ?? 'sv');
  const theme = String(context.globals.theme ?? 'light');
  return html`<div class="csr-canvas theme-${theme}" lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}>
    ${story()}
  </div>`;
};

/** The embed snippet shown under each story in the docs: script tag plus the story's element. */
export function embedSnippet(_code: string, context: StoryContext): string {
  const tag = context.component;
  if (typeof tag !== 'string' || !tag.startsWith('csr-')) return _code;
  const attrs = storyAttributes(tag, context.args);
  delete attrs.src;
  const theme = attrs.theme ?? context.globals.theme;
  if (theme && theme !== 'light') attrs.theme = String(theme);
  const locale = String(context.globals.locale ?? 'sv');
  if (!attrs.lang && locale !== 'sv') attrs.lang = locale;
  const partner = attrs.partner ?? 'telenor';
  delete attrs.partner;
  // The story's fallback points at Storybook's copy of the demo pages; a real page links to the NGO.
  const fallback = csrParameters(context).fallback;
  const link = fallback && { ...fallback, href: fallback.href.replace(/^\.\/demo\//, 'https://ngo.example/') };
  return [scriptTag({ src: SNIPPET_SRC, partner }), elementTag(tag, attrs, link)].join('\n');
}

/** The story's widget, once it has left the loading state. */
export async function settledWidget(canvasElement: HTMLElement): Promise<CsrElement> {
  const element = await waitFor(() => {
    const found = canvasElement.querySelector<CsrElement>('[class~="csr-canvas"] > *');
    if (!found) throw new Error('no widget in the story yet');
    return found;
  });
  await element.settled();
  return element;
}

/** Play: the widget shows its content and no fallback. */
export const expectReady = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  const element = await settledWidget(canvasElement);
  await expect(element.problem, `problem: ${element.problem?.message}`).toBeUndefined();
  await expect(element.ready).toBe(true);
};

/** Play: the widget shows its light-DOM fallback for the given problem code. */
export const expectProblem =
  (code: CsrErrorCode) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const element = await settledWidget(canvasElement);
    await expect(element.ready).toBe(false);
    await expect(element.problem?.code, element.problem?.message).toBe(code);
    const fallback = element.querySelector('a');
    if (fallback) await expect(fallback.checkVisibility()).toBe(true);
  };

/** Play: the widget is still loading: it holds its reserved box and shows its fallback in it. */
export const expectLoading = async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
  const element = await waitFor(() => {
    const found = canvasElement.querySelector<CsrElement>('[class~="csr-canvas"] > *');
    if (!found?.shadowRoot?.querySelector('.reserve')) throw new Error('no reserved box yet');
    return found;
  });
  await expect(element.ready).toBe(false);
  await expect(element.problem).toBeUndefined();
};
