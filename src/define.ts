/** Defines every element. The provider comes first so that widgets find it when they connect. */
import './define/provider.js';
import './define/share-bar.js';
import './define/partner-badge.js';
import './define/award-ribbon.js';
import './define/report-button.js';
import './define/partner-list.js';
