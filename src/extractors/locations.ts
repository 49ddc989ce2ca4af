/** Region and place records from the gazetteer's mentions, one per region code and one per place. */
import { evidence, type Doc } from '../document.js';
import type { LocationMention } from '../gazetteer/find.js';
import { gazetteer } from '../gazetteer/data.js';
import type { PlaceRecord, RegionRecord } from '../types.js';

// "SEVASTOPOL, May 7 —", "MOSCOW (Reuters) -": where the report was filed, not where anything happened.
const DATELINE_AFTER = /^(?:,|[ \t]*[—–(-])/;
const isDateline = (doc: Doc, m: LocationMention) =>
  m.text === m.text.toUpperCase() && /\p{Lu}{3}/u.test(m.text) && (m.start === 0 || /(?:^|\n)\s*$/.test(doc.text.slice(Math.max(0, m.start - 40), m.start))) && DATELINE_AFTER.test(doc.text.slice(m.end, m.end + 3));

export function extractRegions(doc: Doc, mentions: readonly LocationMention[]): RegionRecord[] {
  const seen = new Set<string>();
  const records: RegionRecord[] = [];
  for (const m of mentions) {
    if (m.kind !== 'region' || m.code === null || seen.has(m.code) || isDateline(doc, m)) continue;
    seen.add(m.code);
    const entry = gazetteer().regions.get(m.code);
    records.push({ type: 'region', code: m.code, name: entry?.name ?? m.name, country: entry?.country ?? null, ...evidence(doc, m.start, m.end, m.rule, m.confidence) });
  }
  return records;
}

export function extractPlaces(doc: Doc, mentions: readonly LocationMention[]): PlaceRecord[] {
  const seen = new Set<string>();
  const records: PlaceRecord[] = [];
  for (const m of mentions) {
    if (m.kind !== 'place' || isDateline(doc, m)) continue;
    const key = m.name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    records.push({ type: 'place', name: m.name, region: m.code, ...evidence(doc, m.start, m.end, m.rule, m.confidence) });
  }
  return records;
}
