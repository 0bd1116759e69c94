/**
 * The report sender, loaded when a report dialog opens. The npm build splits it into a chunk of
 * its own; the script-tag build replaces this module with `load-sender.script.ts`.
 */
export type Sender = typeof import('./send-report.js');

/** `attempt`: the script-tag build asks for a new address after a failure; modules of the npm build need none. */
export const loadSender = (_attempt = 0): Promise<Sender> => import('./send-report.js');
