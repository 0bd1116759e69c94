/**
 * Whether a partner is in good standing: the one check that every widget showing a partnership
 * (the badge, the award ribbon) runs, so that a revocation in the config hides all of them alike.
 */
import { problem, type CsrProblem } from './errors.js';
import type { Partner } from './schema.js';

export interface StandingOptions {
  /** The moment to judge at; defaults to now. */
  now?: Date | number;
  /** The page's host name; without it the domains are not checked (a command line has no page). */
  host?: string;
}

/** Whether `host` is `domain` itself or one of its subdomains (`www.telenor.se` for `telenor.se`). */
export function hostMatches(host: string, domain: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === domain || h.endsWith(`.${domain}`);
}

/**
 * The problem that keeps partner `id` from being shown, or `undefined` when it is in good standing:
 * status `active`, `validUntil` not passed (whole days in UTC, so the partnership is valid through
 * that day), and, when the partner lists `domains` and `host` is given, the page's host is one of them
 * or a subdomain.
 */
export function partnerStanding(id: string, partner: Partner, options: StandingOptions = {}): CsrProblem | undefined {
  const path = `partners.${id}`;
  if (partner.status === 'suspended') return problem('partner-suspended', `${path}.status: the partnership is suspended`);
  if (partner.status === 'ended') return problem('partner-ended', `${path}.status: the partnership has ended`);
  const today = new Date(options.now ?? Date.now()).toISOString().slice(0, 10);
  if (partner.validUntil && today > partner.validUntil) {
    return problem('partner-expired', `${path}.validUntil: the partnership expired after ${partner.validUntil}`);
  }
  const { host } = options;
  if (host !== undefined && partner.domains?.length && !partner.domains.some((domain) => hostMatches(host, domain))) {
    return problem('partner-domain', `${path}.domains: this page's host "${host}" is not one of ${partner.domains.join(', ')}`);
  }
  return undefined;
}
