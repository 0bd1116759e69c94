import { CsrAwardRibbon } from '../components/award-ribbon/award-ribbon.js';
import { define } from '../base/define.js';

define('csr-award-ribbon', CsrAwardRibbon);

export { CsrAwardRibbon };
