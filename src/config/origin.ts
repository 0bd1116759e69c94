/**
 * What a badge proves: that the organization's own site served the config. A config names its
 * organization (`organization.url`), but anybody can write that; only the address the config was
 * actually served from (after redirects) says who published it. The badge and the award ribbon
 * show a partnership only when that address is on the organization's site, name that site, and
 * link only to pages on it.
 */
import { problem, type CsrProblem } from './errors.js';
import { hostMatches } from './partner.js';
import type { Organization } from './schema.js';

/** `localhost` or an IP address (v4, or v6 in brackets): it stands only for itself. */
const LOCAL = /^(?:localhost|[\d.]+|\[.*\])$/;

/**
 * The host name of a URL (lower-case, as URLs give it); for a `blob:` URL, the host of the page
 * that made it. `''` when it has none (`data:`, `file:`, not a URL).
 */
export function hostOf(url: string | undefined): string {
  try {
    return new URL(new URL(url!).origin).hostname;
  } catch {
    return '';
  }
}

/** The site a host stands for: without a leading `www.` (`www.ecpat.se` and `ecpat.se` are one site). */
export const siteOf = (host: string): string => host.replace(/^www\./, '');

/**
 * Whether `host` belongs to the site of `siteHost`: the same host, or, once a leading `www.` is
 * dropped from both, the same domain or a subdomain of it (`static.ecpat.se` for
 * `https://www.ecpat.se`). `localhost` and IP addresses match only themselves.
 */
export function onSite(host: string, siteHost: string): boolean {
  if (!host || !siteHost) return false;
  if (host === siteHost) return true;
  return !LOCAL.test(host) && !LOCAL.test(siteHost) && hostMatches(siteOf(host), siteOf(siteHost));
}

/**
 * The organization's page that confirms partner `id`'s partnership: its `verifyUrl`, else its
 * entry on the organization's partner list (`partnersUrl#id`), else the organization's site.
 */
export const confirmationPage = (organization: Organization, id: string, verifyUrl?: string): string =>
  verifyUrl ?? (organization.partnersUrl ? `${organization.partnersUrl.split('#')[0]}#${id}` : organization.url);

/**
 * Who vouches for a config: the site that served it (`ecpat.se`, for the line "Verified by
 * ecpat.se"), or the `config-origin` problem when that is not the organization's own site.
 * `servedUrl` is the response's final URL, after redirects; `requestedUrl` the one asked for.
 */
export function vouchedBy(organizationUrl: string, servedUrl: string | undefined, requestedUrl?: string): string | CsrProblem {
  const served = hostOf(servedUrl);
  const organization = hostOf(organizationUrl);
  if (served && onSite(served, organization)) return siteOf(served);
  const requested = hostOf(requestedUrl);
  const redirected = requested && requested !== served ? ` (redirected from "${requested}")` : '';
  return problem(
    'config-origin',
    `organization.url: the config came from "${served || '?'}"${redirected}, not the organization's site "${organization}"`,
  );
}
