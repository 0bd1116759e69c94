/** The script-tag build's report sender: `csr-widgets.send-report.js`, beside the script (vite.config.ts). */
import { importBeside } from '../../runtime/on-demand.js';
import type { Sender } from './load-sender.js';

export type { Sender } from './load-sender.js';

export const loadSender = (attempt = 0): Promise<Sender> => importBeside('csr-widgets.send-report.js', attempt);
