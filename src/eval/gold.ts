/** The gold annotation of one case (NAME.gold.json), as FORMAT.md describes it. */

import { DAMAGE_EFFECTS, DAMAGE_OBJECTS } from '../types.js';

export interface Gold {
  source_url: string | null;
  language: string;
  reference_date: string | null;
  regions: string[];
  places: { name: string; region: string | null }[];
  drone_counts: { count: number; region: string | null }[];
  dates: string[];
  officials: { name: string; title: string; region: string | null }[];
  damage: { object: string; count: number | null; effect: string }[];
  casualties: { killed: number; injured: number } | null;
}

// "RU-BRY", "UA-43", "BY", "SEA:azov"
const REGION = /^(?:[A-Z]{2}(?:-[A-Z0-9]{1,3})?|SEA:[a-z]+)$/;
// "2024-02-20", "XXXX-12-13" (year not derivable)
const DATE = /^(?:\d{4}|XXXX)-\d{2}-\d{2}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(path: string, expected: string, value: unknown): never {
  const got = value === undefined ? 'nothing' : JSON.stringify(value);
  throw new Error(`gold ${path}: expected ${expected}, got ${got}`);
}

/** A plain object with exactly these keys: a misspelt key is an annotation error, not something to ignore. */
function object(value: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
  const record = value as Record<string, unknown>;
  for (const key of keys) if (!(key in record)) throw new Error(`gold ${path}: missing key "${key}"`);
  for (const key of Object.keys(record)) {
    if (!keys.includes(key)) throw new Error(`gold ${path}: unknown key "${key}" (expected ${keys.join(', ')})`);
  }
  return record;
}

function array<T>(value: unknown, path: string, item: (value: unknown, path: string) => T): T[] {
  if (!Array.isArray(value)) fail(path, 'an array', value);
  return value.map((v, i) => item(v, `${path}[${i}]`));
}

function string(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.trim() === '') fail(path, 'a non-empty string', value);
  return value;
}

function matching(pattern: RegExp, what: string) {
  return (value: unknown, path: string): string => {
    if (typeof value !== 'string' || !pattern.test(value)) fail(path, what, value);
    return value;
  };
}

function orNull<T>(item: (value: unknown, path: string) => T) {
  return (value: unknown, path: string): T | null => (value === null ? null : item(value, path));
}

function oneOf<T extends string>(values: readonly T[]) {
  return (value: unknown, path: string): T => {
    if (!values.includes(value as T)) fail(path, `one of ${values.join(', ')}`, value);
    return value as T;
  };
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) fail(path, 'a non-negative integer', value);
  return value;
}

const region = matching(REGION, 'a region code like "RU-BRY", "UA-43", "BY" or "SEA:black"');
const date = matching(DATE, 'a date like "2024-02-20" or "XXXX-12-13"');
const isoDate = matching(ISO_DATE, 'a date like "2024-02-20"');

const TOP_KEYS = ['source_url', 'language', 'reference_date', 'regions', 'places', 'drone_counts', 'dates', 'officials', 'damage', 'casualties'] as const;

/** Parse and validate gold JSON text; throws Error with a clear message naming what is wrong. */
export function parseGold(json: string): Gold {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new Error(`gold: not valid JSON (${(error as Error).message})`);
  }
  const g = object(data, '(top level)', TOP_KEYS);
  return {
    source_url: orNull(string)(g.source_url, 'source_url'),
    language: string(g.language, 'language'),
    reference_date: orNull(isoDate)(g.reference_date, 'reference_date'),
    regions: array(g.regions, 'regions', region),
    places: array(g.places, 'places', (v, p) => {
      const o = object(v, p, ['name', 'region']);
      return { name: string(o.name, `${p}.name`), region: orNull(region)(o.region, `${p}.region`) };
    }),
    drone_counts: array(g.drone_counts, 'drone_counts', (v, p) => {
      const o = object(v, p, ['count', 'region']);
      return { count: count(o.count, `${p}.count`), region: orNull(region)(o.region, `${p}.region`) };
    }),
    dates: array(g.dates, 'dates', date),
    officials: array(g.officials, 'officials', (v, p) => {
      const o = object(v, p, ['name', 'title', 'region']);
      return { name: string(o.name, `${p}.name`), title: string(o.title, `${p}.title`), region: orNull(region)(o.region, `${p}.region`) };
    }),
    damage: array(g.damage, 'damage', (v, p) => {
      const o = object(v, p, ['object', 'count', 'effect']);
      return {
        object: oneOf(DAMAGE_OBJECTS)(o.object, `${p}.object`),
        count: orNull(count)(o.count, `${p}.count`),
        effect: oneOf(DAMAGE_EFFECTS)(o.effect, `${p}.effect`),
      };
    }),
    casualties: orNull((v, p) => {
      const o = object(v, p, ['killed', 'injured']);
      return { killed: count(o.killed, `${p}.killed`), injured: count(o.injured, `${p}.injured`) };
    })(g.casualties, 'casualties'),
  };
}
