/** Drone counts: "94 Ukrainian drones", "41 over Crimea, 24 in Bryansk Oblast", "Eight drones each were downed over
 *  the Voronezh and Saratov regions", "the Samara region accounted for 20 of them", "a drone", "all 18 Shaheds". */
import { loadData } from '../data/load.js';
import { firstAtOrAfter, regionInForce, sentenceOf, type Doc } from '../document.js';
import type { Sentence } from '../text/sentences.js';
import type { LocationMention } from '../gazetteer/find.js';
import { countRecords } from './count-records.js';
import { listLineCounts } from './list-lines.js';
import { NUMBER_SOURCE, NUMBER_START_SOURCE, parseNumber } from '../text/numbers.js';
import type { Action, DroneCountRecord, Qualifier } from '../types.js';
import { alt, execAll, sticky } from '../text/patterns.js';
import { Bounded, withAsciiTwins } from '../text/scan.js';
import { DisjointSpans } from '../text/spans.js';

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
const NOUN = `(?:${alt(W.drone_nouns)})`;
/** A weapon's model name, which is no count: "Shahed-131/136", "Geran-2", "Lancet-3". */
const MODEL = `\\p{Lu}\\p{L}*-\\d+(?:\\/\\d+)*\\p{L}*`;
/** Words between a number and its noun: "18 Shahed attack drones", "the 12 "kamikaze" drones", "38 Shahed-131/136 drones". */
const MODS = `(?:["“”]?(?:${alt(W.vehicle_words)}|${MODEL})["“”]?(?:[ \\t]+and|,)?[ \\t]+){0,3}`;
const NOT_AFTER = `(?![ \\t]+(?:${alt(W.not_after_noun)})(?![\\p{L}-]))`;
const VERBS = `(?:(?:${alt(W.breakdown_verbs)})[ \\t]+){0,8}`;
const PREPS = alt(W.tying_prepositions);

export const DRONE_NOUN = new Bounded(`${NOUN}(?![\\p{L}-])`, 'iu', '\\p{L}-');
/** "94 Ukrainian drones", "18 Shahed attack drones", "57 Shahed-type and other drones", "two dozen UAVs". */
const NUMBER_NOUN = new RegExp(`(?<![\\p{L}\\d.,/-])(?<num>${NUMBER_SOURCE})[ \\t]+(?:of[ \\t]+)?(?:the[ \\t]+)?${MODS}(?<noun>${NOUN})(?![\\p{L}-])${NOT_AFTER}(?<each>[ \\t]+(?:each|apiece))?`, 'giu');
/** "a drone", "an enemy Shahed", "one more drone", "another UAV", "a single drone each": one. */
const ONE_NOUN = new Bounded(`(?<num>an?|another|one[ \\t]+more)[ \\t]+${MODS}(?<noun>(?:${alt(W.drone_nouns.map((n) => n.replace(/s\?$/, '')))}))(?![\\p{L}-])${NOT_AFTER}(?<each>[ \\t]+(?:each|apiece))?`, 'iu', '\\p{L}-');
/** Counts whose noun is elsewhere: "more than ten of them", "five of which", "three of the Shahed drones", "Six each",
 *  "41 over Crimea", "24 were downed in Bryansk Oblast", "twenty-nine shot down there", "The other three were jammed". */
const BARE_NUMBER = new RegExp(
  `(?<![\\p{L}\\d.,:/-])(?<num>${NUMBER_SOURCE})(?<tail>` +
    `[ \\t]+of[ \\t]+(?:them|which|these|those)(?=[ \\t]*(?:[,.;:)—–-]|$|(?:${alt(W.breakdown_verbs)}|${PREPS})\\b))` +
    `|[ \\t]+of(?=[ \\t]+(?:(?:the|its|their)[ \\t]+)?(?:(?:${alt(Object.values(W.qualifiers).flat())})[ \\t]+)?(?:${NUMBER_SOURCE}[ \\t]+)?${MODS}${NOUN}(?![\\p{L}-]))` +
    `|[ \\t]+(?:each|apiece)` +
    `|(?=[ \\t—–-]+${VERBS}(?:(?:${PREPS})[ \\t]|there\\b)))`,
  'giu',
);
/** The spaces between two words of a lookbehind, bounded: a lookbehind is read backwards from where it is tried, and
 *  an unbounded run there costs the length of the run at every position of it. */
const SPACES = '[ \\t]{1,4}';
/** "The other three were jammed", "A further 97 decoys", "Another 24 were downed": a count continuing an earlier one. */
// This and REGION_WITH are tried where a number starts (see atStarts), the words before it looked for behind it.
const CONTINUED = new RegExp(`(?<=(?<![\\p{L}])(?:the${SPACES}other|the${SPACES}remaining|another|a${SPACES}further|further)${SPACES})(?<num>${NUMBER_SOURCE})(?=[ \\t]+(?:were|was|had|have|fell|vanished|disappeared|crashed)\\b)`, 'giu');
/** "closely followed by the Voronezh region with twenty-seven": a region, then its count. */
const REGION_WITH = new RegExp(`(?<=(?:region|oblast|krai|republic|Oblast|Region|Krai|Republic)${SPACES}(?:with|had|recorded|reported|accounted${SPACES}for)${SPACES})(?<num>${NUMBER_SOURCE})(?![ \\t]+(?:people|civilians|residents|houses|homes|buildings)\\b)`, 'gu');
const NUMBER_NOUN_AT = sticky(NUMBER_NOUN);
const BARE_NUMBER_AT = sticky(BARE_NUMBER);
/** Where a cardinal can begin: a digit, or a number word ("forty-one", "a dozen", "half a dozen"). */
const NUMBER_START = new Bounded(NUMBER_START_SOURCE, 'iu', '\\p{L}\\d.,:-');
/** "Mykolaiv accounted for eight of them and Dnipropetrovsk for three": the verb left out of the second clause. */
const GAPPED = new RegExp(`(?:\\band|,)[ \\t]+(?:the[ \\t]+)?(?<place>\\p{Lu}[\\p{L}'’-]+(?:[ \\t]+(?:region|oblast|krai|Region|Oblast|Krai))?)[ \\t]+(?:for|with)[ \\t]+(?<num>${NUMBER_SOURCE})(?![ \\t]+(?:people|civilians|residents|houses|homes|buildings|hours|minutes|days)\\b)`, 'gu');
/** The words GAPPED turns on, looked for first (a regular expression finds them faster than two string searches for
 *  text that opens with a space). */
const FOR_WITH = / (?:for|with) /;
const GAPPED_GATE = /accounted[ \t]+for|[ \t](?:for|with)[ \t]+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a[ \t]+(?:dozen|pair))\b/i;
/** "three over Crimea, as many over the Black Sea", "six over Kursk and the same number over Voronezh": the count
 *  before, again, for another place. */
const AS_MANY = new RegExp(`\\b(?:as[ \\t]+many|the[ \\t]+same[ \\t]+number)(?=[ \\t]+(?:were[ \\t]+\\p{L}+[ \\t]+)?(?:${PREPS})[ \\t])`, 'giu');
const AS_MANY_GATE = /as many|same number/i;
const DOWNED = '(?:shot[ \\t]+down|brought[ \\t]+down|knocked[ \\t]+(?:out|down)|downed|destroyed|intercepted|neutrali[sz]ed|eliminated|suppressed|repelled|jammed|(?:locationally[ \\t]+)?lost(?:[ \\t]+(?:from|off)[ \\t]+radar)?)';
/** "air defence shot down 72, and 59 were lost from radar", "Of these, 79 were shot down": a number next to the verb,
 *  its noun left out. */
// Tried where a number starts (see atStarts), the verb looked for behind it: a scan of the sentence for the verbs took
// longer than the few numbers it holds.
const VERB_NUMBER = new RegExp(`(?<=\\b${DOWNED}${SPACES}(?:(?:${alt(Object.values(W.qualifiers).flat())})${SPACES})?)(?<num>${NUMBER_SOURCE})(?=[ \\t]*(?:[,;.:)]|$|(?:and|of|over|in|above|near|across|overnight|during)(?![\\p{L}])))`, 'gu');
const NUMBER_VERB = new RegExp(`(?<![\\p{L}\\d.,:/-])(?<num>${NUMBER_SOURCE})[ \\t]+(?:more[ \\t]+)?(?:were|was|had[ \\t]+been|have[ \\t]+been)[ \\t]+(?:(?:successfully|reportedly|also|then|later)[ \\t]+)?${DOWNED}(?![\\p{L}])`, 'giu');
const VERB_NUMBER_AT = sticky(VERB_NUMBER);
const NUMBER_VERB_AT = sticky(NUMBER_VERB);
const PASSIVE_GATE = /\b(?:were|was|been)\b/;
const DOWNED_GATE = /down|destroy|intercept|neutrali|eliminat|suppress|repell|jamm|lost/;
/** "downed 58 + 7": each term a count of its own. */
const SUM = /(?<![\d.,])(?<a>\d+)[ \t]*\+[ \t]*(?<b>\d+)(?![\d.,])/g;
const ONE_GATE = /\b(?:an?|another|one)[ \t]/i;
const NEGATED_BEFORE = /\b(?:not|no|every|any|each)[ \t]+$/i;
const NESTED_BEFORE = /\b(?:including|of which|among them)[ \t]+$/i;
/** "eight over Russia's Rostov region", "over Ukraine's Sumy region": the country's name does not part a count from it. */
const COUNTRY_OF = `(?:(?:Russia|Ukraine|Belarus)['’]s[ \\t]+)?`;
const TYING = new RegExp(`(?:^|[\\s—–-])(?<prep>${PREPS})[ \\t]+(?:the[ \\t]+)?${COUNTRY_OF}(?:(?:city|town|village|port|settlement)[ \\t]+of[ \\t]+)?$`, 'iu');
const FRAME_BEFORE = new RegExp(`\\b(?:in|over|above|near|across|at|for|around)[ \\t]+(?:the[ \\t]+)?${COUNTRY_OF}(?:(?:city|town|village|port)[ \\t]+of[ \\t]+)?$`, 'i');
const FROM_BEFORE = /\bfrom[ \t]+(?:the[ \t]+)?(?:temporarily[ \t]+)?(?:occupied[ \t]+)?(?:Russian[ \t]+)?(?:cities[ \t]+of[ \t]+)?$/i;
const ANAPHORA = /^[^.;!?\d]{0,30}?\b(?:over|in|above|across|targeted|targeting|attacked|hit|at|on)[ \t]+(?:the|this|his|her|our|that)[ \t]+(?:region|oblast|city|district|republic|peninsula|town|village)\b/i;
const SPEECH = /\b(?:said|says|reported|reports|wrote|writes|told|announced|claimed|stated|added|according)\b/i;
const QUALIFIER_BEFORE = Object.entries(W.qualifiers).map(([q, words]) => [q as Qualifier, new RegExp(`\\b(?:${alt(words)})[ \\t]+$`, 'i')] as const);
/** Each action word, lower case, with its action and the action's place in the list (which wins a tie). */
const ACTION_OF = new Map(Object.entries(W.actions).flatMap(([action, words], order) => words.map((w) => [w.toLowerCase(), { action: action as Action, order }] as const)));
/** Every action word in one scan. No word or phrase of the list overlaps another, so one pass finds what a pass per
 *  action would (a test holds the list to that). */
const ACTION_WORD = new RegExp(`\\b(?:${alt(ACTION_OF.keys())})\\b`, 'gi');
const CLAIMANTS = W.claimants.map((c) => ({ name: c.name, pattern: new RegExp(`\\b${c.pattern}\\b`) }));
/** Any claimant at all, in one scan: most texts name none, and the pattern per claimant is tried only when one does. */
const ANY_CLAIMANT = new RegExp(CLAIMANTS.map((c) => c.pattern.source).join('|'));

/** How far a count's region may lie after it: up to the next number or clause end. */
const WINDOW = 90;

export interface CountContext {
  /** Officials found in the article, for claimants: name and span. */
  officials: { name: string; region: string | null; start: number; end: number }[];
}

function qualifierOf(before: string): Qualifier {
  for (const [q, pattern] of QUALIFIER_BEFORE) if (pattern.test(before)) return q;
  return 'exact';
}

interface ActionWord {
  action: Action;
  order: number;
  at: number;
}

/** Where a sentence's action verbs stand: found once per sentence, however many counts it holds. */
export function actionWords(sentence: string): ActionWord[] {
  return execAll(ACTION_WORD, sentence).map((m) => {
    const { action, order } = ACTION_OF.get(m[0].toLowerCase())!;
    return { action, order, at: m.index };
  });
}

/** The action verb closest to the count within its sentence; on a tie, the action first in the list, then the
 *  earlier word. */
function actionOf(words: readonly ActionWord[], at: number): Action {
  let best: Action = 'unknown';
  let bestDistance = Infinity;
  let bestOrder = Infinity;
  for (const w of words) {
    const d = Math.abs(w.at - at);
    if (d < bestDistance || (d === bestDistance && w.order < bestOrder)) [best, bestDistance, bestOrder] = [w.action, d, w.order];
  }
  return best;
}

/** The first claimant of the list that a text names. */
const claimantIn = (text: string): string | null => (ANY_CLAIMANT.test(text) ? CLAIMANTS.find((c) => c.pattern.test(text))!.name : null);

/** Between two places of one list: a comma or "and", perhaps a preposition again, perhaps a description of the place
 *  before ("over Bryansk region, another border area, and over Lipetsk region"). */
const LIST_GAP = /^(?:,[ \t]+(?:an?|another|the)[ \t]+[a-z][a-z \t-]{0,40},)?,?[ \t]*(?:(?:and|or)[ \t]+)?(?:(?:over|near|in|above|around)[ \t]+)?(?:the[ \t]+)?$/;
/** "across Russian regions and the Black Sea": a count spread over the country, not one sea. */
const SPREAD = /\b(?:over|across|in|above|at|on|against|throughout)[ \t]+(?:(?:[\p{L}'’-]+[ \t]+){0,2}(?:regions|oblasts|territories|provinces)|(?:targets[ \t]+across[ \t]+)?(?:the[ \t]+(?:whole[ \t]+|entire[ \t]+)?country|Ukraine|Russia)(?![\p{L}'’]))/iu;
/** The word SPREAD ends in, looked for first: most counts are followed by none. */
const SPREAD_WORD = /regions|oblasts|territories|provinces|country|Ukraine|Russia/i;
/** "Russia's overnight assault on Ukraine", "across the country": a sentence about the whole country, whose counts
 *  are no region's even when the article names only one. */
const NATIONWIDE = /\b(?:(?:across|over|on|against|throughout|all[ \t]+over)[ \t]+(?:the[ \t]+(?:whole[ \t]+|entire[ \t]+)?country|Ukraine|Russia)(?![\p{L}'’])|nationwide)/iu;
const GENERIC_PLACES = /\b(?:regions|oblasts|territories|areas|provinces|parts of)\b/i;

const APPOSITION_AFTER = /^[ \t]+(?!(?:and|or|regions?|oblasts?|krais?|republics?|provinces?|territor(?:y|ies))\b)[a-z]/;

/** Consecutive places joined by commas, "and", "and near": "the Voronezh and Saratov regions",
 *  "over the Sea of Azov and near Taganrog and Novocherkassk". */
function groupFrom(locations: LocationMention[], first: number, text: string): LocationMention[] {
  const group = [locations[first]];
  for (let i = first + 1; i < locations.length; i++) {
    const gap = text.slice(group[group.length - 1].end, locations[i].start);
    if (!LIST_GAP.test(gap)) break;
    // "over Crimea, the Black Sea peninsula": a description of the place before, not a second place.
    if (!/and|or/.test(gap) && APPOSITION_AFTER.test(text.slice(locations[i].end, locations[i].end + 20))) break;
    group.push(locations[i]);
  }
  return group;
}

const countable = (l: LocationMention) => l.code !== null && l.code !== 'RU' && l.code !== 'UA';
const NEXT_NUMBER = new RegExp(`(?<![\\p{L}\\d])(?:${NUMBER_SOURCE})|[.;!?]`, 'iu');

/** The unicode patterns of this module, and their twins for a text whose letters are all ASCII (`Doc.ascii`), which
 *  find the same matches two to three times faster. */
const PATTERNS = withAsciiTwins({
  droneNoun: DRONE_NOUN,
  oneNoun: ONE_NOUN,
  numberStart: NUMBER_START,
  numberNoun: NUMBER_NOUN_AT,
  bareNumber: BARE_NUMBER_AT,
  continued: sticky(CONTINUED),
  regionWith: sticky(REGION_WITH),
  nationwide: NATIONWIDE,
  verbNumber: VERB_NUMBER_AT,
  numberVerb: NUMBER_VERB_AT,
  tying: TYING,
  spread: SPREAD,
  nextNumber: NEXT_NUMBER,
});
type Patterns = typeof PATTERNS.unicode;

/** How a count got its region, named in its rule ("+region-after"): a place after it, before it, "the region", a list
 *  of places (none), its line, the official who speaks ("speaker"), the only region of the article ("sole"). */
type Via = 'after' | 'before' | 'anaphora' | 'list' | 'line' | 'speaker' | 'sole' | 'none';

/** The regions a count is tied to: places after it ("over Crimea"), or, failing that, a region just before it in the
 *  same clause ("The Samara region accounted for 20 of them", "In the Rostov region, ... eight drones"); several for a
 *  distributive count ("each"). A count over several regions at once is a total ("over the Kharkiv, Kyiv ... regions"). */
function regionsFor(scope: Scope, start: number, end: number, distributive: boolean): { codes: (string | null)[]; via: Via } {
  const { doc, locations, rx } = scope;
  const { text } = doc;
  const rest = text.slice(end, end + WINDOW);
  const stop = rx.nextNumber.exec(rest);
  const limit = end + (stop ? stop.index : rest.length);
  const next = firstAtOrAfter(locations, end);
  const after = next < locations.length && locations[next].start < limit ? next : -1;
  let several = false;
  // "over the country's regions", "across Russian regions and the Black Sea": a total.
  const ahead = text.slice(end, limit);
  if (SPREAD_WORD.test(ahead) && rx.spread.test(ahead)) return { codes: [null], via: 'list' };
  const lead = after >= 0 ? text.slice(end, locations[after].start) : '';
  if (after >= 0 && rx.tying.test(lead) && !FROM_BEFORE.test(lead)) {
    const codes = [...new Set(groupFrom(locations, after, text).map((l) => l.code))];
    if (distributive || (codes.length === 1 && !GENERIC_PLACES.test(lead))) return { codes, via: 'after' };
    several = true;
  }
  if (!several && ANAPHORA.test(ahead)) return { codes: [regionInForce(doc, start)], via: 'anaphora' };
  let b = firstAtOrAfter(locations, start) - 1;
  while (b >= 0 && locations[b].end > start) b--;
  const before = b >= 0 && locations[b].end > start - 70 ? locations[b] : undefined;
  if (before) {
    const between = text.slice(before.end, start);
    const framed = FRAME_BEFORE.test(text.slice(Math.max(0, before.start - 30), before.start));
    if (!/\d|[.;!?]|(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/.test(between) && (framed || distributive || !SPEECH.test(between)) && !FROM_BEFORE.test(text.slice(Math.max(0, before.start - 40), before.start))) {
      if (!distributive) return { codes: [before.code], via: 'before' };
      let first = b;
      while (first > 0 && /^(?:,?[ \t]*(?:and|or)?[ \t]*|,[ \t]*)$/.test(text.slice(locations[first - 1].end, locations[first].start))) first--;
      return { codes: groupFrom(locations, first, text).map((l) => l.code), via: 'before' };
    }
  }
  return { codes: [null], via: several ? 'list' : 'none' };
}

/** What a document's counts are read against, computed once: the places a count can be tied to, the article's
 *  national claimant, and the one region it names, if it names only one. */
interface Scope {
  doc: Doc;
  /** This document's patterns: ASCII or unicode. */
  rx: Patterns;
  context: CountContext;
  locations: LocationMention[];
  articleClaimant: string | null;
  soleRegion: string | null;
  /** regionsFor's answers by span, keyed by start and distributive (see `placeOf`): a breakdown item is placed once
   *  to be found, and again to be written. */
  placed: Map<number, { end: number; placed: ReturnType<typeof regionsFor> }>;
  /** What each sentence holding a count says, by sentence index, found once however many counts it holds. */
  sentences: Map<number, SentenceFacts>;
  /** Where the paragraph holding each sentence begins, by sentence index; null until a count needs them. */
  paragraphs: number[] | null;
}

interface SentenceFacts {
  actions: ActionWord[];
  /** Whether the sentence speaks of the whole country ("Russia's assault on Ukraine"): read when a count without a
   *  region of its own asks (see `isNationwide`), null until then. */
  nationwide: boolean | null;
  /** The national claimant the sentence names ("the Defence Ministry said"), if any. */
  claimant: string | null;
}

function factsOf(scope: Scope, text: string, index: number): SentenceFacts {
  let facts = scope.sentences.get(index);
  if (!facts) {
    facts = { actions: actionWords(text), claimant: claimantIn(text), nationwide: null };
    scope.sentences.set(index, facts);
  }
  return facts;
}

function isNationwide(scope: Scope, sentence: Sentence): boolean {
  const facts = factsOf(scope, sentence.text, sentence.index);
  facts.nationwide ??= scope.rx.nationwide.test(sentence.text);
  return facts.nationwide;
}

function placeOf(scope: Scope, start: number, end: number, distributive: boolean): ReturnType<typeof regionsFor> {
  // A number key, not a "start:end:distributive" string, with the end checked on a hit: building the string cost
  // more than the lookup saved.
  const key = start * 2 + (distributive ? 1 : 0);
  const known = scope.placed.get(key);
  if (known?.end === end) return known.placed;
  const placed = regionsFor(scope, start, end, distributive);
  scope.placed.set(key, { end, placed });
  return placed;
}

function scopeOf(doc: Doc, context: CountContext): Scope {
  const named = new Set(
    doc.locations
      .filter((l) => countable(l) && !l.code!.startsWith('SEA:') && l.code!.length > 2 && !FROM_BEFORE.test(doc.text.slice(Math.max(0, l.start - 40), l.start)))
      .map((l) => l.code),
  );
  return {
    doc,
    rx: doc.ascii ? PATTERNS.ascii : PATTERNS.unicode,
    context,
    locations: doc.locations.filter(countable),
    articleClaimant: claimantIn(doc.text),
    soleRegion: named.size === 1 ? [...named][0] : null,
    placed: new Map(),
    sentences: new Map(),
    paragraphs: null,
  };
}

function claimantOf(scope: Scope, at: number): string | null {
  const { doc, context } = scope;
  const sentence = sentenceOf(doc, at);
  const named = factsOf(scope, sentence.text, sentence.index).claimant;
  if (named) return named;
  const official = context.officials.find((o) => o.start >= sentence.start && o.end <= sentence.end);
  return official?.name ?? scope.articleClaimant ?? context.officials[0]?.name ?? null;
}

const BLANK_LINE = /(?:\r?\n|\r)[ \t]*(?:\r?\n|\r)/;

/** Where the paragraph holding a sentence begins: at the first sentence after the last blank line (LF, CRLF or CR)
 *  before it. Every line end ends a sentence, so blank lines lie between sentences, in the white space that parts
 *  them: that alone is read, once per text, on first need. */
function paragraphStart(scope: Scope, sentence: Sentence): number {
  const { doc } = scope;
  if (!scope.paragraphs) {
    let start = 0;
    scope.paragraphs = doc.sentences.map((s, i) => (i > 0 && BLANK_LINE.test(doc.text.slice(doc.sentences[i - 1].end, s.start)) ? (start = s.start) : start));
  }
  return scope.paragraphs[sentence.index];
}

/** The region a count with no region of its own falls back on: that of the regional official who speaks in its
 *  paragraph ("..., he said"), or the only region the article names. National claimants (a ministry, the air force)
 *  keep it a total. */
function fallbackRegion(scope: Scope, at: number): { region: string; via: 'speaker' | 'sole' } | null {
  const { doc, context } = scope;
  const sentence = sentenceOf(doc, at);
  if (factsOf(scope, sentence.text, sentence.index).claimant) return null;
  const previous = doc.sentences[sentence.index - 1];
  if (isNationwide(scope, sentence) || (previous && isNationwide(scope, previous))) return null;
  const from = paragraphStart(scope, sentence);
  const speaking = context.officials.filter((o) => o.region && o.start >= from && o.start < sentence.end).pop();
  if (speaking) return { region: speaking.region!, via: 'speaker' };
  const regional = new Set(context.officials.map((o) => o.region));
  if (regional.size === 1 && !regional.has(null) && !scope.articleClaimant) return { region: [...regional][0]!, via: 'speaker' };
  return scope.soleRegion ? { region: scope.soleRegion, via: 'sole' } : null;
}

/** Is the sentence, or one of the two before it, about drones, or did the one before give a count? Breakdown items
 *  ("– 7 over the Smolensk region") lean on it. */
function inDroneContext(hasDrones: readonly boolean[], sentenceIndex: number, counted: ReadonlySet<number>): boolean {
  if (counted.has(sentenceIndex - 1)) return true;
  for (let i = Math.max(0, sentenceIndex - 2); i <= sentenceIndex; i++) if (hasDrones[i]) return true;
  return false;
}

/** "there" before the clause ends: "twenty-nine shot down there". */
const THERE_AHEAD = /^[^,.;]*there\b/;

interface Found {
  start: number;
  end: number;
  count: number;
  distributive: boolean;
  rule: string;
  confidence: number;
  /** The regions of a list line's count, fixed by its line (see list-lines.ts). */
  codes?: (string | null)[];
  /** "10 of the 12 drones": a part of the count that follows. */
  partOf?: boolean;
}

const NUMBER_LIST = new RegExp(`(?<![\\p{L}\\d.,:-])(?:${NUMBER_SOURCE})(?:(?:,[ \\t]*|,?[ \\t]+and[ \\t]+)(?:${NUMBER_SOURCE}))+`, 'giu');
const NUMBER_ITEM = new RegExp(NUMBER_SOURCE, 'giu');

/** "Twelve and eight drones were downed over the Bryansk and Kursk regions respectively": the n-th count for the n-th
 *  place, when the counts and the places are as many. */
function respectively(scope: Scope, sentence: Sentence): Found[] {
  const { doc, locations } = scope;
  const out: Found[] = [];
  for (const list of execAll(NUMBER_LIST, sentence.text)) {
    const listEnd = sentence.start + list.index + list[0].length;
    const first = firstAtOrAfter(locations, listEnd);
    if (first >= locations.length || locations[first].end > sentence.end) continue;
    const places = groupFrom(locations, first, doc.text);
    const items = execAll(NUMBER_ITEM, list[0]).map((m) => ({ m, count: parseNumber(m[0]) }));
    if (places.length !== items.length || items.some((i) => !i.count)) continue;
    for (const [k, { m, count }] of items.entries()) {
      const start = sentence.start + list.index + m.index;
      out.push({ start, end: start + m[0].length, count: count!, distributive: false, rule: 'drone_count/respectively', confidence: 0.75, codes: [places[k].code] });
    }
  }
  return out;
}

/** One sentence as the count rules read it: where its numbers can start, and how a count found in it is kept. */
interface SentenceScan {
  scope: Scope;
  sentence: Sentence;
  /** Offsets in the sentence's text where a number can start. */
  starts: number[];
  /** Keeps a count, unless it overlaps one kept before it in the sentence or a word before it rules it out. */
  add: (f: Found) => void;
  /** The counts kept in the sentence so far, for "as many" to look back on. */
  counts: Found[];
}

/** The matches of a sticky pattern tried at each number start of the sentence. */
function atStarts(s: SentenceScan, sticky: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (const i of s.starts) {
    sticky.lastIndex = i;
    const m = sticky.exec(s.sentence.text);
    if (m) out.push(m);
  }
  return out;
}

/** A count found by a match in the sentence: from the start of its `group` (the whole match if none) to the match's end. */
function foundAt(s: SentenceScan, m: RegExpMatchArray, count: number, distributive: boolean, rule: string, confidence: number, group?: string): Found {
  return {
    start: s.sentence.start + m.index! + (group ? m[0].indexOf(m.groups![group]) : 0),
    end: s.sentence.start + m.index! + m[0].length,
    count,
    distributive,
    rule,
    confidence,
  };
}

// The rules, one function each, tried in this order: a count found by an earlier rule keeps its span from a later one.
// Small functions also keep V8's optimised code small: one large function was compiled again whole each time a
// branch of it met a new kind of input.

/** "94 Ukrainian drones", "Six drones each". */
function numberNounCounts(s: SentenceScan): void {
  for (const m of atStarts(s, s.scope.rx.numberNoun)) {
    const count = parseNumber(m.groups!.num);
    if (count) s.add(foundAt(s, m, count, Boolean(m.groups!.each), m.groups!.each ? 'drone_count/each' : 'drone_count/number-noun', 0.9));
  }
}

/** "a drone", "another UAV". */
function oneNounCounts(s: SentenceScan): void {
  if (!ONE_GATE.test(s.sentence.text)) return;
  for (const m of s.scope.rx.oneNoun.all(s.sentence.text)) {
    s.add(foundAt(s, m, 1, Boolean(m.groups!.each), m.groups!.each ? 'drone_count/each' : 'drone_count/singular', 0.7));
  }
}

/** "five of them", "three of the Shahed drones", "Six each", "41 over Crimea". */
function bareNumberCounts(s: SentenceScan): void {
  const { scope } = s;
  for (const m of atStarts(s, scope.rx.bareNumber)) {
    const count = parseNumber(m.groups!.num);
    if (!count) continue;
    const tail = m.groups!.tail ?? '';
    const each = /each|apiece/.test(tail);
    const rule = each ? 'drone_count/each' : /of[ \t]+which/.test(tail) ? 'drone_count/of-which' : tail ? 'drone_count/of-them' : 'drone_count/breakdown-list';
    const f = foundAt(s, m, count, each, rule, tail ? 0.8 : 0.85);
    if (/^[ \t]+of$/.test(tail)) f.partOf = true;
    // A breakdown item must say where: "41 over Crimea", "twenty-nine shot down there".
    if (!tail && !THERE_AHEAD.test(scope.doc.text.slice(f.end, f.end + 60)) && placeOf(scope, f.start, f.end, false).via !== 'after') continue;
    s.add(f);
  }
}

/** "The other three were jammed", "the Voronezh region with twenty-seven". */
function continuedCounts(s: SentenceScan): void {
  const { rx } = s.scope;
  for (const [pattern, rule] of [[rx.continued, 'drone_count/continued'], [rx.regionWith, 'drone_count/region-with']] as const) {
    for (const m of atStarts(s, pattern)) {
      const count = parseNumber(m.groups!.num);
      // The words before the number are looked for behind it: the match is the number alone.
      if (count) s.add(foundAt(s, m, count, false, rule, 0.75));
    }
  }
}

/** "air defence shot down 72", "79 were shot down": the number beside its verb, the noun left out. */
function verbCounts(s: SentenceScan): void {
  const { rx } = s.scope;
  const { text } = s.sentence;
  const numberVerb = PASSIVE_GATE.test(text) && DOWNED_GATE.test(text);
  for (const [matches, rule] of [[atStarts(s, rx.verbNumber), 'drone_count/verb-number'], [numberVerb ? atStarts(s, rx.numberVerb) : [], 'drone_count/number-verb']] as const) {
    for (const m of matches) {
      const count = parseNumber(m.groups!.num);
      if (!count) continue;
      // Both patterns match from the number on; the count's span is the number alone.
      const start = s.sentence.start + m.index;
      s.add({ start, end: start + m.groups!.num.length, count, distributive: false, rule, confidence: 0.75 });
    }
  }
}

/** "Mykolaiv accounted for eight of them and Dnipropetrovsk for three". */
function gappedCounts(s: SentenceScan): void {
  const { scope, sentence } = s;
  const { locations } = scope;
  // GAPPED names a place: a sentence with none is passed over.
  const places = firstAtOrAfter(locations, sentence.start);
  if (places >= locations.length || locations[places].start >= sentence.end || !FOR_WITH.test(sentence.text) || !GAPPED_GATE.test(sentence.text)) return;
  for (const m of execAll(GAPPED, sentence.text)) {
    const count = parseNumber(m.groups!.num);
    const placeAt = sentence.start + m.index + m[0].indexOf(m.groups!.place);
    const place = locations[firstAtOrAfter(locations, placeAt)];
    if (count && place?.start === placeAt) s.add({ ...foundAt(s, m, count, false, 'drone_count/gapped', 0.7, 'num'), codes: [place.code] });
  }
}

/** "as many" repeats a count before it in the sentence. */
function asManyCounts(s: SentenceScan): void {
  if (!s.counts.length || !AS_MANY_GATE.test(s.sentence.text)) return;
  for (const m of execAll(AS_MANY, s.sentence.text)) {
    const at = s.sentence.start + m.index;
    const before = s.counts.filter((o) => o.end <= at).sort((a, b) => b.start - a.start)[0];
    if (before) s.add({ ...foundAt(s, m, before.count, false, 'drone_count/as-many', 0.7), end: at + m[0].length });
  }
}

/** "downed 58 + 7": each term a count of its own. */
function sumCounts(s: SentenceScan): void {
  if (!s.sentence.text.includes('+')) return;
  for (const m of execAll(SUM, s.sentence.text)) {
    for (const term of ['a', 'b'] as const) {
      const start = s.sentence.start + m.index + (term === 'a' ? 0 : m[0].length - m.groups!.b.length);
      s.add({ start, end: start + m.groups![term].length, count: Number(m.groups![term]), distributive: false, rule: 'drone_count/sum', confidence: 0.7 });
    }
  }
}

/** Every count span in text order, before regions are given to them. */
function findCounts(scope: Scope): Found[] {
  const { doc, rx } = scope;
  const found: Found[] = [];
  const counted = new Set<number>();
  const lines = listLineCounts(doc, scope.locations, (start, end) => rx.droneNoun.test(doc.text.slice(Math.max(0, start - 600), end)));
  const byLine = new Set(lines.map((l) => l.start));
  for (const l of lines) {
    found.push({ start: l.start, end: l.end, count: l.count, distributive: false, rule: 'drone_count/list-line', confidence: 0.8, codes: l.codes });
    counted.add(sentenceOf(doc, l.start).index);
  }
  const hasDrones = doc.sentences.map((s) => rx.droneNoun.test(s.text));
  for (const sentence of doc.sentences) {
    const drones = hasDrones[sentence.index];
    if (!drones && !inDroneContext(hasDrones, sentence.index, counted)) continue;
    const taken = new DisjointSpans();
    const counts: Found[] = [];
    const add = (f: Found) => {
      if (byLine.has(f.start) || taken.overlaps(f.start, f.end)) return;
      const before = doc.text.slice(Math.max(0, f.start - 16), f.start);
      if (NEGATED_BEFORE.test(before)) return;
      // "including one each over the Kursk and Tambov regions": parts named as examples, not a breakdown.
      if (NESTED_BEFORE.test(before)) f.rule = f.rule.endsWith('each') ? `${f.rule}+nested` : 'drone_count/of-which';
      found.push(f);
      taken.add(f.start, f.end);
      counts.push(f);
      counted.add(sentence.index);
    };
    // The number patterns are long; they are tried only where a number can start, not at every character.
    const s: SentenceScan = { scope, sentence, starts: rx.numberStart.all(sentence.text).map((m) => m.index), add, counts };
    const numbers = s.starts.length > 0;
    // "respectively" pairs a list of two numbers or more with as many places.
    if (s.starts.length > 1 && sentence.text.includes('respectively')) for (const f of respectively(scope, sentence)) add(f);
    if (drones) {
      numberNounCounts(s);
      oneNounCounts(s);
    }
    if (!numbers) continue;
    bareNumberCounts(s);
    continuedCounts(s);
    verbCounts(s);
    gappedCounts(s);
    asManyCounts(s);
    sumCounts(s);
  }
  return found.sort((a, b) => a.start - b.start);
}

export function extractDroneCounts(doc: Doc, context: CountContext): DroneCountRecord[] {
  const scope = scopeOf(doc, context);
  const found = findCounts(scope);
  const placed = found.map((f) => {
    const { codes, via } = f.codes ? { codes: f.codes, via: 'line' as const } : placeOf(scope, f.start, f.end, f.distributive);
    return { f, codes, via };
  });
  // "destroyed 10 of the 12 drones over Odesa": the part and the whole are over the same place.
  for (const [i, p] of placed.entries()) {
    const whole = placed[i + 1];
    if (!p.f.partOf || !whole || whole.f.start - p.f.end > 40) continue;
    const placedOne = p.codes[0] !== null ? p : whole;
    [p.codes, p.via, whole.codes, whole.via] = [placedOne.codes, placedOne.via, placedOne.codes, placedOne.via];
  }
  // A count with no place of its own is a total when regional counts follow it (a breakdown); otherwise it may
  // belong to the region its speaker governs or the only region in the article.
  for (const [i, p] of placed.entries()) {
    // "shot down five UAVs over the region", said by a governor, of an article that names no region before it.
    if (p.via === 'anaphora' && p.codes[0] === null) {
      const fallback = fallbackRegion(scope, p.f.start);
      if (fallback?.via === 'speaker') [p.codes, p.via] = [[fallback.region], 'speaker'];
      continue;
    }
    if (p.via !== 'none') continue;
    const next = placed[i + 1];
    // "a drone above the Northern Pier ... two drones over the Black Sea": a larger count after is no part of it.
    if (next && next.codes[0] !== null && next.via !== 'anaphora' && next.f.count <= p.f.count) continue;
    const fallback = fallbackRegion(scope, p.f.start);
    if (fallback) [p.codes, p.via] = [[fallback.region], fallback.via];
  }
  const records = countRecords(doc, placed, ({ f, via }, sentence) => ({
    action: actionOf(factsOf(scope, sentence.text, sentence.index).actions, f.start - sentence.start),
    qualifier: qualifierOf(doc.text.slice(Math.max(0, f.start - 24), f.start)),
    claimant: claimantOf(scope, f.start),
    rule: via === 'none' || via === 'list' || via === 'line' ? f.rule : `${f.rule}+region-${via}`,
    confidence: f.confidence,
  }));
  // "a Shahed downed" in a headline, then "an enemy Shahed above the Dniprovskyi district": one count, with its region.
  const regional = new Set(records.filter((r) => r.region !== null).map((r) => r.count));
  return records.filter((r) => r.region !== null || !regional.has(r.count));
}
