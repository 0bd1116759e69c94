/**
 * Hooks for the tests of pages and apps that use the library (shorter timeouts and retries, a
 * fresh config cache, a report dialog that fails to load), as `csr-widgets/testing.js`. Production
 * pages have no use for them.
 */
export { configureLoader, clearConfigCache, type LoaderOptions } from './runtime/loader.js';
export { configureReportSending, type ReportSendingOptions } from './components/report-button/send-report.js';
export { failDialogLoads as failReportDialogLoads } from './components/report-button/load-dialog.js';
