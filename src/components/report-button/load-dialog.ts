/**
 * The report dialog's file, loaded once a person shows they are about to open it. The npm build
 * splits it into a chunk of its own; the script-tag build replaces this module with
 * `load-dialog.script.ts`.
 */
export type DialogModule = typeof import('./report-dialog.js');

let failures = 0;

/** Makes the next `count` loads fail, as a network that drops the file would (`csr-widgets/testing.js`). */
export function failDialogLoads(count: number): void {
  failures = count;
}

/** `attempt`: the script-tag build asks for a new address after a failure; modules of the npm build need none. */
export function loadDialog(_attempt = 0): Promise<DialogModule> {
  if (failures <= 0) return import('./report-dialog.js');
  failures--;
  return Promise.reject(new Error('the file was not loaded (failReportDialogLoads)'));
}
