// Things that validate but that the widgets will not show. Plain ES module with no Node or DOM
// APIs, shared by `csr-widgets validate` and the configurator.

const today = () => new Date().toISOString().slice(0, 10);

/** Warnings about a validated config (the `config` of `validateConfig(…)`), each naming its path. */
export function warningsFor(config) {
  const warnings = [];
  for (const [id, partner] of config.partners) {
    const path = `partners.${id}`;
    if (partner.status !== 'active') warnings.push(`${path}.status: "${partner.status}": its widgets show their fallback`);
    if (partner.validUntil && partner.validUntil < today())
      warnings.push(`${path}.validUntil: ${partner.validUntil} has passed: its widgets show their fallback`);
    for (const award of partner.awards ?? []) {
      if (config.awards.has(award)) continue;
      const broken = config.issues.some((issue) => issue.path === `awards.${award}` || issue.path.startsWith(`awards.${award}.`));
      warnings.push(`${path}.awards: "${award}" is ${broken ? 'an invalid award (see its problems)' : 'not in awards'}`);
    }
  }
  return warnings;
}
