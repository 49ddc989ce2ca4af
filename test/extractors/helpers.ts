/** Runs the public `extract` on a sentence and reduces its records to the plain values the tables compare.
 *  Every run also checks the evidence contract, so each table row tests spans too. */
import { expect } from 'vitest';
import { extract } from '../../src/extract.js';
import type { Article, ExtractedRecord, RecordType } from '../../src/types.js';

export type Of<T extends RecordType> = Extract<ExtractedRecord, { type: T }>;

/** input.slice(start, end) === text, 0 <= confidence <= 1, sentence a non-negative integer. */
export function expectEvidence(input: string, article: Article): void {
  for (const r of article.records) {
    expect(input.slice(r.start, r.end), `${r.type} ${r.rule}`).toBe(r.text);
    expect(r.start).toBeLessThanOrEqual(r.end);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(Number.isInteger(r.sentence) && r.sentence >= 0, `sentence ${r.sentence}`).toBe(true);
  }
}

export function run(text: string, referenceDate: string | null = null): Article {
  const article = extract(text, { referenceDate });
  expectEvidence(text, article);
  return article;
}

export function recordsOf<T extends RecordType>(text: string, type: T, referenceDate: string | null = null): Of<T>[] {
  return run(text, referenceDate).records.filter((r): r is Of<T> => r.type === type);
}

/** Codes of region records, sorted; RU and UA dropped as the scorer drops them (corpus/FORMAT.md). */
export const regionCodes = (text: string): string[] =>
  recordsOf(text, 'region').map((r) => r.code).filter((c) => c !== 'RU' && c !== 'UA').sort();

export const places = (text: string): [string, string | null][] => recordsOf(text, 'place').map((p) => [p.name, p.region]);

/** (count, region) in text order. */
export const counts = (text: string, referenceDate: string | null = null): [number, string | null][] =>
  recordsOf(text, 'drone_count', referenceDate).map((c) => [c.count, c.region]);

/** Values of absolute dates, as the scorer reads them. */
export const absoluteDates = (text: string, referenceDate: string | null = null): string[] =>
  recordsOf(text, 'date', referenceDate).filter((d) => d.kind === 'absolute').map((d) => d.value);

export const officials = (text: string, referenceDate: string | null = null): [string, string | null][] =>
  recordsOf(text, 'official', referenceDate).map((o) => [o.name, o.region]);

/** (object, effect, count), sorted so the order of clauses does not matter. */
export const damage = (text: string): [string, string, number | null][] =>
  recordsOf(text, 'damage')
    .map((d): [string, string, number | null] => [d.object, d.effect, d.count])
    .sort((a, b) => `${a[0]}/${a[1]}`.localeCompare(`${b[0]}/${b[1]}`));

/** The toll as the scorer reads it: the largest killed and largest injured over all records; null when none. */
export function toll(text: string): { killed: number; injured: number } | null {
  const records = recordsOf(text, 'casualties');
  if (!records.length) return null;
  return { killed: Math.max(...records.map((r) => r.killed)), injured: Math.max(...records.map((r) => r.injured)) };
}
