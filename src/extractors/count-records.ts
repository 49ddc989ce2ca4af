/** The records of a language's placed drone counts: one per count and region, a count the text restates for the same
 *  region written once, and a headline's count the body gives again left to the body (with the body's region). */
import { sentenceOf, withEvidence, type Doc } from '../document.js';
import type { Sentence } from '../text/sentences.js';
import type { DroneCountRecord } from '../types.js';
import { headlineOf } from './headline.js';

export interface PlacedCount {
  f: { start: number; end: number; count: number };
  codes: (string | null)[];
}

/** What a language's rules say of one count, beside its number, region and evidence. */
export type CountFields = Pick<DroneCountRecord, 'action' | 'qualifier' | 'claimant' | 'rule' | 'confidence'>;

export function countRecords<P extends PlacedCount>(doc: Doc, placed: readonly P[], fields: (p: P, sentence: Sentence) => CountFields): DroneCountRecord[] {
  const headline = headlineOf(doc);
  const inBody = new Set<number>();
  for (const p of placed) if (!headline || p.f.start >= headline.end) inBody.add(p.f.count);
  const records: DroneCountRecord[] = [];
  /** The regions each count has been written for. */
  const written = new Map<number, Set<string | null>>();
  for (const p of placed) {
    const { f, codes } = p;
    if (headline && f.start < headline.end && inBody.has(f.count)) continue;
    const sentence = sentenceOf(doc, f.start);
    let regions = written.get(f.count);
    if (!regions) written.set(f.count, (regions = new Set()));
    for (const region of codes) {
      if (regions.has(region)) continue;
      regions.add(region);
      const { action, qualifier, claimant, rule, confidence } = fields(p, sentence);
      records.push(withEvidence({ type: 'drone_count', count: f.count, region, action, qualifier, date: null, claimant }, doc, f.start, f.end, rule, confidence));
    }
  }
  return records;
}
