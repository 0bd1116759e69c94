// Runs in its own page, before the element is defined: the page CSS from the README reserves the
// ribbon's final box, so a deferred script's upgrade moves nothing either.
import { expectNoShiftOnUpgrade } from '../../../test/support/partner-widgets.js';
import { configureLoader } from '../../testing.js';

const RIBBON_PAGE_CSS = `
csr-award-ribbon:not(:defined) { display: inline-block; vertical-align: middle; max-inline-size: 100%; overflow: hidden; inline-size: 376px; block-size: 112px; }
csr-award-ribbon[variant='seal']:not(:defined) { inline-size: 208px; block-size: 188px; }
csr-award-ribbon[variant='inline']:not(:defined) { inline-size: 448px; block-size: 40px; }
`;

describe('<csr-award-ribbon> before the script runs', () => {
  it('keeps the box the page CSS reserved through the upgrade and the config', async () => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    await expectNoShiftOnUpgrade('csr-award-ribbon', ['ribbon', 'seal', 'inline'], RIBBON_PAGE_CSS, () => import('../../define/award-ribbon.js'));
  });
});
