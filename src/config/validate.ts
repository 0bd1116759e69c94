/**
 * Validation of a parsed config, section by section and entry by entry, against `schema.ts`.
 * A broken partner is dropped with its issues while the other partners stay usable.
 */
import { problem, type ConfigIssue, type CsrErrorCode, type CsrProblem } from './errors.js';
import { is, NO, parse, type Schema } from './kit.js';
import { hostOf, onSite } from './origin.js';
import {
  AwardSchema,
  OrganizationSchema,
  PartnerSchema,
  ProfilesSchema,
  LinkSchema,
  ReportSchema,
  ShareSchema,
  StringsSchema,
  VersionSchema,
  IdSchema,
  ID_MESSAGE,
  CountrySchema,
  COUNTRY_MESSAGE,
  HotlineSchema,
  type Hotline,
  type Award,
  type Organization,
  type Partner,
  type Report,
  type Share,
  type Strings,
} from './schema.js';

export type { ConfigIssue } from './errors.js';

/** The start of the message for a link that is not on the organization's site. */
export const OFF_SITE = "must be on the organization's site";

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

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `raw[key]` when `raw` has that key itself; never a value inherited from `Object.prototype`. */
const own = (raw: Record<string, unknown>, key: string): unknown => (Object.hasOwn(raw, key) ? raw[key] : undefined);

/** `value` (found at `path`) checked against `schema`: the output, or `undefined` with its issues added. */
const check = <T>(path: string, value: unknown, schema: Schema<T>, issues: ConfigIssue[]): T | undefined => {
  const own: ConfigIssue[] = [];
  const out = parse(schema, value, '', own);
  for (const issue of own) issues.push({ path: issue.path ? `${path}.${issue.path}` : path, message: issue.message });
  return out === NO || own.length ? undefined : out;
};

/**
 * Each entry of a map of id (or of `key`) to entry on its own, by `schema` (or the schema for its
 * id): a broken entry is left out with its issues.
 */
const validateEntries = <T>(
  section: string,
  raw: unknown,
  schema: Schema<T> | ((id: string) => Schema<T>),
  issues: ConfigIssue[],
  key: Schema<string> = IdSchema,
  keyMessage = ID_MESSAGE,
): Map<string, T> => {
  const entries = new Map<string, T>();
  if (raw === undefined) return entries;
  if (!isPlainObject(raw)) {
    issues.push({ path: section, message: 'must be a map of id to entry' });
    return entries;
  }
  for (const id of Object.keys(raw)) {
    const path = `${section}.${id}`;
    // The id pattern already refuses `__proto__`; these two it allows elsewhere (award ids in a partner).
    if (!is(key, id) || id === 'constructor' || id === 'prototype') {
      issues.push({ path, message: keyMessage });
      continue;
    }
    const entry = check(path, raw[id], typeof schema == 'function' ? schema(id) : schema, issues);
    if (entry !== undefined) entries.set(id, entry);
  }
  return entries;
};

/**
 * `raw` without the keys `keys`, and those keys' values: parts checked on their own, so that a fault in
 * one (a profile link, the share counter, another country's hotline) leaves the rest of its object usable.
 */
const detach = (raw: unknown, ...keys: string[]): [rest: unknown, parts: Record<string, unknown>] => {
  if (!isPlainObject(raw)) return [raw, {}];
  const rest = { ...raw };
  const parts: Record<string, unknown> = {};
  for (const key of keys) {
    parts[key] = rest[key];
    delete rest[key];
  }
  return [rest, parts];
};

/** A profile by its own rule (a Mastodon account, a link); a name not known yet as a link, which the share bar skips. */
const profileSchema = (name: string): Schema<string> =>
  (Object.hasOwn(ProfilesSchema.entries, name) ? ProfilesSchema.entries[name as keyof typeof ProfilesSchema.entries] : LinkSchema) as Schema<string>;

const validateSection = <T>(name: string, raw: unknown, schema: Schema<T>, issues: ConfigIssue[]): T | undefined =>
  raw === undefined ? undefined : check(name, raw, schema, issues);

/** Report fields whose fault drops only the field (or the one hotline), never the section: the button keeps its default hotline. */
const REPORT_EXTRAS = ['country', 'partnerCountry', 'exitUrl'] as const;

/** The report section: its own hotline must be valid; a fault in the other countries' hotlines or the extras drops only them. */
function validateReport(raw: unknown, issues: ConfigIssue[]): Report | undefined {
  const [own, parts] = detach(raw, 'hotlines', ...REPORT_EXTRAS);
  const report = validateSection('report', own, ReportSchema, issues);
  if (!report) return undefined;
  for (const key of REPORT_EXTRAS) {
    const value = validateSection(`report.${key}`, parts[key], ReportSchema.entries[key], issues);
    if (value !== undefined) Object.assign(report, { [key]: value });
  }
  const hotlines = validateEntries('report.hotlines', parts.hotlines, HotlineSchema, issues, CountrySchema, COUNTRY_MESSAGE);
  if (hotlines.size) report.hotlines = Object.assign(Object.create(null) as Record<string, Hotline>, Object.fromEntries(hotlines));
  return report;
}

/**
 * Validates a parsed JSON value. Only `version` and `organization` can fail the whole config;
 * every other fault drops just its section or entry and is listed in `issues`.
 */
export function validateConfig(raw: unknown): ValidationResult {
  if (!isPlainObject(raw)) {
    return { ok: false, issues: [{ path: '(root)', message: 'must be a JSON object' }] };
  }
  const fatal: ConfigIssue[] = [];
  check('version', own(raw, 'version'), VersionSchema, fatal);
  const [organizationRaw, { profiles: profilesRaw }] = detach(own(raw, 'organization'), 'profiles');
  const organization =
    organizationRaw === undefined
      ? void fatal.push({ path: 'organization', message: 'is required' })
      : check('organization', organizationRaw, OrganizationSchema, fatal);
  if (!organization || fatal.length) return { ok: false, issues: fatal };

  const issues: ConfigIssue[] = [];
  // A badge links only to pages on the organization's site, the one that serves the config.
  const site = hostOf(organization.url);
  const offSite = (path: string, url: string | undefined): boolean =>
    !!url && !onSite(hostOf(url), site) && !!issues.push({ path, message: `${OFF_SITE} "${site}"` });
  if (offSite('organization.partnersUrl', organization.partnersUrl)) delete organization.partnersUrl;
  if (profilesRaw !== undefined) organization.profiles = Object.fromEntries(validateEntries('organization.profiles', profilesRaw, profileSchema, issues));
  const partners = validateEntries('partners', own(raw, 'partners'), PartnerSchema, issues);
  for (const [id, partner] of partners) if (offSite(`partners.${id}.verifyUrl`, partner.verifyUrl)) partners.delete(id);
  const awards = validateEntries('awards', own(raw, 'awards'), AwardSchema, issues);
  // The counter learns which pages are shared: only the organization's own site may be told.
  const [shareRaw, { counter: counterRaw }] = detach(own(raw, 'share'), 'counter');
  const share = validateSection('share', shareRaw, ShareSchema, issues);
  const counter = validateSection('share.counter', counterRaw, LinkSchema, issues);
  if (share && counter && !offSite('share.counter', counter)) share.counter = counter;
  const config: ValidatedConfig = {
    version: 1,
    organization,
    partners,
    awards,
    share,
    report: validateReport(own(raw, 'report'), issues),
    strings: validateSection('strings', own(raw, 'strings'), StringsSchema, issues) ?? Object.create(null),
    issues,
  };
  return { ok: true, config };
}

/** The issues that concern one path or anything under it (`partners.telenor`). */
export function issuesAt(config: ValidatedConfig, path: string): ConfigIssue[] {
  return config.issues.filter((i) => i.path === path || i.path.startsWith(`${path}.`));
}

export const formatIssue = (issue: ConfigIssue): string => `${issue.path}: ${issue.message}`;

/**
 * Why the entry at `path` is absent from a validated config: its own issues, under `invalid`, or
 * none, under `missing` with `message` (`share: the config has no share section`).
 */
export function absence(config: ValidatedConfig, path: string, invalid: CsrErrorCode, missing: CsrErrorCode, message: string): CsrProblem {
  const issues = issuesAt(config, path);
  return issues.length ? problem(invalid, issues.map(formatIssue).join('; ')) : problem(missing, `${path}: ${message}`);
}
