/**
 * Hooks for the tests of pages and apps that use the library (shorter timeouts and retries, a
 * fresh config cache), as `csr-widgets/testing.js`. Production pages have no use for them.
 */
export { configureLoader, clearConfigCache, type LoaderOptions } from './runtime/loader.js';
export { configureReportSending, type ReportSendingOptions } from './components/report-button/send-report.js';
