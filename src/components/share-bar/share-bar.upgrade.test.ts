// Runs in its own page, before the element is defined: dist/csr-widgets.css (the same text,
// from src/base/reservation.ts) reserves the share bar's final box, so a deferred script's upgrade and the
// config's arrival move nothing.
import { expectNoShiftOnUpgrade } from '../../../test/support/partner-widgets.js';
import { reservationCss } from '../../base/reservation.js';
import { configureLoader } from '../../testing.js';

describe('<csr-share-bar> before the script runs', () => {
  it('keeps the box the page stylesheet reserved through the upgrade and the config', async () => {
    configureLoader({ timeoutMs: 1500, backoffMs: 20 });
    await expectNoShiftOnUpgrade('csr-share-bar', ['row', 'column', 'icons'], reservationCss(), () => import('../../define/share-bar.js'));
  });
});
