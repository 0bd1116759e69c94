import { CsrReportButton } from '../components/report-button/report-button.js';
import { define } from '../base/define.js';

define('csr-report-button', CsrReportButton);

export { CsrReportButton };
