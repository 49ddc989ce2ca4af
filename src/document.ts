/** What every extractor reads: the text, its sentences, and the places named in it. Built once per article (see
 *  extract.ts).
 *  Lookups by offset are binary searches, so an article of any length costs n log n, never n². */
import { findLocations, type LocationMention } from './gazetteer/find.js';
import { notHere } from './gazetteer/not-here.js';
import { asciiLettersOnly } from './text/ascii.js';
import { sentenceAt, type Sentence } from './text/sentences.js';
import type { Evidence, Language } from './types.js';

export interface Doc {
  text: string;
  sentences: Sentence[];
  /** Sorted by start. */
  locations: LocationMention[];
  /** YYYY-MM-DD, from the options or the article's dateline; null when neither gives one. */
  referenceDate: string | null;
  /** Whether every letter of the text is ASCII (`asciiLettersOnly`): its patterns may then run without the u flag. */
  ascii: boolean;
  /** The article's language: a language's own rules (Russian dates, number words) run only on its articles. */
  language: Language;
}

/** The location mentions of a text, administrative units placed in their regions. */
export function findPlaces(text: string, ascii = asciiLettersOnly(text)): LocationMention[] {
  return placeUnits(findLocations(text, ascii).filter((m) => !notHere(text, m)));
}

/** A mention that says which region something is in: a region or place with a code, not a country. */
const isRegional = (l: LocationMention) => l.code !== null && l.code.length > 2;

/** An administrative unit the gazetteer does not know ("the Dniprovskyi district") lies in the region last named
 *  before it, or failing that the first named after it. */
function placeUnits(locations: LocationMention[]): LocationMention[] {
  const next: (string | null)[] = new Array(locations.length).fill(null);
  for (let i = locations.length - 2; i >= 0; i--) next[i] = isRegional(locations[i + 1]) ? locations[i + 1].code : next[i + 1];
  let last: string | null = null;
  return locations.map((l, i) => {
    const code = last ?? next[i];
    if (isRegional(l)) last = l.code;
    if (l.kind !== 'place' || l.code !== null || !code) return l;
    return { ...l, code, confidence: Math.min(l.confidence, 0.6) };
  });
}

/** The sentence holding an offset. */
export function sentenceOf(doc: Doc, offset: number): Sentence {
  return doc.sentences[sentenceAt(doc.sentences, offset)] ?? { index: 0, start: 0, end: doc.text.length, text: doc.text };
}

/** `fields` with the evidence fields for a span of the input added after them (text, start, end, sentence,
 *  confidence, rule): the record `{ ...fields, ...evidence }` without building and copying a second object (a spread
 *  after literal keys is a runtime copy: 130 -> 40 ns a record, 2026-11-26). Every extractor builds its records so. */
export function withEvidence<T extends object>(fields: T, doc: Doc, start: number, end: number, rule: string, confidence: number): T & Evidence {
  const record = fields as T & Evidence;
  record.text = doc.text.slice(start, end);
  record.start = start;
  record.end = end;
  record.sentence = sentenceAt(doc.sentences, start);
  record.confidence = confidence;
  record.rule = rule;
  return record;
}

/** The index of the first item whose start is >= offset, in a list sorted by start. */
export function firstAtOrAfter<T extends { start: number }>(items: readonly T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Location mentions inside [start, end). */
export function locationsIn(doc: Doc, start: number, end: number): LocationMention[] {
  const out: LocationMention[] = [];
  for (let i = firstAtOrAfter(doc.locations, start); i < doc.locations.length && doc.locations[i].start < end; i++) {
    if (doc.locations[i].end <= end) out.push(doc.locations[i]);
  }
  return out;
}

const regionalCache = new WeakMap<LocationMention[], LocationMention[]>();

/** The regional mentions of a document, computed once. */
export function regionalMentions(doc: Doc): LocationMention[] {
  let list = regionalCache.get(doc.locations);
  if (!list) {
    list = doc.locations.filter(isRegional);
    regionalCache.set(doc.locations, list);
  }
  return list;
}

/** The region in force at an offset: the closest region or place mention before it (in the text), else the first after. */
export function regionInForce(doc: Doc, offset: number): string | null {
  const list = regionalMentions(doc);
  const i = firstAtOrAfter(list, offset);
  return (list[i - 1] ?? list[i])?.code ?? null;
}
