// What `csr-widgets snippet` checks before it prints: the same validation as `csr-widgets validate`,
// narrowed to the partner and the widgets of the snippet. Each message says which widget will show
// its fallback and why, naming the path to fix. No Node or DOM APIs: the studio shows the same.
import { issuesAt, formatIssue } from '../config/validate.js';
import type { CheckResult } from './check.js';
import type { WidgetName } from './snippet.js';
import { standingWarning } from './warnings.js';

const tags: Record<WidgetName, string> = { badge: 'the badge', ribbon: 'the ribbon', share: 'the share bar', report: 'the report button' };

/** `the badge and the ribbon show their fallback`, `the share bar shows its fallback`. */
const fallBack = (widgets: readonly WidgetName[]): string => {
  const names = widgets.map((w) => tags[w]);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)} show their fallback`
    : `${names[0] ?? 'no widget'} shows its fallback`;
};

/**
 * Why widgets of the snippet for `partnerId` will show their fallback instead of their content,
 * one message each (empty when every widget will show). `result` is the check of the config.
 */
export function snippetProblems(result: CheckResult, partnerId: string, widgets: readonly WidgetName[]): string[] {
  const { config, problems } = result;
  if (!config) {
    const paths = [...new Set(problems.map((p) => p.path))].join(', ');
    return [`the config is rejected (${paths}): ${fallBack(widgets)}; run csr-widgets validate for the details`];
  }
  const out: string[] = [];
  const partnered = widgets.filter((w) => w === 'badge' || w === 'ribbon');
  const partner = config.partners.get(partnerId);
  if (partnered.length && !partner) {
    const issues = issuesAt(config, `partners.${partnerId}`);
    out.push(
      issues.length
        ? `partners.${partnerId} is invalid (${issues.map(formatIssue).join('; ')}): ${fallBack(partnered)}`
        : `the config lists no valid partner "${partnerId}": ${fallBack(partnered)}`,
    );
  }
  const standing = partner && partnered.length ? standingWarning(partnerId, partner) : undefined;
  if (standing) out.push(standing);
  if (partner && !standing && widgets.includes('ribbon')) {
    const awardId = partner.awards?.[0];
    if (!awardId) out.push(`partners.${partnerId}.awards: lists no award: the ribbon shows its fallback (leave the ribbon out, or give it an award)`);
    else if (!config.awards.has(awardId)) {
      const issues = issuesAt(config, `awards.${awardId}`);
      const why = issues.length ? issues.map(formatIssue).join('; ') : `awards.${awardId}: the config lists no such award`;
      out.push(`partners.${partnerId}.awards: "${awardId}" cannot be shown (${why}): the ribbon shows its fallback`);
    }
  }
  for (const section of ['share', 'report'] as const) {
    if (!widgets.includes(section) || config[section]) continue;
    const issues = issuesAt(config, section);
    const why = issues.length ? issues.map(formatIssue).join('; ') : `${section}: the config has no ${section} section`;
    out.push(`${why}: ${fallBack([section])}`);
  }
  return out;
}
