/**
 * Validation of a parsed config, section by section and entry by entry, against `schema.ts`.
 * A broken partner is dropped with its issues while the other partners stay usable.
 */
import * as v from 'valibot';
import {
  AwardSchema,
  OrganizationSchema,
  PartnerSchema,
  ReportSchema,
  ShareSchema,
  StringsSchema,
  VersionSchema,
  IdSchema,
  type Award,
  type Organization,
  type Partner,
  type Report,
  type Share,
  type Strings,
} from './schema.js';

/** One problem, with the dotted path of the value it concerns (`partners.telenor.verifyUrl`). */
export interface ConfigIssue {
  path: string;
  message: string;
}

export type SectionName = 'share' | 'report';

/** A config after validation: what is valid, and every issue with its path. */
export interface ValidatedConfig {
  version: 1;
  organization: Organization;
  partners: ReadonlyMap<string, Partner>;
  awards: ReadonlyMap<string, Award>;
  share?: Share;
  report?: Report;
  strings: Strings;
  /** Every problem found; entries and sections named here were left out. */
  issues: readonly ConfigIssue[];
}

export type ValidationResult =
  | { ok: true; config: ValidatedConfig }
  | { ok: false; issues: ConfigIssue[] };

const formatIssues = (prefix: string, issues: readonly v.BaseIssue<unknown>[]): ConfigIssue[] => {
  const seen = new Set<string>();
  const out: ConfigIssue[] = [];
  for (const issue of issues) {
    const rest = v.getDotPath(issue);
    const path = rest ? (prefix ? `${prefix}.${rest}` : rest) : prefix || '(root)';
    const key = `${path}\u0000${issue.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path, message: issue.message });
    }
  }
  return out;
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const validateEntries = <T>(
  section: string,
  raw: unknown,
  schema: v.GenericSchema<unknown, T>,
  issues: ConfigIssue[],
): Map<string, T> => {
  const entries = new Map<string, T>();
  if (raw === undefined) return entries;
  if (!isPlainObject(raw)) {
    issues.push({ path: section, message: 'must be a map of id to entry' });
    return entries;
  }
  for (const id of Object.keys(raw)) {
    const path = `${section}.${id}`;
    if (!v.is(IdSchema, id) || id === '__proto__' || id === 'constructor' || id === 'prototype') {
      issues.push({ path, message: 'must be an id of letters, digits, "-" or "_" (at most 64)' });
      continue;
    }
    const result = v.safeParse(schema, raw[id]);
    if (result.success) entries.set(id, result.output);
    else issues.push(...formatIssues(path, result.issues));
  }
  return entries;
};

const validateSection = <T>(
  name: string,
  raw: unknown,
  schema: v.GenericSchema<unknown, T>,
  issues: ConfigIssue[],
): T | undefined => {
  if (raw === undefined) return undefined;
  const result = v.safeParse(schema, raw);
  if (result.success) return result.output;
  issues.push(...formatIssues(name, result.issues));
  return undefined;
};

/**
 * Validates a parsed JSON value. Only `version` and `organization` can fail the whole config;
 * every other fault drops just its section or entry and is listed in `issues`.
 */
export function validateConfig(raw: unknown): ValidationResult {
  if (!isPlainObject(raw)) {
    return { ok: false, issues: [{ path: '(root)', message: 'must be a JSON object' }] };
  }
  const fatal: ConfigIssue[] = [];
  const version = v.safeParse(VersionSchema, raw.version);
  if (!version.success) fatal.push({ path: 'version', message: 'must be 1' });
  const organization = v.safeParse(OrganizationSchema, raw.organization);
  if (!organization.success) {
    fatal.push(
      ...(raw.organization === undefined
        ? [{ path: 'organization', message: 'is required' }]
        : formatIssues('organization', organization.issues)),
    );
  }
  if (!organization.success || fatal.length) return { ok: false, issues: fatal };

  const issues: ConfigIssue[] = [];
  const config: ValidatedConfig = {
    version: 1,
    organization: organization.output,
    partners: validateEntries('partners', raw.partners, PartnerSchema, issues),
    awards: validateEntries('awards', raw.awards, AwardSchema, issues),
    share: validateSection('share', raw.share, ShareSchema, issues),
    report: validateSection('report', raw.report, ReportSchema, issues),
    strings: validateSection('strings', raw.strings, StringsSchema, issues) ?? {},
    issues,
  };
  return { ok: true, config };
}

/** The issues that concern one path or anything under it (`partners.telenor`). */
export function issuesAt(config: ValidatedConfig, path: string): ConfigIssue[] {
  return config.issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
}

export const formatIssue = (issue: ConfigIssue): string => `${issue.path}: ${issue.message}`;
