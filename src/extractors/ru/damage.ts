/** Russian damage claims: "повреждены восемь частных домов", "у домов посечены фасады и кровли, нарушено остекление",
 *  "загорелись два частных дома, административное здание и автозаправочная станция", "без электроснабжения остались
 *  тридцать тысяч абонентов". Objects pair with the effects named in the same clause, as in damage.ts; a window, roof
 *  or facade is a part of the building beside it and gives its own effect. The words are in damage-words.ru.json. */
import { loadData } from '../../data/load.js';
import { firstAtOrAfter, locationsIn, regionInForce, withEvidence, type Doc } from '../../document.js';
import { alt, lazy } from '../../text/patterns.js';
import type { DamageEffect, DamageObject, DamageRecord } from '../../types.js';
import { cardinals } from './numbers.js';

interface ObjectWords {
  pattern: string;
  object: DamageObject;
  /** A building: its windows, roof and facade are its parts. */
  building: boolean;
}

interface DamageWordsRu {
  objects: ObjectWords[];
  /** Nouns that name an object only when the clause names no other ("у здания разрушены фасад" beside "жилого дома"). */
  weak_objects: ObjectWords[];
  parts: Record<'windows' | 'roof' | 'facade', string[]>;
  effects: Record<'fire' | 'destroyed' | 'damaged' | 'power outage', string[]>;
  /** Effects that happen to a part, not a whole: "выбиты окна", "посечен фасад". */
  part_effects: string[];
  negations: string[];
}

const rules = lazy(() => {
  const W = loadData<DamageWordsRu>('damage-words.ru.json');
  const word = (source: string) => new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, 'giu');
  const OBJECTS = W.objects.map((o) => ({ ...o, pattern: word(o.pattern), weak: false }));
  const WEAK_OBJECTS = W.weak_objects.map((o) => ({ ...o, pattern: word(o.pattern), weak: true }));
  const PARTS = (Object.entries(W.parts) as [keyof DamageWordsRu['parts'], string[]][]).map(([effect, words]) => ({ effect, pattern: word(alt(words)) }));
  const EFFECTS = (Object.entries(W.effects) as [keyof DamageWordsRu['effects'], string[]][]).map(([effect, words]) => ({ effect, pattern: word(alt(words)) }));
  const ANY_EFFECT = new RegExp(`(?<![\\p{L}])(?:${Object.values(W.effects).map((words) => alt(words)).join('|')})(?![\\p{L}])`, 'iu');
  const PART_EFFECT = new RegExp(`^(?:${alt(W.part_effects)})`, 'iu');
  /** "не повреждены", "без пострадавших и разрушений". */
  const NEGATED = new RegExp(`(?<![\\p{L}])(?:${alt(W.negations)})[ \\t]+(?:\\p{L}+[ \\t]+(?:и|или)[ \\t]+)?$`, 'iu');
  return { OBJECTS, WEAK_OBJECTS, PARTS, EFFECTS, ANY_EFFECT, PART_EFFECT, NEGATED };
});

const CLAUSE_BREAK = /[;,]/gu;
/** A line of a dashed list: "— в Таврово поврежден частный дом;". */
const LIST_ITEM = /^\s*[—–-][ \t]/u;
/** Words that may stand between a number and its noun: "восемь частных домов", "четыре легковых автомобиля". */
const NUMBER_GAP = /^(?:[ \t]+\p{L}+(?:ых|их|ого|его|ые|ие|ой|ая|ую|ым|им|ыми|ими))?[ \t]+$/u;
const PART_NEAR = 30;

interface Span {
  start: number;
  end: number;
}
interface ObjectSpan extends Span {
  object: DamageObject;
  building: boolean;
  weak: boolean;
}
interface EffectSpan extends Span {
  effect: DamageEffect;
  /** Said of a part ("разрушены фасад и остекление"), not of the whole. */
  ofPart: boolean;
}

function spans<T extends { pattern: RegExp }>(text: string, from: number, to: number, list: readonly T[]): (Span & { entry: T })[] {
  const clause = text.slice(from, to);
  const out: (Span & { entry: T })[] = [];
  for (const entry of list) for (const m of clause.matchAll(entry.pattern)) out.push({ start: from + m.index, end: from + m.index + m[0].length, entry });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Spans no other covers ("частного дома" over "дома"), from spans sorted by start, the longer first. */
function outermost<T extends Span>(list: T[]): T[] {
  let reach = -1;
  return list.filter((s) => {
    if (s.end <= reach) return false;
    reach = s.end;
    return true;
  });
}

/** Is a part named right after the effect ("посечены фасад") or right before it ("стекла выбиты")? */
function nearPart(text: string, parts: readonly Span[], e: Span): boolean {
  const i = firstAtOrAfter(parts, e.end);
  const after = parts[i];
  if (after && after.start - e.end <= PART_NEAR && !text.slice(e.end, after.start).includes(',')) return true;
  const before = parts[firstAtOrAfter(parts, e.start) - 1];
  return Boolean(before && before.end <= e.start && e.start - before.end <= PART_NEAR / 2);
}

/** Clauses, split at commas and semicolons; a piece that names no effect belongs to the clause before it
 *  ("загорелись два частных дома, административное здание и автозаправочная станция"), or, first in the sentence, to
 *  the one after it ("Из двух домов, пострадавших при налете"). */
function clauses(text: string): Span[] {
  const { ANY_EFFECT } = rules();
  const out: (Span & { effect: boolean })[] = [];
  let start = 0;
  const add = (end: number) => {
    const effect = ANY_EFFECT.test(text.slice(start, end));
    const last = out[out.length - 1];
    if (last && (!effect || !last.effect)) [last.end, last.effect] = [end, last.effect || effect];
    else out.push({ start, end, effect });
  };
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    add(m.index);
    start = m.index + m[0].length;
  }
  add(text.length);
  return out;
}

function countBefore(text: string, at: number, numbers: ReturnType<typeof cardinals>): number | null {
  const n = numbers[firstAtOrAfter(numbers, at) - 1];
  return n && NUMBER_GAP.test(text.slice(n.end, at)) ? n.value : null;
}

export function extractDamageRu(doc: Doc): DamageRecord[] {
  const { OBJECTS, WEAK_OBJECTS, PARTS, EFFECTS, PART_EFFECT, NEGATED } = rules();
  const records: DamageRecord[] = [];
  let listEffects: EffectSpan[] = [];
  for (const sentence of doc.sentences) {
    const s = sentence.text;
    const numbers = cardinals(s);
    const seen = new Set<string>();
    let here: string | null | undefined;
    // "Осколками посечен фасад здания школы, повреждена крыша": a part with no building in its clause is of the last one.
    let lastBuilding: ObjectSpan | undefined;
    let lastObject: ObjectSpan | undefined;
    for (const clause of clauses(s)) {
      const parts = outermost(spans(s, clause.start, clause.end, PARTS));
      let effects: EffectSpan[] = spans(s, clause.start, clause.end, EFFECTS)
        .filter((e) => !NEGATED.test(s.slice(Math.max(0, e.start - 40), e.start)))
        .map((e) => {
          const near = nearPart(s, parts, e);
          return { start: e.start, end: e.end, effect: e.entry.effect, ofPart: near || (parts.length > 0 && PART_EFFECT.test(s.slice(e.start, e.end))) };
        });
      let objects: ObjectSpan[] = outermost(spans(s, clause.start, clause.end, OBJECTS)).map((o) => ({ start: o.start, end: o.end, ...o.entry }));
      if (!objects.length) objects = spans(s, clause.start, clause.end, WEAK_OBJECTS).map((o) => ({ start: o.start, end: o.end, ...o.entry }));
      // "— в Стрелецком — гараж, три частных дома": a list line with no verb has the verb of the line before.
      const item = LIST_ITEM.test(s.slice(clause.start, clause.end));
      if (item && !effects.length) effects = listEffects;
      else if (item) listEffects = effects;
      if (!effects.length) continue;
      // "разрушен частный дом, ещё три повреждены": a clause with no object of its own speaks of the last one.
      if (!objects.length && !parts.length && lastObject) objects = [{ ...lastObject, start: clause.start, end: clause.end }];
      const fire = effects.some((e) => e.effect === 'fire');
      // One effect of each kind is enough to pair with every object: a clause of many is no slower than of one.
      const kinds = [...new Map(effects.map((e) => [`${e.effect}/${e.ofPart}/${PART_EFFECT.test(s.slice(e.start, e.end))}`, e])).values()];
      const push = (object: DamageObject, effect: DamageEffect, count: number | null, at: Span) => {
        const key = `${object}/${effect}/${at.start}`;
        if (seen.has(key)) return;
        seen.add(key);
        const start = sentence.start + at.start;
        // "Повреждены пять домов в Белгородской области": the place in the sentence, else the one in force.
        here ??= locationsIn(doc, sentence.start, sentence.end).find((l) => l.code && l.code.length > 2)?.code ?? null;
        records.push(withEvidence({ type: 'damage', object, effect, count, region: here ?? regionInForce(doc, start) }, doc, start, sentence.start + at.end, `damage/ru-${effect.replace(' ', '-')}`, 0.75));
      };
      for (const o of objects) {
        const count = countBefore(s, o.start, numbers);
        for (const e of kinds) {
          if (e.effect === 'power outage') continue;
          // "у домов посечены фасады": the effect is the facade's, not the house's; a car has no facade.
          if (e.ofPart && (o.building || PART_EFFECT.test(s.slice(e.start, e.end)))) continue;
          push(o.object, e.effect, count, o);
        }
      }
      const buildings = objects.filter((o) => o.building);
      for (const p of parts) {
        const effect: DamageEffect = fire ? 'fire' : p.entry.effect;
        // The part is the nearest building's: "в гараже вылетели стекла", "посекли фасад административного здания".
        const i = firstAtOrAfter(buildings, p.start);
        const [before, after] = [buildings[i - 1], buildings[i]];
        const b = !before ? after : !after ? before : p.start - before.end <= after.start - p.end ? before : after;
        const of = b ?? lastBuilding;
        if (of) push(of.object, effect, b ? countBefore(s, b.start, numbers) : null, p);
        else push('residential', effect, null, p);
      }
      lastBuilding = buildings[buildings.length - 1] ?? lastBuilding;
      lastObject = objects[objects.length - 1] ?? lastObject;
      const outage = effects.find((e) => e.effect === 'power outage');
      if (outage) push('power', 'power outage', null, outage);
    }
  }
  return records;
}
