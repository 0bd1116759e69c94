import { CsrPartnerBadge } from '../components/partner-badge/partner-badge.js';
import { define } from '../base/define.js';

define('csr-partner-badge', CsrPartnerBadge);

export { CsrPartnerBadge };
