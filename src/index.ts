/**
 * csr-widgets as ES modules. Importing this module defines no element; import
 * `csr-widgets/define.js` (all elements) or a per-widget `csr-widgets/define/<name>.js`.
 */
export * from './config/index.js';
export { CsrElement, type SelectContext, type Theme } from './base/csr-element.js';
export * from './base/events.js';
export { configContext, type ConfigSource } from './base/context.js';
export { translate, pickText, STRING_KEYS, type StringKey } from './base/l10n.js';
export { VERSION } from './base/namespace.js';
export { CsrProvider } from './components/provider/provider.js';
export { CsrShareBar, MASTODON_STORAGE_KEY, type ShareBarModel } from './components/share-bar/share-bar.js';
export { CsrPartnerBadge, type BadgeModel } from './components/partner-badge/partner-badge.js';
export { CsrAwardRibbon, type AwardModel } from './components/award-ribbon/award-ribbon.js';
export { CsrReportButton, configureReportSending, REPORT_LIMITS, REPORT_PLACES, type ReportBody, type ReportSendingOptions } from './components/report-button/report-button.js';
