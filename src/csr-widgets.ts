/**
 * The script-tag build: one classic script that defines the widgets a partner's page uses and
 * takes its page default config from its own `data-src` / `data-partner`. The NGO's own
 * `<csr-partner-list>` is a file of its own beside it, loaded when the page has one.
 */
// The styles first, side by side, in the order in which gzip finds most of their repeats (a few dozen bytes).
import './base/theme.styles.js';
import './components/share-bar/share-bar.styles.js';
import './components/report-button/report-button.styles.js';
import './components/partner-badge/partner-badge.styles.js';
import './components/award-ribbon/award-ribbon.styles.js';
import './runtime/capture-script.js';
import './define/provider.js';
import './define/share-bar.js';
import './define/partner-badge.js';
import './define/award-ribbon.js';
import './define/report-button.js';
import { onDemand } from './runtime/on-demand.js';

try {
  onDemand('csr-partner-list', 'csr-widgets.partner-list.js');
} catch {
  // No partner list then; the other widgets are defined.
}
