/** A language's strings, as a module of the npm build; the script-tag build swaps in `import-language.script.ts`. */
import type { StringKey } from '../config/l10n.js';

export type LanguageFile = { strings: Partial<Record<StringKey, string>> };

export const importLanguage = (code: string): Promise<LanguageFile> => import(`../l10n/${code}.ts`);
