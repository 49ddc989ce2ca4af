/** Damage claims: "shattering windows in four private residences", "a grain elevator was damaged", "cutting power to
 *  one address". One record per damaged thing and effect named in the same sentence. */
import { loadData } from '../data/load.js';
import { evidence, locationsIn, regionInForce, type Doc } from '../document.js';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.js';
import { type DamageEffect, type DamageObject, type DamageRecord } from '../types.js';
import { DRONE_NOUN } from './drone-counts.js';

interface DamageWords {
  objects: Record<DamageObject, string[]>;
  effects: Record<DamageEffect, string[]>;
  negations: string[];
}

const W = loadData<DamageWords>('damage-words.json');
const alt = (xs: string[]) => xs.slice().sort((a, b) => b.length - a.length).join('|');
const word = (body: string, flags = 'giu') => new RegExp(`(?<![\\p{L}-])(?:${body})(?![\\p{L}-])`, flags);

// One alternation for every object noun, longest first, so "non-residential building" beats "building".
const OBJECT_NOUNS = (Object.entries(W.objects) as [DamageObject, string[]][]).flatMap(([object, nouns]) => nouns.map((n) => ({ object, n })));
OBJECT_NOUNS.sort((a, b) => b.n.length - a.n.length);
const OBJECT = word(OBJECT_NOUNS.map(({ n }) => `(${n})`).join('|'));
const EFFECTS = (Object.entries(W.effects) as [DamageEffect, string[]][]).map(([effect, words]) => [effect, word(alt(words))] as const);
const NEGATION = new RegExp(`\\b(?:${alt(W.negations)})\\b`, 'i');
const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\d])(?<num>${NUMBER_SOURCE}|an?)[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,2}$`, 'iu');
/** "power outage" stands on its own: the thing that lost power is the power supply, whoever it served. */
const SELF_OBJECT: Partial<Record<DamageEffect, DamageObject>> = { 'power outage': 'power' };

interface Span {
  start: number;
  end: number;
}

function isNegated(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at).split(/\s+/).slice(-6).join(' ');
  return NEGATION.test(before) && !/\bnot only\b/i.test(before);
}

export function extractDamage(doc: Doc): DamageRecord[] {
  const records: DamageRecord[] = [];
  const seen = new Set<string>();
  for (const sentence of doc.sentences) {
    const s = sentence.text;
    const effects: (Span & { effect: DamageEffect })[] = [];
    for (const [effect, pattern] of EFFECTS) {
      pattern.lastIndex = 0;
      for (const m of s.matchAll(pattern)) {
        if (effect !== 'power outage' && isNegated(s, m.index)) continue;
        // "air defence destroyed 18 drones", "drones were destroyed": the drone, not a building.
        if (effect === 'destroyed' && (DRONE_NOUN.test(s.slice(m.index, m.index + 50)) || DRONE_NOUN.test(s.slice(Math.max(0, m.index - 30), m.index)))) continue;
        if (effects.some((e) => m.index < e.end && m.index + m[0].length > e.start)) continue;
        effects.push({ effect, start: m.index, end: m.index + m[0].length });
      }
    }
    if (!effects.length) continue;
    const objects: (Span & { object: DamageObject; count: number | null })[] = [];
    OBJECT.lastIndex = 0;
    for (const m of s.matchAll(OBJECT)) {
      const which = m.slice(1).findIndex((g) => g !== undefined);
      const object = OBJECT_NOUNS[which].object;
      if (effects.some((e) => m.index < e.end && m.index + m[0].length > e.start)) continue;
      if (/^(?:no|any)\s+$/i.test(s.slice(Math.max(0, m.index - 4), m.index)) || isNegated(s, m.index) && /\bno\s+(?:[\p{L}-]+\s+)?$/iu.test(s.slice(0, m.index))) continue;
      const countMatch = COUNT_BEFORE.exec(s.slice(Math.max(0, m.index - 40), m.index));
      const count = countMatch ? (/^an?$/i.test(countMatch.groups!.num) ? 1 : parseNumber(countMatch.groups!.num)) : null;
      objects.push({ object, count, start: m.index, end: m.index + m[0].length });
    }
    const pairs: { object: DamageObject; effect: DamageEffect; count: number | null; span: Span }[] = [];
    for (const e of effects) {
      const self = SELF_OBJECT[e.effect];
      if (self) {
        pairs.push({ object: self, effect: e.effect, count: null, span: e });
        continue;
      }
      // windows, roofs and facades are damage done to a building: they pair with the nearest object or, alone, a house.
      for (const o of objects) {
        if (o.object === 'power' && e.effect !== 'damaged' && e.effect !== 'destroyed') continue;
        pairs.push({ object: o.object, effect: e.effect, count: o.count, span: { start: Math.min(o.start, e.start), end: Math.max(o.end, e.end) } });
      }
    }
    for (const p of pairs) {
      const key = `${p.object}/${p.effect}/${p.count}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const start = sentence.start + p.span.start;
      const end = sentence.start + p.span.end;
      const located = locationsIn(doc, sentence.start, sentence.end).find((l) => l.code && l.code.length > 2);
      records.push({
        type: 'damage',
        object: p.object,
        effect: p.effect,
        count: p.count,
        region: located?.code ?? regionInForce(doc, start),
        ...evidence(doc, start, end, 'damage/sentence-pair', 0.7),
      });
    }
  }
  return records;
}

