import { CsrPartnerList } from '../components/partner-list/partner-list.js';
import { define } from '../base/define.js';

define('csr-partner-list', CsrPartnerList);

export { CsrPartnerList };
