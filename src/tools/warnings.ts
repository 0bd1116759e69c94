// Things that validate but that the widgets will not show. No Node or DOM APIs: shared by
// `csr-widgets validate`, `csr-widgets snippet` and the configurator.
import { brandProblem } from '../config/colour.js';
import { partnerStanding, type StandingOptions } from '../config/partner.js';
import { PROFILE_NAMES, SHARE_NETWORKS, type Partner } from '../config/schema.js';
import { issuesAt, type ValidatedConfig } from '../config/validate.js';

/**
 * Why partner `id` will not show, by `partnerStanding` (without a page, so the domains are not
 * checked), as a warning that names its path; `undefined` when it is in good standing.
 */
export function standingWarning(id: string, partner: Partner, options: StandingOptions = {}): string | undefined {
  const standing = partnerStanding(id, partner, options);
  const path = `partners.${id}`;
  if (!standing) return undefined;
  switch (standing.code) {
    case 'partner-suspended':
    case 'partner-ended':
      return `${path}.status: "${partner.status}": its widgets show their fallback`;
    case 'partner-expired':
      return `${path}.validUntil: ${partner.validUntil} has passed: its widgets show their fallback`;
    default:
      return `${standing.message}: its widgets show their fallback`;
  }
}

const DEFAULT_COLOURS = 'the widgets use their default colours instead';

/**
 * Why the widgets will not use the organization's brand colours (`brandProperties` applies them only
 * as an opaque pair with WCAG AA contrast), or `undefined` when they will or none are given.
 */
export function brandWarning(brand: { primary?: string; onPrimary?: string } | undefined): string | undefined {
  const { primary, onPrimary } = brand ?? {};
  if (primary && onPrimary) {
    const problem = brandProblem(primary, onPrimary);
    return problem && `${problem}: ${DEFAULT_COLOURS}`;
  }
  if (primary || onPrimary)
    return `organization.brand: ${primary ? 'primary without onPrimary' : 'onPrimary without primary'}: ${DEFAULT_COLOURS} (give both)`;
  return undefined;
}

/** Warnings about a validated config, each naming its path. */
export function warningsFor(config: ValidatedConfig, options: StandingOptions = {}): string[] {
  const warnings: string[] = [];
  const brand = brandWarning(config.organization.brand);
  if (brand) warnings.push(brand);
  // Accepted for a later version's networks; the share bar skips them.
  const known: readonly string[] = SHARE_NETWORKS;
  for (const [i, name] of (config.share?.networks ?? []).entries())
    if (!known.includes(name)) warnings.push(`share.networks.${i}: "${name}" is not a known network: the share bar skips it (known: ${SHARE_NETWORKS.join(', ')})`);
  // Accepted for a later version's profiles; the share bar skips them.
  const profiles: readonly string[] = PROFILE_NAMES;
  for (const name of Object.keys(config.organization.profiles ?? {}))
    if (!profiles.includes(name))
      warnings.push(`organization.profiles.${name}: "${name}" is not a known profile: the share bar skips it (known: ${PROFILE_NAMES.join(', ')})`);
  for (const [id, partner] of config.partners) {
    const standing = standingWarning(id, partner, options);
    if (standing) warnings.push(standing);
    for (const award of partner.awards ?? []) {
      if (config.awards.has(award)) continue;
      const broken = issuesAt(config, `awards.${award}`).length > 0;
      warnings.push(`partners.${id}.awards: "${award}" is ${broken ? 'an invalid award (see its problems)' : 'not in awards'}`);
    }
  }
  return warnings;
}
