/** Stable error codes, carried by `csr-error` events as `detail.code`. */
export type CsrErrorCode =
  | 'config-missing'
  | 'config-network'
  | 'config-http'
  | 'config-timeout'
  | 'config-parse'
  | 'config-too-large'
  | 'config-invalid'
  | 'config-origin'
  | 'section-missing'
  | 'section-invalid'
  | 'partner-missing'
  | 'partner-unknown'
  | 'partner-invalid'
  | 'partner-suspended'
  | 'partner-ended'
  | 'partner-expired'
  | 'partner-domain'
  | 'award-unknown'
  | 'award-invalid'
  | 'award-not-for-partner'
  | 'attribute-invalid'
  | 'share-failed'
  | 'counter-failed'
  | 'report-failed'
  | 'internal';

/** A problem a widget reports: a code for programs and a message for people. */
export interface CsrProblem {
  code: CsrErrorCode;
  message: string;
}

export const problem = (code: CsrErrorCode, message: string): CsrProblem => ({ code, message });

export const isProblem = (value: unknown): value is CsrProblem =>
  typeof value === 'object' && value !== null && Object.hasOwn(value, 'code') && Object.hasOwn(value, 'message');

/** One problem, with the dotted path of the value it concerns (`partners.telenor.verifyUrl`). */
export interface ConfigIssue {
  path: string;
  message: string;
}
