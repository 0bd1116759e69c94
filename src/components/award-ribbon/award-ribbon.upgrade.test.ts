// Runs in its own page, before the element is defined: dist/csr-widgets.css (the same text,
// from src/base/reservation.ts) reserves the ribbon's final box, so a deferred script's upgrade and the
// config's arrival move nothing.
import { expectNoShiftOnUpgrade } from '../../../test/support/partner-widgets.js';
import { reservationCss } from '../../base/reservation.js';
import { configureLoader } from '../../testing.js';

describe('<csr-award-ribbon> before the script runs', () => {
  it('keeps the box the page stylesheet reserved through the upgrade and the config', async () => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    await expectNoShiftOnUpgrade('csr-award-ribbon', ['ribbon', 'seal', 'inline'], reservationCss(), () => import('../../define/award-ribbon.js'));
  });
});
