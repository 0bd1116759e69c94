/**
 * The studio's page script (dist/studio/studio.js): the library's own elements for the preview,
 * and `<csr-studio>`. One classic script, so that dist/studio/index.html also works opened as a file.
 */
import { CsrStudio } from './studio-app.js';

if (!customElements.get('csr-studio')) customElements.define('csr-studio', CsrStudio);
