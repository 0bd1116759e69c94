/**
 * The languages beyond English and Swedish (src/l10n/): each loaded once per page when a widget
 * needs it. The npm build splits each into a chunk of its own; the script-tag build imports
 * `csr-widgets.lang-<code>.js` from beside the script instead (`import-language.script.ts`).
 * A language that cannot be loaded is marked as asked for, and English stands in.
 */
import { addLanguage } from '../config/l10n.js';
import { importLanguage } from './import-language.js';

const loading = new Map<string, Promise<void>>();

export function loadLanguage(code: string): Promise<void> {
  let done = loading.get(code);
  if (!done) {
    done = importLanguage(code).then(
      (file) => addLanguage(code, file.strings),
      () => addLanguage(code),
    );
    loading.set(code, done);
  }
  return done;
}
