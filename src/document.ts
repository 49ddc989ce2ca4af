/** What every extractor reads: the text, its sentences, and the places named in it. Built once per article. */
import { findLocations, type LocationMention } from './gazetteer/find.js';
import { sentenceAt, splitSentences, type Sentence } from './text/sentences.js';
import type { Evidence } from './types.js';

export interface Doc {
  text: string;
  sentences: Sentence[];
  locations: LocationMention[];
  /** YYYY-MM-DD, from the options or the article's dateline; null when neither gives one. */
  referenceDate: string | null;
}

export function buildDoc(text: string, referenceDate: string | null): Doc {
  return { text, sentences: splitSentences(text), locations: placeUnits(findLocations(text)), referenceDate };
}

/** An administrative unit the gazetteer does not know ("the Dniprovskyi district") lies in the region last named
 *  before it, or failing that the first named after it. */
function placeUnits(locations: LocationMention[]): LocationMention[] {
  return locations.map((l, i) => {
    if (l.kind !== 'place' || l.code !== null) return l;
    const before = locations.slice(0, i).reverse().find((o) => o.code && o.code.length > 2);
    const after = locations.slice(i + 1).find((o) => o.code && o.code.length > 2);
    const code = (before ?? after)?.code ?? null;
    return code ? { ...l, code, confidence: Math.min(l.confidence, 0.6) } : l;
  });
}

/** The evidence fields for a span of the input. */
export function evidence(doc: Doc, start: number, end: number, rule: string, confidence: number): Evidence {
  return { text: doc.text.slice(start, end), start, end, sentence: sentenceAt(doc.sentences, start), confidence, rule };
}

/** Location mentions inside [start, end). */
export function locationsIn(doc: Doc, start: number, end: number): LocationMention[] {
  return doc.locations.filter((l) => l.start >= start && l.end <= end);
}

/** The region in force at an offset: the closest region or place mention before it (in the text), else the first after. */
export function regionInForce(doc: Doc, offset: number): string | null {
  let before: string | null = null;
  for (const l of doc.locations) {
    if (l.code === null || l.kind === 'region' && l.code.length === 2) continue;
    if (l.start >= offset) return before ?? l.code;
    before = l.code;
  }
  return before;
}
