/** Scoring of extractor records against gold, as the "Scoring" section of FORMAT.md defines it. Pure. */

import type { ExtractedRecord, RecordType } from '../types.js';
import type { Gold } from './gold.js';

export const FIELDS = ['regions', 'drone_counts', 'dates', 'officials', 'damage'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldCounts {
  tp: number;
  fp: number;
  fn: number;
}

/** item: a readable key like "RU-BRY", "24@RU-BRY", "94@total", "gladkov@RU-BEL", "residential/windows". */
export interface Miss {
  field: Field;
  item: string;
}

export interface Casualties {
  killed: number;
  injured: number;
}

export interface CaseScore {
  name: string;
  fields: Record<Field, FieldCounts>;
  /** In gold, not found. */
  misses: Miss[];
  /** Found, not in gold. */
  falseHits: Miss[];
  /** correct is null when gold is null: the case does not count for casualties. */
  casualties: { gold: Casualties | null; got: Casualties | null; correct: boolean | null };
}

export interface FieldScore extends FieldCounts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Summary {
  cases: number;
  fields: Record<Field, FieldScore>;
  micro: FieldScore;
  casualties: { correct: number; total: number; accuracy: number };
}

// Scoring ignores the RU and UA country codes (FORMAT.md, "Conventions").
const IGNORED_REGIONS = new Set(['RU', 'UA']);
const scoredRegion = (code: string) => !IGNORED_REGIONS.has(code);

/** "Razvozhayev" and "RAZVOZHAYEV," -> "razvozhayev"; "Gladkóv" -> "gladkov". */
export function surname(name: string): string {
  const folded = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '');
  const words = folded.split(/\s+/).filter((w) => w !== '');
  return words[words.length - 1] ?? '';
}

// One key function per field serves both sides, so gold and records can only differ in their values.
const droneCountKey = (c: { count: number; region: string | null }) => `${c.count}@${c.region ?? 'total'}`;
const officialKey = (o: { name: string; region: string | null }) => `${surname(o.name)}@${o.region ?? 'null'}`;
const damageKey = (d: { object: string; effect: string }) => `${d.object}/${d.effect}`;

function ofType<T extends RecordType>(records: ExtractedRecord[], type: T): Extract<ExtractedRecord, { type: T }>[] {
  return records.filter((r): r is Extract<ExtractedRecord, { type: T }> => r.type === type);
}

const notNull = <T>(value: T | null): value is T => value !== null;

interface KeySides {
  got: (records: ExtractedRecord[]) => string[];
  gold: (gold: Gold) => string[];
}

const KEYS = {
  regions: {
    // A place record names its region too: "Starodub" -> RU-BRY.
    got: (records) =>
      [...ofType(records, 'region').map((r) => r.code), ...ofType(records, 'place').map((p) => p.region).filter(notNull)].filter(scoredRegion),
    gold: (gold) => [...gold.regions, ...gold.places.map((p) => p.region).filter(notNull)].filter(scoredRegion),
  },
  drone_counts: {
    got: (records) => ofType(records, 'drone_count').map(droneCountKey),
    gold: (gold) => gold.drone_counts.map(droneCountKey),
  },
  dates: {
    // "last night", "on Tuesday" resolve to relative dates; gold lists explicit calendar dates only.
    got: (records) => ofType(records, 'date').filter((d) => d.kind === 'absolute').map((d) => d.value),
    gold: (gold) => gold.dates,
  },
  officials: {
    got: (records) => ofType(records, 'official').map(officialKey),
    gold: (gold) => gold.officials.map(officialKey),
  },
  damage: {
    got: (records) => ofType(records, 'damage').map(damageKey),
    gold: (gold) => gold.damage.map(damageKey),
  },
} satisfies Record<Field, KeySides>;

/** Largest killed and largest injured over all casualties records; null when there are none. */
function casualtiesGot(records: ExtractedRecord[]): Casualties | null {
  const found = ofType(records, 'casualties');
  if (found.length === 0) return null;
  return { killed: Math.max(...found.map((c) => c.killed)), injured: Math.max(...found.map((c) => c.injured)) };
}

/** Score one case: extractor records against gold. Pure. */
export function scoreCase(name: string, records: ExtractedRecord[], gold: Gold): CaseScore {
  const misses: Miss[] = [];
  const falseHits: Miss[] = [];
  const fields = {} as Record<Field, FieldCounts>;
  for (const field of FIELDS) {
    const got = new Set(KEYS[field].got(records));
    const want = new Set(KEYS[field].gold(gold));
    const counts: FieldCounts = { tp: 0, fp: 0, fn: 0 };
    for (const item of want) {
      if (got.has(item)) {
        counts.tp++;
      } else {
        counts.fn++;
        misses.push({ field, item });
      }
    }
    for (const item of got) {
      if (want.has(item)) continue;
      counts.fp++;
      falseHits.push({ field, item });
    }
    fields[field] = counts;
  }
  const got = casualtiesGot(records);
  const correct = gold.casualties === null ? null : got !== null && got.killed === gold.casualties.killed && got.injured === gold.casualties.injured;
  return { name, fields, misses, falseHits, casualties: { gold: gold.casualties, got, correct } };
}

/** Nothing expected and nothing found scores 1; any other zero denominator scores 0. */
export function fieldScore({ tp, fp, fn }: FieldCounts): FieldScore {
  if (tp + fp + fn === 0) return { tp, fp, fn, precision: 1, recall: 1, f1: 1 };
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

function sum(counts: FieldCounts[]): FieldCounts {
  return counts.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
}

/** Micro-average over cases (sum tp/fp/fn per field; micro over all five fields together). */
export function summarize(cases: CaseScore[]): Summary {
  const perField = Object.fromEntries(FIELDS.map((f) => [f, sum(cases.map((c) => c.fields[f]))])) as Record<Field, FieldCounts>;
  const fields = Object.fromEntries(FIELDS.map((f) => [f, fieldScore(perField[f])])) as Record<Field, FieldScore>;
  const counted = cases.filter((c) => c.casualties.correct !== null);
  const correct = counted.filter((c) => c.casualties.correct === true).length;
  return {
    cases: cases.length,
    fields,
    micro: fieldScore(sum(FIELDS.map((f) => perField[f]))),
    // No case with gold casualties: vacuously right, like a field with nothing expected and nothing found.
    casualties: { correct, total: counted.length, accuracy: counted.length === 0 ? 1 : correct / counted.length },
  };
}
