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
  const inBody = new Set(placed.filter((p) => !headline || p.f.start >= headline.end).map((p) => p.f.count));
  const records: DroneCountRecord[] = [];
  const seen = new Set<string>();
  for (const p of placed) {
    const { f, codes } = p;
    if (headline && f.start < headline.end && inBody.has(f.count)) continue;
    const sentence = sentenceOf(doc, f.start);
    for (const region of codes) {
      const key = `${f.count}@${region}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const { action, qualifier, claimant, rule, confidence } = fields(p, sentence);
      records.push(withEvidence({ type: 'drone_count', count: f.count, region, action, qualifier, date: null, claimant }, doc, f.start, f.end, rule, confidence));
    }
  }
  return records;
}
