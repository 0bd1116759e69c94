/**
 * csr-widgets as ES modules. Importing this module defines no element; import
 * `csr-widgets/define.js` (all elements) or a per-widget `csr-widgets/define/<name>.js`.
 */
export * from './config/index.js';
export { loadConfig, getConfig, clearConfigCache, absoluteUrl, LAST_GOOD_PREFIX, VERSION, type ConfigState, type FetchOutcome, type LoaderOptions } from './runtime/index.js';
export { CsrElement, type SelectContext, type Theme } from './base/csr-element.js';
export * from './base/events.js';
export { configContext, type ConfigSource } from './base/context.js';
export { CsrProvider } from './components/provider/provider.js';
export { CsrShareBar, MASTODON_STORAGE_KEY, type ShareBarModel } from './components/share-bar/share-bar.js';
export { CsrPartnerBadge, type BadgeModel } from './components/partner-badge/partner-badge.js';
export { CsrAwardRibbon, type AwardModel } from './components/award-ribbon/award-ribbon.js';
export { CsrReportButton } from './components/report-button/report-button.js';
export { CsrPartnerList, type ListModel, type ListEntry, type Standing } from './components/partner-list/partner-list.js';
