/** Damage claims: "shattering windows in four private residences", "a grain elevator was damaged", "cutting power to
 *  one address". Objects pair with the effects named in the same clause; one record per thing and effect. */
import { loadData } from '../data/load.js';
import { withEvidence, locationsIn, regionInForce, type Doc } from '../document.js';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.js';
import type { DamageEffect, DamageObject, DamageRecord } from '../types.js';
import type { Sentence } from '../text/sentences.js';
import { DRONE_NOUN } from './drone-counts.js';
import { headlineOf } from './headline.js';
import { alt } from '../text/patterns.js';
import { isSpace } from '../text/chars.js';
import { charBefore, withAsciiTwins } from '../text/scan.js';
import { AFTER_HYPHEN, hint, pairAt, WordGate, wordStarts } from './word-gate.js';

interface DamageWords {
  objects: Record<DamageObject, string[]>;
  effects: Record<DamageEffect, string[]>;
  negations: string[];
  weak_effects: string[];
  clause_breaks: string[];
  anaphoric_objects: string[];
  /** Words that make an effect a possibility, not a claim: "inspecting buildings for potential damage". */
  hedges: string[];
  /** What a power cut is counted in: "cutting power to one address", "left 29,000 residents without power". */
  outage_units: string[];
}

const W = loadData<DamageWords>('damage-words.json');

/** "five-storey", "9-storey": a compound modifier some nouns may open with. It is matched backwards from the noun, not
 *  as part of the alternation: a pattern that can open with any letter stops V8 skipping ahead to the nouns' first
 *  letters, and made the object search seven times slower. */
const MODIFIER = '(?:[\\p{L}\\d]{1,15}-)?';
const MODIFIER_BEFORE = /(?<![\p{L}-])[\p{L}\d]{1,15}-$/u;
// One alternation for every object noun, longest first, so "non-residential building" beats "building".
const OBJECT_NOUNS = (Object.entries(W.objects) as [DamageObject, string[]][])
  .flatMap(([object, nouns]) => nouns.map((n) => ({ object, n, modified: n.startsWith(MODIFIER) })))
  .sort((a, b) => b.n.length - a.n.length);
/** Each object noun as a sticky pattern, tried in OBJECT_NOUNS order where the gate lets it: the first that matches is
 *  what the alternation of every noun would find there. (One alternation per letter pair, tried instead, made the
 *  recheck lint flaky: its fuzzer now and then called the "po" one, with "ports?(?![ \t]+city...)", quadratic.) */
const OBJECT_GATE = new WordGate(OBJECT_NOUNS.map(({ n, modified }) => (modified ? n.slice(MODIFIER.length) : n)));
const OBJECT_PATTERNS = OBJECT_NOUNS.map(({ n, modified }) => new RegExp(`(?:${modified ? n.slice(MODIFIER.length) : n})(?![\\p{L}-])`, 'iuy'));
const NOT_AFTER = /[\p{L}-]/u;

/** Object nouns in a clause, as one alternation with the modifier and a leading `(?<![\p{L}-])` would find them;
 *  `starts` are where nouns may open in the clause ([at, pair, ...] from `clauseStarts`). */
function objectMatches(rx: Patterns, text: string, starts: readonly number[]): { index: number; text: string; object: DamageObject }[] {
  const out: { index: number; text: string; object: DamageObject }[] = [];
  let from = 0;
  for (let j = 0; j < starts.length; j += 2) {
    const at = starts[j];
    if (at < from) continue;
    let m: RegExpExecArray | null = null;
    let noun = OBJECT_NOUNS[0];
    for (const i of OBJECT_GATE.candidates(starts[j + 1])) {
      if (!OBJECT_GATE.opens(text, at, i)) continue;
      const pattern = rx.objects[i];
      pattern.lastIndex = at;
      m = pattern.exec(text);
      noun = OBJECT_NOUNS[i];
      if (m) break;
    }
    if (!m) continue;
    const modifier = noun.modified ? rx.modifierBefore.exec(text.slice(Math.max(0, at - 17), at)) : null;
    const index = at - (modifier ? modifier[0].length : 0);
    // "non-residential building" holds "residential building", which is not the thing named.
    if (!modifier && at > 0 && rx.notAfter.test(charBefore(text, at))) continue;
    out.push({ index, text: text.slice(index, at + m[0].length), object: noun.object });
    from = at + m[0].length;
  }
  return out;
}
/** The effect words by kind, in EFFECTS order, each matched where the gate says one may start. */
const EFFECTS = (Object.entries(W.effects) as [DamageEffect, string[]][]).map(([effect, words]) => ({ effect, pattern: new RegExp(`(?:${alt(words)})(?![\\p{L}-])`, 'iuy') }));
const EFFECT_WORDS = EFFECTS.flatMap(({ effect }, kind) => W.effects[effect].map((source) => ({ source, kind })));
const EFFECT_GATE = new WordGate(EFFECT_WORDS.map(({ source }) => source));
/** Sentences without it hold no effect word: most sentences are turned away by it before the gate reads them. */
const EFFECT_HINT = hint(EFFECT_WORDS.map(({ source }) => source));

/** Where effect words and object nouns may open in a sentence: effects as [at, kinds, ...], a bit set in `kinds` for
 *  each kind (by its index in EFFECTS) with a word opening with the letters there; objects as [at, pair, ...]. */
interface Starts {
  effects: number[];
  objects: number[];
}

/** The kinds of effect word that may open at `at` with the letter pair there, as a bit set. */
function effectKinds(s: string, at: number, pair: number): number {
  let kinds = 0;
  if (!EFFECT_GATE.mayOpen(s, at, pair)) return kinds;
  for (const i of EFFECT_GATE.candidates(pair)) if (EFFECT_GATE.opens(s, at, i)) kinds |= 1 << EFFECT_WORDS[i].kind;
  return kinds;
}

/** The first three characters effect words or object nouns open with. */
const THIRDS = EFFECT_GATE.thirds.map((effect, pair) => effect | OBJECT_GATE.thirds[pair]);

/** Where effect words and object nouns may open in the sentence: one pass for both. */
function sentenceStarts(s: string): Starts {
  const found: Starts = { effects: [], objects: [] };
  const words = wordStarts(s, THIRDS);
  for (let j = 0; j < words.length; j += 2) {
    const at = words[j];
    const pair = words[j + 1] % AFTER_HYPHEN;
    if (OBJECT_GATE.opensAny(s, at, pair)) found.objects.push(at, pair);
    // Effect words must not follow a hyphen either.
    const kinds = words[j + 1] < AFTER_HYPHEN ? effectKinds(s, at, pair) : 0;
    if (kinds) found.effects.push(at, kinds);
  }
  return found;
}

/** The sentence's starts that fall in the clause, as offsets into the clause's text; the clause's first character
 *  opens a word there whatever stands before it in the sentence. */
function clauseStarts(s: string, clause: Found, starts: Starts): Starts {
  // Most sentences are one clause: the sentence's starts are its own, the first word's found the same way.
  if (clause.start === 0 && clause.end === s.length) return starts;
  const found: Starts = { effects: [], objects: [] };
  const pair = pairAt(s, clause.start);
  if (pair >= 0 && OBJECT_GATE.opensAny(s, clause.start, pair)) found.objects.push(0, pair);
  const kinds = pair >= 0 ? effectKinds(s, clause.start, pair) : 0;
  if (kinds) found.effects.push(0, kinds);
  const within = (list: readonly number[], into: number[]) => {
    for (let j = 0; j < list.length; j += 2) {
      if (list[j] > clause.start && list[j] < clause.end) into.push(list[j] - clause.start, list[j + 1]);
    }
  };
  within(starts.effects, found.effects);
  within(starts.objects, found.objects);
  return found;
}

/** Whether any effect word stands in the sentence: sentences without one are skipped before the costly object search. */
function anyEffect(rx: Patterns, s: string, effects: readonly number[]): boolean {
  for (let j = 0; j < effects.length; j += 2) {
    for (let kind = 0; kind < EFFECTS.length; kind++) {
      if (!(effects[j + 1] & (1 << kind))) continue;
      const pattern = rx.effects[kind];
      pattern.lastIndex = effects[j];
      if (pattern.test(s)) return true;
    }
  }
  return false;
}

/** The words of one kind in the text, left to right, as a scan of its alternation with the boundary finds them. */
function effectMatches(rx: Patterns, text: string, starts: readonly number[], kind: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const pattern = rx.effects[kind];
  let from = 0;
  for (let j = 0; j < starts.length; j += 2) {
    if (starts[j] < from || !(starts[j + 1] & (1 << kind))) continue;
    pattern.lastIndex = starts[j];
    const m = pattern.exec(text);
    if (!m) continue;
    out.push(m);
    from = m.index + Math.max(1, m[0].length);
  }
  return out;
}
const HEDGED = new RegExp(`\\b(?:${alt(W.hedges)})[ \\t]+(?:[\\p{L}-]+[ \\t]+){0,1}$`, 'iu');
/** A hedge and the word after it are the last this many words (split at spaces and tabs) before the effect, so
 *  HEDGED is tried on those, not on all 40 characters (each start of which V8 tries: 6 ms on the benchmark corpus). */
const HEDGE_WORDS = 1 + Math.max(...W.hedges.map((h) => h.split(' ').length));
if (!W.hedges.every((h) => /^[\p{L} ]+$/u.test(h))) throw new Error('damage hedges must be words and spaces: HEDGE_WORDS counts them');
const WEAK = new RegExp(`^(?:${alt(W.weak_effects)})$`, 'i');
const NEGATION = new RegExp(`\\b(?:${alt(W.negations)})\\b`, 'i');
/** A break that opens with `(?<!\s)\s+` ("and" before an -ing word) is written `\s(?<!\s\s)\s*`: the same matches,
 *  but the pattern no longer opens with a lookbehind, which V8 tried at every position (14 -> 11 ms over the
 *  benchmark's sentences with an effect word). A lookbehind in the list stands after the literal "and" it guards
 *  ("[ \t]and(?<=\b(?:were|was)...and)"), so it runs only where an "and" is; before it, it ran at every space (the
 *  clause breaks over the fact-dense corpus's sentences: 116 -> 32 ms). */
const CLAUSE_BREAK = new RegExp(W.clause_breaks.map((b) => b.replace(/^\(\?<!\\s\)\\s\+/, '\\s(?<!\\s\\s)\\s*')).join('|'), 'gu');
/** "the plant", "the building": a thing named before, which keeps the category it had ("the refinery ... the plant"). */
const ANAPHORIC = new RegExp(`^(?:${alt(W.anaphoric_objects)})$`, 'i');
const PRONOUN = /\b(?:it|there)\b/i;
/** Parts of a building: with no building in their clause they belong to the last one named. */
const BUILDING_PARTS: ReadonlySet<DamageEffect> = new Set(['windows', 'roof', 'facade']);
const PART_AFTER = /^[ \t]+(?:(?:the|its|their)[ \t]+)?(?:windows?|roofs?|fa[cç]ades?|glazing)\b/i;
const PASSIVE = '(?:were|was|had been|have been|being|are)';
const PASSIVE_DRONE = new RegExp(`${DRONE_NOUN.source}[ \\t]+${PASSIVE}[ \\t]+$`, 'iu');
/** What PASSIVE_DRONE ends with, in its last two words: tried first, as the drone alternation costs more. */
const PASSIVE_END = new RegExp(`${PASSIVE}[ \\t]+$`, 'iu');
/** "two drones destroyed over other regions": with "destroyed", a drone just before it is what was destroyed. */
const DRONE_JUST_BEFORE = new RegExp(`${DRONE_NOUN.source}[ \\t]+$`, 'iu');
const COUNT_BEFORE = new RegExp(`(?<![\\p{L}\\d])(?<num>${NUMBER_SOURCE}|an?)[ \\t]+(?:[\\p{L}\\d-]+[ \\t]+){0,2}$`, 'iu');
/** "power outage" stands on its own: the thing that lost power is the power supply, whoever it served. */
const OUTAGE_COUNT = new RegExp(`(?:\\b(?:to|for|left|leaving)[ \\t]+)(?:more[ \\t]+than[ \\t]+|about[ \\t]+|some[ \\t]+)?(?<num>${NUMBER_SOURCE})[ \\t]+(?:[\\p{L}-]+[ \\t]+)?(?:${alt(W.outage_units)})\\b`, 'iu');
const SELF_OBJECT: Partial<Record<DamageEffect, DamageObject>> = { 'power outage': 'power' };

interface Found {
  start: number;
  end: number;
}
interface Effect extends Found {
  effect: DamageEffect;
  weak: boolean;
}
interface DamagedThing extends Found {
  object: DamageObject;
  count: number | null;
  /** "the building" pointing back at a thing named before. */
  anaphoric: boolean;
}

/** Where the last `count` words of s[from, to) begin, or `from` if there are fewer: words are runs of characters that
 *  are not `\s` (or, with `tabsOnly`, not a space or tab). An end-anchored pattern whose match spans at most that many
 *  words is tried there alone. */
function lastWordsStart(s: string, from: number, to: number, count: number, tabsOnly = false): number {
  let at = to;
  // Two loops, not a separator function passed in: V8 did not inline it, and the calls cost 3 ms.
  if (tabsOnly) {
    for (let words = 0; words < count && at > from; words++) {
      while (at > from && (s.charCodeAt(at - 1) === 32 || s.charCodeAt(at - 1) === 9)) at--;
      while (at > from && s.charCodeAt(at - 1) !== 32 && s.charCodeAt(at - 1) !== 9) at--;
    }
    return at;
  }
  for (let words = 0; words < count && at > from; words++) {
    while (at > from && isSpace(s.charCodeAt(at - 1))) at--;
    while (at > from && !isSpace(s.charCodeAt(at - 1))) at--;
  }
  return at;
}

/** "no buildings or structures had been hit", "no serious destruction and no fire": a negation among the eight words
 *  before the effect (of the 80 characters before it). The words are read in place; splitting and joining them cost
 *  9 ms on the benchmark corpus. Joined by single spaces they held "not only" where the text has "not\s+only". */
function isNegated(s: string, at: number): boolean {
  const words = s.slice(lastWordsStart(s, Math.max(0, at - 80), at, 8), at);
  return NEGATION.test(words) && !NOT_ONLY.test(words);
}
const NOT_ONLY = /\bnot\s+only\b/i;

function clauses(rx: Patterns, sentence: string): Found[] {
  const out: Found[] = [];
  let from = 0;
  const breaks = rx.clauseBreak;
  breaks.lastIndex = 0;
  for (let m = breaks.exec(sentence); m; m = breaks.exec(sentence)) {
    out.push({ start: from, end: m.index });
    from = m.index + m[0].length;
  }
  out.push({ start: from, end: sentence.length });
  return out;
}

function findEffects(rx: Patterns, s: string, clause: Found, starts: Starts): Effect[] {
  const text = s.slice(clause.start, clause.end);
  const effects: Effect[] = [];
  for (let kind = 0; kind < EFFECTS.length; kind++) {
    const { effect } = EFFECTS[kind];
    for (const m of effectMatches(rx, text, starts.effects, kind)) {
      const at = clause.start + m.index;
      // The cheapest test first: the others are pure, so their order does not change what is kept.
      if (effects.some((e) => at < e.end && at + m[0].length > e.start)) continue;
      const leadStart = Math.max(0, at - 40);
      if (effect !== 'power outage' && (isNegated(s, at) || rx.hedged.test(s.slice(lastWordsStart(s, leadStart, at, HEDGE_WORDS, true), at)))) continue;
      const lead = s.slice(leadStart, at);
      // "air defence destroyed 18 drones", "drones were destroyed": the drone, not a building.
      if ((effect === 'destroyed' || effect === 'damaged') && (rx.droneNoun.test(s.slice(at, at + 60)) || (rx.passiveEnd.test(s.slice(lastWordsStart(s, leadStart, at, 2, true), at)) && rx.passiveDrone.test(lead)))) continue;
      if (effect === 'destroyed' && rx.droneJustBefore.test(lead)) continue;
      // "damaging the windows and roof of an administrative building": the parts named are the claim.
      if (effect === 'damaged' && PART_AFTER.test(s.slice(at + m[0].length, at + m[0].length + 16))) continue;
      effects.push({ effect, start: at, end: at + m[0].length, weak: WEAK.test(m[0]) });
    }
  }
  return effects;
}

function findObjects(rx: Patterns, s: string, clause: Found, starts: Starts, effects: readonly Effect[], previous: DamagedThing | undefined): DamagedThing[] {
  let antecedent = previous;
  const text = s.slice(clause.start, clause.end);
  const objects: DamagedThing[] = [];
  const matches = objectMatches(rx, text, starts.objects);
  for (const [k, found] of matches.entries()) {
    const at = clause.start + found.index;
    // "the building of a college": the college is the thing.
    const next = matches[k + 1];
    if (found.object === 'other' && next && OF_THING.test(text.slice(found.index + found.text.length, next.index))) continue;
    let object = found.object;
    if (effects.some((e) => at < e.end && at + found.text.length > e.start)) continue;
    const before = s.slice(Math.max(0, at - 40), at);
    // "the Caspian Pipeline Consortium": a capitalised noun inside a name is not a damaged thing.
    if (rx.capitalised.test(found.text) && rx.afterWord.test(before)) continue;
    // In its last two words: tried on all 40 characters it cost 2.5 ms on the benchmark corpus.
    if (rx.noObject.test(s.slice(lastWordsStart(s, Math.max(0, at - 40), at, 2), at))) continue;
    const anaphoric = ANAPHORIC.test(found.text) && AFTER_THE.test(before) && antecedent !== undefined;
    if (anaphoric) object = antecedent!.object;
    const countMatch = rx.countBefore.exec(before);
    const count = anaphoric ? antecedent!.count : countMatch ? (ONE.test(countMatch.groups!.num) ? 1 : parseNumber(countMatch.groups!.num)) : null;
    const thing = { object, count, start: at, end: at + found.text.length, anaphoric };
    objects.push(thing);
    if (!anaphoric) antecedent = thing;
  }
  return objects;
}

const CAPITALISED = /^\p{Lu}/u;
const AFTER_WORD = /\p{L}[ \t]+$/u;
const AFTER_THE = /\bthe\s+$/i;
const OF_THING = /^[ \t]+of[ \t]+(?:the|an?)[ \t]+$/i;
const ONE = /^an?$/i;
const NO_OBJECT = /\b(?:no|any|nor|neither)\s+(?:[\p{L}-]+\s+)?$/iu;

/** The unicode patterns of this module, and their twins for a text whose letters are all ASCII (`Doc.ascii`). */
const PATTERNS = withAsciiTwins({
  objects: OBJECT_PATTERNS,
  effects: EFFECTS.map(({ pattern }) => pattern),
  modifierBefore: MODIFIER_BEFORE,
  notAfter: NOT_AFTER,
  clauseBreak: CLAUSE_BREAK,
  hedged: HEDGED,
  droneNoun: DRONE_NOUN,
  passiveEnd: PASSIVE_END,
  passiveDrone: PASSIVE_DRONE,
  droneJustBefore: DRONE_JUST_BEFORE,
  capitalised: CAPITALISED,
  afterWord: AFTER_WORD,
  noObject: NO_OBJECT,
  countBefore: COUNT_BEFORE,
  outageCount: OUTAGE_COUNT,
});
type Patterns = typeof PATTERNS.unicode;

/** "A roof that caught fire is fire": the fire is the claim. */
const SUBSUMED: Partial<Record<DamageEffect, DamageEffect>> = { roof: 'fire' };
/** "plus a fire, which was put out quickly", "blamed debris for a fire in Toropets", "a fire broke out". */
const LONE_DAMAGE = /\bcaus(?:ed|ing|es)[ \t]+(?:(?:further|some|significant|serious|minor|considerable|extensive|heavy|more)[ \t]+)?damage\b/i;
const LONE_FIRE = /\b(?:a|another)[ \t]+(?:(?:large|small|major|big|huge)[ \t]+)?(?:fire|blaze)\b|\b(?:fire|blaze)s?[ \t]+(?:had[ \t]+)?(?:broke|broken|started|erupted)\b/i;

/** An object and an effect found together, before they become a record; `span` is in the sentence's text. */
interface Pair {
  object: DamageObject;
  effect: DamageEffect;
  count: number | null;
  span: Found;
  weak?: boolean;
  rule?: string;
}

/** What the sentences before tell the next one: the last thing named, for "it" and "the building" to point back to,
 *  and the objects already claimed. */
interface Reading {
  rx: Patterns;
  antecedent: DamagedThing | undefined;
  /** The sentence the antecedent was named in: its offsets are into that sentence's text. */
  antecedentIn: number;
  claimed: Set<DamageObject>;
}

/** The pairs of one clause of a sentence, added to `pairs`. */
function clausePairs(reading: Reading, sentence: Sentence, clause: Found, starts: Starts, pairs: Pair[]): void {
  const { rx, antecedent, claimed } = reading;
  const s = sentence.text;
  const inClause = clauseStarts(s, clause, starts);
  let effects = findEffects(rx, s, clause, inClause);
  let objects = findObjects(rx, s, clause, inClause, effects, antecedent);
  // "a drone hit a building, setting it on fire", "The fire that broke out there": the pronoun carries the object over.
  const carried = !objects.length && antecedent !== undefined && (PRONOUN.test(s.slice(clause.start, clause.end)) || effects.some((e) => BUILDING_PARTS.has(e.effect)));
  // A thing carried over from an earlier sentence is evidenced by the effect alone.
  const elsewhere = carried && reading.antecedentIn !== sentence.index;
  if (carried) objects = [antecedent!];
  else if (objects.some((o) => !o.anaphoric)) [reading.antecedent, reading.antecedentIn] = [objects.find((o) => !o.anaphoric), sentence.index];
  // "plus a fire, which was put out quickly", "a fire in Toropets": a fire with nothing named as burning.
  const lone = !objects.length && effects.some((e) => e.effect === 'fire') ? LONE_FIRE.exec(s.slice(clause.start, clause.end)) : null;
  if (lone) {
    pairs.push({ object: 'other', effect: 'fire', count: null, span: { start: clause.start + lone.index, end: clause.start + lone.index + lone[0].length }, rule: 'damage/lone-fire' });
  }
  // "blew out windows in a block and caused further damage": damage with no thing named.
  const unnamed = effects.some((e) => e.effect === 'damaged') ? LONE_DAMAGE.exec(s.slice(clause.start, clause.end)) : null;
  if (unnamed) {
    const span = { start: clause.start + unnamed.index, end: clause.start + unnamed.index + unnamed[0].length };
    pairs.push({ object: 'other', effect: 'damaged', count: null, span, rule: 'damage/unnamed' });
    effects = effects.filter((e) => e.end <= span.start || e.start >= span.end);
  }
  const strong = effects.some((e) => !e.weak && !SELF_OBJECT[e.effect]);
  const kinds = new Set(effects.map((e) => e.effect));
  for (const e of effects) {
    const self = SELF_OBJECT[e.effect];
    if (self) {
      const counted = rx.outageCount.exec(s.slice(clause.start, clause.end));
      pairs.push({ object: self, effect: e.effect, count: counted ? parseNumber(counted.groups!.num) : null, span: e });
      continue;
    }
    // "hit the roof of a private house": the roof is the claim, the hit only how it came about.
    if (e.weak && strong) continue;
    const over = SUBSUMED[e.effect];
    if (over && kinds.has(over)) continue;
    for (const o of objects) {
      if (o.object === 'power' && e.effect !== 'damaged' && e.effect !== 'destroyed') continue;
      // "the facade of a school and three cars": cars have no facade or roof.
      if (o.object === 'vehicle' && (e.effect === 'facade' || e.effect === 'roof')) continue;
      // "damaging the building" after its roof was reported: a restatement.
      if (o.anaphoric && e.effect === 'damaged' && (claimed.has(o.object) || pairs.some((p) => p.object === o.object))) continue;
      const span = elsewhere ? { start: e.start, end: e.end } : { start: Math.min(o.start, e.start), end: Math.max(o.end, e.end) };
      pairs.push({ object: o.object, effect: e.effect, count: o.count, span, weak: e.weak, rule: e.weak ? 'damage/hit' : o.anaphoric ? 'damage/anaphora' : carried ? 'damage/pronoun' : undefined });
    }
  }
}

/** The pairs of a sentence, clause by clause; none in a sentence with no effect word. */
function sentencePairs(reading: Reading, sentence: Sentence): Pair[] {
  const { rx } = reading;
  const s = sentence.text;
  const pairs: Pair[] = [];
  if (!EFFECT_HINT.test(s)) return pairs;
  const starts = sentenceStarts(s);
  if (!anyEffect(rx, s, starts.effects)) return pairs;
  for (const clause of clauses(rx, s)) clausePairs(reading, sentence, clause, starts, pairs);
  return pairs;
}

export function extractDamage(doc: Doc): DamageRecord[] {
  const records: DamageRecord[] = [];
  const seen = new Set<string>();
  const reading: Reading = { rx: doc.ascii ? PATTERNS.ascii : PATTERNS.unicode, antecedent: undefined, antecedentIn: -1, claimed: new Set() };
  for (const sentence of doc.sentences) {
    const pairs = sentencePairs(reading, sentence);
    if (!pairs.length) continue;
    // "fragments struck multiple homes, shattering windows in four private residences": the windows are the claim.
    const strongObjects = new Set(pairs.filter((p) => !p.weak).map((p) => p.object));
    for (const p of pairs) {
      if (p.weak && strongObjects.has(p.object)) continue;
      reading.claimed.add(p.object);
      const key = `${p.object}/${p.effect}/${p.count}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const start = sentence.start + p.span.start;
      const end = sentence.start + p.span.end;
      const located = locationsIn(doc, sentence.start, sentence.end).find((l) => l.code && l.code.length > 2);
      records.push(withEvidence(
        {
          type: 'damage',
          object: p.object,
          effect: p.effect,
          count: p.count,
          region: located?.code ?? regionInForce(doc, start),
        },
        doc, start, end, p.rule ?? 'damage/clause-pair', 0.7,
      ));
    }
  }
  return restatementsDropped(doc, records);
}

/** Claims that the rest of the article states more exactly:
 *  - "a fire broke out" when a named thing is said to burn;
 *  - "a drone landed on the school" when "the building" (the school) is then said to have burned, lost its windows or
 *    been destroyed (FORMAT: a hit gives (object, damaged) unless a more specific effect is stated);
 *  - a headline's "apartment block damaged" when the body names what happened to it. */
function restatementsDropped(doc: Doc, records: DamageRecord[]): DamageRecord[] {
  const namedFire = records.some((r) => r.effect === 'fire' && r.rule !== 'damage/lone-fire');
  const specific = new Set(records.filter((r) => r.rule === 'damage/anaphora' && r.effect !== 'damaged').map((r) => r.object));
  const inBody = new Set(records.filter((r) => r.sentence > 0).map((r) => r.object));
  const headline = headlineOf(doc) !== null;
  return records.filter((r) => {
    if (r.rule === 'damage/lone-fire') return !namedFire;
    if (r.rule === 'damage/hit' && r.effect === 'damaged') return !specific.has(r.object);
    if (headline && r.sentence === 0 && r.effect === 'damaged') return !inBody.has(r.object);
    return true;
  });
}
