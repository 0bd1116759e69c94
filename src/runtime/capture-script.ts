/** Side effect for the script-tag build: remember this script tag's `data-src` / `data-partner`. */
import { capturePageDefault } from './page-default.js';

try {
  capturePageDefault();
} catch {
  // Widgets look for the script tag themselves when this fails.
}
