/** Drone counts: "94 Ukrainian drones", "41 over Crimea, 24 in Bryansk Oblast", "Eight drones each were downed over
 *  the Voronezh and Saratov regions", "the Samara region accounted for 20 of them", "a drone", "all 18 Shaheds". */
import { loadData } from '../data/load.js';
import { evidence, regionInForce, type Doc } from '../document.js';
import type { LocationMention } from '../gazetteer/find.js';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.js';
import type { Action, DroneCountRecord, Qualifier } from '../types.js';

interface DroneWords {
  drone_nouns: string[];
  not_after_noun: string[];
  vehicle_words: string[];
  tying_prepositions: string[];
  breakdown_verbs: string[];
  actions: Record<Exclude<Action, 'unknown'>, string[]>;
  qualifiers: Record<Exclude<Qualifier, 'exact'>, string[]>;
  claimants: { pattern: string; name: string }[];
}

const W = loadData<DroneWords>('drone-words.json');
const alt = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).join('|');
const NOUN = `(?:${alt(W.drone_nouns)})`;
const MODS = `(?:(?:${alt(W.vehicle_words)})[ \\t]+){0,3}`;
const NOT_AFTER = `(?![ \\t]+(?:${alt(W.not_after_noun)})(?![\\p{L}-]))`;

export const DRONE_NOUN = new RegExp(`(?<![\\p{L}-])${NOUN}(?![\\p{L}-])`, 'iu');
/** "94 Ukrainian drones", "18 Shahed attack drones", "two dozen UAVs". */
const NUMBER_NOUN = new RegExp(`(?<![\\p{L}\\d.,-])(?<num>${NUMBER_SOURCE})[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?${MODS}(?<noun>${NOUN})(?![\\p{L}-])${NOT_AFTER}(?<each>[ \\t]+each)?`, 'giu');
/** "a drone", "an enemy Shahed", "one more drone", "another UAV": one. */
const ONE_NOUN = new RegExp(`(?<![\\p{L}-])(?<num>an?|another|one[ \\t]+more)[ \\t]+${MODS}(?<noun>(?:${alt(W.drone_nouns.map((n) => n.replace(/s\?$/, '')))}))(?![\\p{L}-])${NOT_AFTER}`, 'giu');
/** "more than ten of them", "five of which", "Six each", "41 over Crimea", "24 were downed in Bryansk Oblast". */
const BARE_NUMBER = new RegExp(`(?<![\\p{L}\\d.,:-])(?<num>${NUMBER_SOURCE})(?<tail>[ \\t]+(?:of[ \\t]+(?:them|which|these|those)|each)|(?=[ \\t—–-]+(?:(?:${alt(W.breakdown_verbs)})[ \\t]+){0,4}(?:${alt(W.tying_prepositions)})[ \\t]))`, 'giu');
const TYING = new RegExp(`(?:^|[\\s—–-])(?<prep>${alt(W.tying_prepositions)})[ \\t]+(?:the[ \\t]+)?$`, 'iu');
const FROM_BEFORE = /\bfrom[ \t]+(?:the[ \t]+)?(?:temporarily[ \t]+)?(?:occupied[ \t]+)?$/i;
const ANAPHORA = /^[ \t]*(?:over|in|above|across)[ \t]+(?:the|this|his|her|our)[ \t]+(?:region|oblast|city|district|republic|area)\b/i;
const SPEECH = /\b(?:said|says|reported|reports|wrote|writes|told|announced|claimed|stated|added|according)\b/i;
const QUALIFIER_BEFORE = Object.entries(W.qualifiers).map(([q, words]) => [q as Qualifier, new RegExp(`\\b(?:${alt(words)})[ \\t]+$`, 'i')] as const);
const ACTION_WORDS = Object.entries(W.actions).map(([a, words]) => [a as Action, new RegExp(`\\b(?:${alt(words)})\\b`, 'gi')] as const);
const CLAIMANTS = W.claimants.map((c) => ({ name: c.name, pattern: new RegExp(`\\b${c.pattern}\\b`) }));

/** How far a count's region may lie after it: up to the next number or clause end. */
const WINDOW = 90;

export interface CountContext {
  /** Officials found in the article, for claimants: name and span. */
  officials: { name: string; start: number; end: number }[];
}

function qualifierOf(before: string): Qualifier {
  for (const [q, pattern] of QUALIFIER_BEFORE) if (pattern.test(before)) return q;
  return 'exact';
}

/** The action verb closest to the count within its sentence. */
function actionOf(sentence: string, at: number): Action {
  let best: Action = 'unknown';
  let bestDistance = Infinity;
  for (const [action, pattern] of ACTION_WORDS) {
    pattern.lastIndex = 0;
    for (const m of sentence.matchAll(pattern)) {
      const d = Math.abs(m.index - at);
      if (d < bestDistance) [best, bestDistance] = [action, d];
    }
  }
  return best;
}

/** Consecutive region mentions joined only by commas and "and": "the Voronezh and Saratov regions". */
function groupFrom(locations: LocationMention[], first: number, text: string): LocationMention[] {
  const group = [locations[first]];
  for (let i = first + 1; i < locations.length; i++) {
    const gap = text.slice(group[group.length - 1].end, locations[i].start);
    if (!/^(?:,?[ \t]*(?:and|or)?[ \t]*|,[ \t]*)$/.test(gap)) break;
    group.push(locations[i]);
  }
  return group;
}

const countable = (l: LocationMention) => l.code !== null && l.code !== 'RU' && l.code !== 'UA';

/** The regions a count is tied to: a place after it ("over Crimea"), or, failing that, a region just before it in the
 *  same clause ("The Samara region accounted for 20 of them"); several for a distributive count ("each"). */
function regionsFor(doc: Doc, start: number, end: number, distributive: boolean): { codes: (string | null)[]; via: string } {
  const { text } = doc;
  const limit = Math.min(text.length, end + WINDOW);
  const locations = doc.locations.filter(countable);
  const after = locations.findIndex((l) => l.start >= end && l.start < limit);
  if (after >= 0) {
    const between = text.slice(end, locations[after].start);
    if (!/\d|[.;!?]/.test(between) && TYING.test(between) && !FROM_BEFORE.test(between)) {
      const group = distributive ? groupFrom(locations, after, text) : [locations[after]];
      return { codes: group.map((l) => l.code), via: 'after' };
    }
  }
  if (ANAPHORA.test(text.slice(end, limit))) return { codes: [regionInForce(doc, start)], via: 'anaphora' };
  const before = locations.filter((l) => l.end <= start && l.end > start - 70).pop();
  if (before) {
    const between = text.slice(before.end, start);
    if (!/\d|[.;!?]/.test(between) && !SPEECH.test(between) && !FROM_BEFORE.test(text.slice(Math.max(0, before.start - 30), before.start))) {
      if (!distributive) return { codes: [before.code], via: 'before' };
      let first = locations.indexOf(before);
      while (first > 0 && /^(?:,?[ \t]*(?:and|or)?[ \t]*|,[ \t]*)$/.test(text.slice(locations[first - 1].end, locations[first].start))) first--;
      return { codes: groupFrom(locations, first, text).map((l) => l.code), via: 'before' };
    }
  }
  return { codes: [null], via: 'none' };
}

function claimantOf(doc: Doc, context: CountContext, at: number): string | null {
  const sentence = doc.sentences.find((s) => s.start <= at && at < s.end) ?? doc.sentences[0];
  for (const c of CLAIMANTS) if (c.pattern.test(sentence.text)) return c.name;
  const official = context.officials.find((o) => o.start >= sentence.start && o.end <= sentence.end);
  if (official) return official.name;
  for (const c of CLAIMANTS) if (c.pattern.test(doc.text)) return c.name;
  return context.officials[0]?.name ?? null;
}

/** Is the sentence, or one of the two before it, about drones? Breakdown items ("7 in Smolensk Oblast") lean on it. */
function inDroneContext(doc: Doc, sentenceIndex: number): boolean {
  for (let i = Math.max(0, sentenceIndex - 2); i <= sentenceIndex; i++) if (DRONE_NOUN.test(doc.sentences[i].text)) return true;
  return false;
}

export function extractDroneCounts(doc: Doc, context: CountContext): DroneCountRecord[] {
  const records: DroneCountRecord[] = [];
  const seen = new Set<string>();
  const taken: [number, number][] = [];
  const add = (start: number, end: number, count: number, distributive: boolean, rule: string, confidence: number) => {
    if (taken.some(([s, e]) => start < e && end > s)) return;
    taken.push([start, end]);
    const sentence = doc.sentences.find((s) => s.start <= start && start < s.end) ?? doc.sentences[0];
    const { codes, via } = regionsFor(doc, start, end, distributive);
    for (const region of codes) {
      const key = `${count}@${region}`;
      if (seen.has(key)) continue;
      seen.add(key);
      records.push({
        type: 'drone_count',
        count,
        region,
        action: actionOf(sentence.text, start - sentence.start),
        qualifier: qualifierOf(doc.text.slice(Math.max(0, start - 24), start)),
        date: null,
        claimant: claimantOf(doc, context, start),
        ...evidence(doc, start, end, via === 'none' ? rule : `${rule}+region-${via}`, confidence),
      });
    }
  };
  for (const sentence of doc.sentences) {
    if (!DRONE_NOUN.test(sentence.text) && !inDroneContext(doc, sentence.index)) continue;
    const local = (pattern: RegExp) => {
      pattern.lastIndex = 0;
      return [...sentence.text.matchAll(pattern)];
    };
    for (const m of local(NUMBER_NOUN)) {
      const count = parseNumber(m.groups!.num);
      if (count === null || count === 0) continue;
      const start = sentence.start + m.index;
      add(start, start + m[0].length, count, Boolean(m.groups!.each), m.groups!.each ? 'drone_count/each' : 'drone_count/number-noun', 0.9);
    }
    for (const m of local(ONE_NOUN)) {
      const start = sentence.start + m.index;
      add(start, start + m[0].length, 1, false, 'drone_count/singular', 0.7);
    }
    if (!inDroneContext(doc, sentence.index)) continue;
    for (const m of local(BARE_NUMBER)) {
      const count = parseNumber(m.groups!.num);
      if (count === null || count === 0) continue;
      const tail = m.groups!.tail ?? '';
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      const each = /each/.test(tail);
      const rule = each ? 'drone_count/each' : tail ? 'drone_count/of-them' : 'drone_count/breakdown-list';
      if (!tail) {
        // A breakdown item must name where: "41 over Crimea".
        const { via } = regionsFor(doc, start, end, false);
        if (via !== 'after') continue;
      }
      add(start, end, count, each, rule, tail ? 0.8 : 0.85);
    }
  }
  return records.sort((a, b) => a.start - b.start);
}
