export declare const WIDGETS: Record<'badge' | 'ribbon' | 'share' | 'report', string>;
export type WidgetName = keyof typeof WIDGETS;
export declare const DEFAULT_SCRIPT: string;
export interface Fallback {
  href: string;
  text: string;
}
export declare function attributes(attrs: Record<string, unknown>): string;
export declare function scriptTag(options: { script?: string; src?: string; partner?: string }): string;
export declare function elementTag(tag: string, attrs?: Record<string, unknown>, fallback?: Fallback): string;
export declare function fallbacks(config: unknown, partnerId: string | undefined, lang?: string): Partial<Record<WidgetName, Fallback>>;
export declare function snippet(options: {
  src?: string;
  partner?: string;
  widgets?: readonly string[];
  script?: string;
  config?: unknown;
  lang?: string;
}): string;
