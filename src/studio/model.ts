/**
 * The studio's edits on the config as the NGO wrote it: the parsed JSON itself, so that unknown keys,
 * `$comment` and the order of keys stay as they were. Each edit returns a new object and leaves the
 * old one alone (undo keeps the old ones). No DOM or Node APIs.
 */
import { IdSchema, type PartnerStatus } from '../config/schema.js';
import { is } from '../config/kit.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

/** A dotted path (`partners.telenor.status`) as its keys. */
export const keysOf = (path: string): string[] => path.split('.');

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The value at `path`, or `undefined`. */
export function getAt(data: Json, path: string): Json | undefined {
  let at: Json | undefined = data;
  for (const key of keysOf(path)) {
    if (!isObject(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * `data` with the value at `path` set (`undefined` removes the key). Objects on the way are copied
 * with their keys in order; a new key goes last; missing objects on the way are made.
 */
export function setAt(data: JsonObject, path: string, value: Json | undefined): JsonObject {
  const [key, ...rest] = keysOf(path);
  const copy: JsonObject = { ...data };
  if (rest.length) {
    const inner = isObject(data[key]) ? (data[key] as JsonObject) : {};
    copy[key] = setAt(inner, rest.join('.'), value);
  } else if (value === undefined) delete copy[key];
  else copy[key] = value;
  return copy;
}

/** An id made from a name: lower case, letters a–z and digits, words joined by `-` (`Telenor Sverige` → `telenor-sverige`). */
export function idFromName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ø/gi, 'o')
    .replace(/æ/gi, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/, '');
}

/** Why `id` cannot be a new key in the map at `section` (`partners`), or `undefined` when it can. */
export function idProblem(data: JsonObject, section: 'partners' | 'awards', id: string): 'empty' | 'pattern' | 'taken' | undefined {
  if (!id) return 'empty';
  if (!is(IdSchema, id) || id === 'constructor' || id === 'prototype') return 'pattern';
  const map = getAt(data, section);
  return isObject(map) && Object.hasOwn(map, id) ? 'taken' : undefined;
}

/** The one-click changes of a partner's standing. */
export type PartnerAction = 'renew' | 'suspend' | 'end' | 'reactivate';

/** `YYYY-MM-DD` of a date, in UTC like the widgets' check of `validUntil`. */
export const isoDay = (date: Date): string => date.toISOString().slice(0, 10);

/** A year after `from` (`2026-02-28` → `2027-02-28`; 29 February → 28 February). */
export function yearOn(from: string): string {
  const [y, m, d] = from.split('-').map(Number);
  const date = new Date(Date.UTC(y + 1, m - 1, d));
  if (date.getUTCMonth() !== m - 1) date.setUTCDate(0);
  return isoDay(date);
}

/**
 * What an action changes in partner `id`: renew sets `validUntil` a year on from the later of
 * today and the current `validUntil` (and makes the partner active); suspend, end and reactivate
 * set `status`.
 */
export function partnerActionChanges(partner: JsonObject, action: PartnerAction, today: string): JsonObject {
  switch (action) {
    case 'renew': {
      const current = typeof partner.validUntil === 'string' && partner.validUntil > today ? partner.validUntil : today;
      return { status: 'active', validUntil: yearOn(current) };
    }
    case 'suspend':
      return { status: 'suspended' };
    case 'end':
      return { status: 'ended' };
    case 'reactivate':
      return { status: 'active' };
  }
}

export function applyPartnerAction(data: JsonObject, id: string, action: PartnerAction, today: string): JsonObject {
  const partner = getAt(data, `partners.${id}`);
  if (!isObject(partner)) return data;
  let next = data;
  for (const [key, value] of Object.entries(partnerActionChanges(partner, action, today))) next = setAt(next, `partners.${id}.${key}`, value);
  return next;
}

/** The actions that apply to a partner with this status. */
export function actionsFor(status: PartnerStatus | string | undefined): PartnerAction[] {
  if (status === 'active') return ['renew', 'suspend', 'end'];
  return ['reactivate', 'renew'];
}
