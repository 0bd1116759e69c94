/**
 * The config context. A string key (not a Symbol) so that two copies of the library on one page
 * still match.
 */
import { createContext } from '@lit/context';

export interface ConfigSource {
  /** The config URL, as written on the provider. */
  src?: string;
  /** The partner id. */
  partner?: string;
}

export const configContext = createContext<ConfigSource>('csr-widgets:config');
