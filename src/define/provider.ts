import { CsrProvider } from '../components/provider/provider.js';
import { define } from '../base/define.js';

define('csr-provider', CsrProvider);

export { CsrProvider };
