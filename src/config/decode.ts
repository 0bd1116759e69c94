/**
 * A config's bytes to its text, as the widgets and the `csr-widgets` command read it: UTF-8 only,
 * in every engine alike (a UTF-8 byte order mark is dropped), so that a UTF-16 file or bytes that
 * are not UTF-8 are a clear problem instead of a guess. The bytes are at most `MAX_CONFIG_BYTES`
 * (schema.ts): both readers stop there, before decoding.
 */
import { problem, type CsrProblem } from './errors.js';

/** The text of a config, or the `config-parse` problem that keeps it from being read. */
export function decodeConfig(bytes: Uint8Array): string | CsrProblem {
  const utf16 = (bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0xff && bytes[1] === 0xfe);
  try {
    if (!utf16) return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // not UTF-8: below
  }
  return problem('config-parse', `the config must be UTF-8 (it ${utf16 ? 'starts with a UTF-16 byte order mark' : 'holds bytes that are not UTF-8'})`);
}
