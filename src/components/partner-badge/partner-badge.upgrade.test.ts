// Runs in its own page, before the element is defined: the page CSS from the README reserves the
// badge's final box, so a deferred script's upgrade moves nothing either.
import { expectNoShiftOnUpgrade } from '../../../test/support/partner-widgets.js';
import { configureLoader } from '../../testing.js';

const BADGE_PAGE_CSS = `
csr-partner-badge:not(:defined) { display: inline-block; vertical-align: middle; max-inline-size: 100%; overflow: hidden; inline-size: 304px; block-size: 80px; }
csr-partner-badge[variant='compact']:not(:defined) { block-size: 44px; }
csr-partner-badge[variant='mark']:not(:defined) { inline-size: 72px; block-size: 72px; }
`;

describe('<csr-partner-badge> before the script runs', () => {
  it('keeps the box the page CSS reserved through the upgrade and the config', async () => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    await expectNoShiftOnUpgrade('csr-partner-badge', ['full', 'compact', 'mark'], BADGE_PAGE_CSS, () => import('../../define/partner-badge.js'));
  });
});
