import { CsrShareBar } from '../components/share-bar/share-bar.js';
import { define } from '../base/define.js';

define('csr-share-bar', CsrShareBar);

export { CsrShareBar };
