/** The script-tag build's languages: `csr-widgets.lang-<code>.js`, beside the script (scripts/script-files.js). */
import { importBeside } from './on-demand.js';
import type { LanguageFile } from './import-language.js';

export const importLanguage = (code: string): Promise<LanguageFile> => importBeside(`csr-widgets.lang-${code}.js`);
