/** The script-tag build's report dialog: `csr-widgets.report-dialog.js`, beside the script (vite.config.ts). */
import { importBeside } from '../../runtime/on-demand.js';
import type { DialogModule } from './load-dialog.js';

export type { DialogModule } from './load-dialog.js';

export const loadDialog = (attempt = 0): Promise<DialogModule> => importBeside('csr-widgets.report-dialog.js', attempt);
