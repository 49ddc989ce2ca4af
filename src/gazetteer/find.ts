/** Finds every region, place and administrative unit named in a text, with its span. Pure. */
import { distance } from 'fastest-levenshtein';
import { foldName, gazetteer, type Gazetteer, type PlaceEntry, type RegionEntry } from './data.js';
import { anyCase, execAll, sticky } from '../text/patterns.js';
import { charBefore } from '../text/scan.js';
import { capitalisedRuns, WORD, type Runs } from './runs.js';
import { memoized } from '../text/memo.js';
import { asciiLettersOnly } from '../text/ascii.js';
import { type Claims, MaskedClaims } from './claims.js';
import { findRussian, hasCyrillic } from './ru.js';

export interface LocationMention {
  kind: 'region' | 'place';
  start: number;
  end: number;
  text: string;
  /** Region code; for a place, the code of its region (null when no context gives one). */
  code: string | null;
  /** Canonical name: the region's English name, or the place as written with its type word. */
  name: string;
  rule: string;
  confidence: number;
  /** Set when the name was not in the gazetteer as written: the unknown stem ("Bellamy"). */
  unresolved?: string;
}

const STEM_LIST = String.raw`(?<list>${WORD}(?:[ \t]+${WORD})?(?:,[ \t]*${WORD}(?:[ \t]+${WORD})?)*(?:,?[ \t]+(?:and|or)[ \t]+${WORD}(?:[ \t]+${WORD})?)?)`;
const REGION_TYPE_WORDS = anyCase(String.raw`oblasts?|regions?|provinces?|krai|kray|territory|republic|autonomous[ \t]+okrug|autonomous[ \t]+oblast`);
const UNIT_TYPE_WORDS = anyCase(String.raw`(?:urban|municipal|city)[ \t]+districts?|districts?|raions?|hromadas?|communit(?:y|ies)|rayons?`);
const REGION_TYPES = `(?<type>${REGION_TYPE_WORDS})`;
const UNIT_TYPES = `(?<type>${UNIT_TYPE_WORDS})`;

/** "Kursk, Oryol and Bryansk regions", "Bryansk Oblast", "the Samara region". Matched backwards from the type word
 *  (see endingAt), since type words are rare and names before them are not. */
const TYPE_FORM = new RegExp(String.raw`(?<![\p{L}-])${STEM_LIST}[ \t]+${REGION_TYPES}$`, 'uy');
/** "Republic of Tatarstan", "Region of Murcia" is not ours: only republics. */
const REPUBLIC_OF = new RegExp(String.raw`\bRepublic[ \t]+of[ \t]+(?<list>${WORD}(?:[ \t]+${WORD})?)`, 'gu');
/** "Nikopol district", "Solomianskyi, Holosiivskyi and Sviatoshynskyi districts", "Marhanets community". */
const UNIT_FORM = new RegExp(String.raw`(?<![\p{L}-])${STEM_LIST}[ \t]+${UNIT_TYPES}$`, 'uy');
/** A region or unit type word ("oblast", "Autonomous Okrug", "district"), not after a letter or hyphen (checked in
 *  code): a Bounded scan of the whole text for these ran 20 ms over the benchmark corpus, the most of any pattern
 *  here, so they are only looked for where a type form could use them (see typeWords). */
const TYPE_WORD = new RegExp(String.raw`(?:(?<region>${REGION_TYPE_WORDS})|${UNIT_TYPE_WORDS})(?![\p{L}-])`, 'uy');
const NOT_BEFORE_TYPE_WORD = /^[\p{L}-]$/u;
const lower = (c: number) => (c >= 97 && c <= 122 ? c - 97 : -1);
const letterAt = (text: string, at: number) => lower(text.charCodeAt(at) | 32);

/** The first three letters of every word of the type words, lower-cased, at (a * 26 + b) * 26 + c: any type word
 *  starts with one of them, its first letter in either case and the next two in lower case. A table, not a set of
 *  strings: it is asked at every word of every run (a string and a hash each cost 13 ms over the corpus). */
const TYPE_STARTS = new Uint8Array(26 * 26 * 26);
for (const words of [REGION_TYPE_WORDS, UNIT_TYPE_WORDS]) {
  for (const word of words.replace(/\[(\p{Lu})\p{Ll}\]/gu, (_, c: string) => c.toLowerCase()).match(/[a-z]{3,}/g)!) {
    TYPE_STARTS[(lower(word.charCodeAt(0)) * 26 + lower(word.charCodeAt(1))) * 26 + lower(word.charCodeAt(2))] = 1;
  }
}

/** Whether a type word may start at `at`, by its first three letters. */
function mayStartTypeWord(text: string, at: number): boolean {
  const a = letterAt(text, at);
  const b = lower(text.charCodeAt(at + 1));
  const c = lower(text.charCodeAt(at + 2));
  return a >= 0 && b >= 0 && c >= 0 && TYPE_STARTS[(a * 26 + b) * 26 + c] === 1;
}

/** The type word at `at`, as a scan of the whole text for TYPE_WORD, skipping what each hit covers, would find it. */
function typeWordAt(text: string, at: number): RegExpExecArray | null {
  if (!mayStartTypeWord(text, at)) return null;
  const before = charBefore(text, at);
  if (before !== '' && NOT_BEFORE_TYPE_WORD.test(before)) return null;
  TYPE_WORD.lastIndex = at;
  const hit = TYPE_WORD.exec(text);
  if (!hit) return null;
  // "Autonomous Oblast", "City district": a two-word hit just before covers this one.
  let end = at;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === at) return hit;
  let start = end;
  while (start > 0 && letterAt(text, start - 1) >= 0) start--;
  const previous = start < end ? twoWordTypeAt(text, start) : null;
  return previous && previous.index + previous[0].length > at ? null : hit;
}

/** The type word at `at` when it is of two words ("Autonomous Okrug"): no hit covers its start, since no type word
 *  ends in a word that starts one of two. */
function twoWordTypeAt(text: string, at: number): RegExpExecArray | null {
  const before = charBefore(text, at);
  if (before !== '' && NOT_BEFORE_TYPE_WORD.test(before)) return null;
  TYPE_WORD.lastIndex = at;
  return TYPE_WORD.exec(text);
}

/** The region type words and the unit type words that a type form could end at, in order: those at the start of a
 *  word of a capitalised run or after one and its spaces. A type form "Kursk and Oryol regions" ends in its last name,
 *  a capitalised word and so a word of a run, then white space and the type word; or, when the type word is of two
 *  words, the last name can be the type word's first ("the Jewish Autonomous| Oblast"), a run's word. The type words
 *  elsewhere ("the region") start no type form, and endingAt would find none for them. */
function typeWords(text: string, runs: Runs): { region: RegExpExecArray[]; unit: RegExpExecArray[] } {
  const region: RegExpExecArray[] = [];
  const unit: RegExpExecArray[] = [];
  let last = -1;
  const tryAt = (at: number) => {
    if (at <= last) return;
    last = at;
    const hit = typeWordAt(text, at);
    if (hit) (hit.groups!.region === undefined ? unit : region).push(hit);
  };
  for (let w = 0; w < runs.wordStart.length; w++) {
    tryAt(runs.wordStart[w]);
    let after = runs.wordEnd[w];
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after++;
    if (after > runs.wordEnd[w]) tryAt(after);
  }
  return { region, unit };
}
/** How far before a type word its list of names may start: "within Kyiv, Donetsk, ... and Khmelnytskyi oblasts". */
const LIST_REACH = 200;

const WORD_CHAR = /[\p{L}\p{M}'’-]/u;
const CAPITALISED = /^\p{Lu}/u;

/** WORD_CHAR of one UTF-16 unit, ASCII decided in code: the walk back from each type word tests every character of
 *  the words it passes (a surrogate half is no word character, as WORD_CHAR finds it). */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 45;
  return c === 0x2019 || WORD_CHAR.test(String.fromCharCode(c));
}

/** CAPITALISED of the word text[start, end), all of whose units are word characters. */
function isCapitalised(text: string, start: number, end: number): boolean {
  if (start === end) return false;
  const c = text.charCodeAt(start);
  return c < 128 ? c >= 65 && c <= 90 : CAPITALISED.test(text[start]);
}

/** Starts of the capitalised words in the list that ends just before `end`, leftmost first, found by walking back
 *  over names, commas, "and" and "or": "within Kyiv, Donetsk ... and Khmelnytskyi| oblasts". */
function listStarts(text: string, end: number): number[] {
  const starts: number[] = [];
  let i = end;
  while (end - i < LIST_REACH) {
    let j = i;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    if (j > 0 && text[j - 1] === ',') {
      i = j - 1;
      continue;
    }
    let k = j;
    while (k > 0 && isWordChar(text.charCodeAt(k - 1))) k--;
    if (isCapitalised(text, k, j)) starts.unshift(k);
    else if (!(j - k === 3 && text.startsWith('and', k)) && !(j - k === 2 && text.startsWith('or', k))) break;
    i = k;
  }
  return starts;
}

/** Matches of `pattern` (sticky, anchored with $) that end at one of the type words `hits`, as if `pattern` had run over
 *  the text: tried only from the starts of the names before the type word, never at every character. */
function* endingAt(text: string, hits: RegExpExecArray[], pattern: RegExp): Generator<RegExpExecArray> {
  for (const hit of hits) {
    const end = hit.index + hit[0].length;
    for (const from of listStarts(text, hit.index)) {
      pattern.lastIndex = 0;
      const m = pattern.exec(text.slice(from, end));
      if (m) {
        m.index += from;
        yield m;
        break;
      }
    }
  }
}

/** "the city of Nikopol", "the village of Dokuchaevo". */
const SETTLEMENT_OF = new RegExp(String.raw`\b(?:city|town|village|settlement|township)[ \t]+of[ \t]+(?<list>${WORD}(?:[ \t]+${WORD})?)`, 'gu');
const SETTLEMENT_AT = sticky(SETTLEMENT_OF);
/** An "of" with white space either side: SETTLEMENT_OF can only match before one. */
const OF = /[ \t]of(?=[ \t])/g;
const SETTLEMENT_WORDS = ['city', 'town', 'village', 'settlement', 'township'];

/** What execAll(SETTLEMENT_OF, text) finds, tried only where a settlement word ends just before an "of": V8 skips
 *  ahead to a literal, but tries five words at every character (over the benchmark corpus SETTLEMENT_OF ran 11 ms,
 *  the "of" scan 5). Each match has one "of", right after its word and its spaces, so each is found from its own. */
function settlementsOf(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  let cursor = 0;
  OF.lastIndex = 0;
  for (let of = OF.exec(text); of; of = OF.exec(text)) {
    let end = of.index;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
    const word = SETTLEMENT_WORDS.find((w) => end - w.length >= cursor && text.startsWith(w, end - w.length));
    if (!word) continue;
    SETTLEMENT_AT.lastIndex = end - word.length;
    const m = SETTLEMENT_AT.exec(text);
    if (m) {
      found.push(m);
      cursor = m.index + m[0].length;
    }
  }
  return found;
}
/** "Belgorod governor", "Kursk authorities": a stem used as an adjective of the region. */
const ADJECTIVAL_NOUN = /^[ \t]+(?:governor|governor's|authorities|administration|border|borderlands|residents|officials|emergency|regional|military)\b/iu;
const CITY_NOUN = /^[ \t]+(?:residents|authorities|officials)\b/i;
const ITEM = new RegExp(WORD + String.raw`(?:[ \t]+${WORD})?`, 'gu');

/** Each item of "Kursk, Oryol and Bryansk" with its offsets. */
function listItems(list: string, offset: number): { text: string; start: number; end: number }[] {
  return execAll(ITEM, list).map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** The closest stem to an unknown one, when the spelling is near enough to be a typo or an odd transliteration.
 *  Remembered per spelling (a distance to every stem is the costly part; a feed repeats its odd spellings). */
export function fuzzyStem(stem: string): RegionEntry | null {
  const key = foldName(stem);
  if (key.length < 5) return null;
  return closestStemOf(key);
}

function closestStem(key: string): RegionEntry | null {
  let best: RegionEntry | null = null;
  let bestDistance = Infinity;
  for (const [candidate, region] of gazetteer().stems) {
    const d = distance(key, candidate);
    if (d < bestDistance) [best, bestDistance] = [region, d];
  }
  return bestDistance <= (key.length >= 8 ? 2 : 1) ? best : null;
}

const closestStemOf = memoized(closestStem);

/** The folded forms of the words of the run in hand, once asked for. */
const folded: (string | undefined)[] = [];

/** foldName, remembered: a text's names repeat, and folding one costs a regex test and a lower-casing that V8 does
 *  slowly on two-byte strings (any text with a curly quote). */
const fold = memoized(foldName);

/** The folded form of word k of a run whose first word is `first`. The folded words joined by single spaces are
 *  foldName of any stretch of the run: folding never reaches across white space, which it collapses to one space. */
function foldedWord(text: string, runs: Runs, first: number, k: number): string {
  return (folded[k] ??= fold(text.slice(runs.wordStart[first + k], runs.wordEnd[first + k])));
}

const letterIndex = (c: number) => (c >= 97 && c <= 122 ? c - 97 : c >= 65 && c <= 90 ? c - 65 : -1);

/** The bit for a word's length in a NameIndex.starts3 entry. */
const lengthBit = (length: number) => 1 << Math.min(length, 31);

/** False when the word text[start, end) of a text whose letters are all ASCII cannot fold to a word that starts a name:
 *  folding only lower-cases such a word's letters and keeps its length, so the folded word would have the same
 *  length and start with the same three letters, lower-cased. Most capitalised words ("The", "Governor") are so
 *  dismissed without a fold or a lookup. */
function mayStartName(text: string, start: number, end: number, starts3: Uint32Array): boolean {
  if (end - start < 3) return true;
  const a = letterIndex(text.charCodeAt(start));
  const b = letterIndex(text.charCodeAt(start + 1));
  const c = letterIndex(text.charCodeAt(start + 2));
  return a < 0 || b < 0 || c < 0 || (starts3[(a * 26 + b) * 26 + c] & lengthBit(end - start)) !== 0;
}

interface Named {
  stem?: RegionEntry;
  alias?: RegionEntry;
  place?: PlaceEntry;
}

/** The gazetteer's three name tables as one, looked up once per stretch of words; and every proper prefix of a
 *  several-word name ("nizhny", "north ossetia"), so a stretch is only grown while some name still starts with it. */
interface NameIndex {
  named: Map<string, Named>;
  prefixes: Set<string>;
  /** For the first three letters of each first word that starts with three letters a-z, at (a * 26 + b) * 26 + c, the
   *  lengths of such words, a bit each (lengthBit). */
  starts3: Uint32Array;
}

let names: NameIndex | undefined;

function nameIndex(g: Gazetteer): NameIndex {
  if (names) return names;
  const named = new Map<string, Named>();
  const prefixes = new Set<string>();
  const add = <K extends keyof Named>(kind: K, table: ReadonlyMap<string, NonNullable<Named[K]>>) => {
    for (const [key, entry] of table) {
      const found = named.get(key) ?? {};
      found[kind] = entry;
      named.set(key, found);
      const words = key.split(' ');
      for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
    }
  };
  add('stem', g.stems);
  add('alias', g.aliases);
  add('place', g.places);
  const starts3 = new Uint32Array(26 * 26 * 26);
  for (const word of g.firstWords) {
    const [a, b, c] = [0, 1, 2].map((k) => (k < word.length && word.charCodeAt(k) >= 97 ? letterIndex(word.charCodeAt(k)) : -1));
    if (a >= 0 && b >= 0 && c >= 0) starts3[(a * 26 + b) * 26 + c] |= lengthBit(word.length);
  }
  names = { named, prefixes, starts3 };
  return names;
}

/** Names in capitalised runs, longest first from each word that can start one. A run is split and its words folded
 *  once; a stretch of words is looked up as their folded forms joined, without slicing or folding the text again
 *  (the split and the folds per stretch were a third of the stage, measured on the benchmark corpus). */
function scanRuns(text: string, runs: Runs, g: Gazetteer, taken: Claims, claim: (m: LocationMention) => void): void {
  const { named, prefixes, starts3 } = nameIndex(g);
  const { ascii, runText, firstWord, wordStart, wordEnd } = runs;
  const keys: string[] = [];
  for (let r = 0; r < runText.length; r++) {
    const run = runText[r];
    // Most capitalised runs ("The", "Governor") start no name at all: skip them before splitting.
    if (!run.includes(' ')) {
      if (ascii && !mayStartName(run, 0, run.length, starts3)) continue;
      if (!g.firstWords.has(fold(run))) continue;
    }
    const first = firstWord[r];
    const count = firstWord[r + 1] - first;
    for (let k = 0; k < count; k++) folded[k] = undefined;
    for (let i = 0; i < count; ) {
      let matched = 0;
      if ((!ascii || mayStartName(text, wordStart[first + i], wordEnd[first + i], starts3)) && g.firstWords.has(foldedWord(text, runs, first, i))) {
        // keys[n] is the stretch of n + 1 words from word i; no name is longer than the last stretch kept.
        const limit = Math.min(count, i + g.maxWords + 2);
        keys[0] = foldedWord(text, runs, first, i);
        let longest = i + 1;
        while (longest < limit && prefixes.has(keys[longest - i - 1])) {
          keys[longest - i] = keys[longest - i - 1] + ' ' + foldedWord(text, runs, first, longest);
          longest++;
        }
        for (let j = longest; j > i && !matched; j--) {
          const key = keys[j - i - 1];
          const found = named.get(key);
          if (found === undefined) continue;
          const start = wordStart[first + i];
          const end = wordEnd[first + j - 1];
          if (taken.overlaps(start, end)) continue;
          const { stem, alias, place } = found;
          const after = text.slice(end, end + 24);
          const spanText = text.slice(start, end);
          // "Kyiv residents", "Moscow authorities": a city that is a region of its own is the city; "Kyiv regional
          // authorities", "Moscow governor" stay the oblast.
          if (stem && ADJECTIVAL_NOUN.test(after) && !(alias && CITY_NOUN.test(after))) {
            claim({ kind: 'region', start, end, text: spanText, code: stem.code, name: stem.name, rule: 'region/adjectival', confidence: 0.85 });
          } else if (alias && !(g.metonyms.has(key) && g.actorVerbs.test(after))) {
            claim({ kind: 'region', start, end, text: spanText, code: alias.code, name: alias.name, rule: 'region/alias', confidence: 0.9 });
          } else if (place) {
            claim({ kind: 'place', start, end, text: spanText, code: place.region, name: spanText, rule: 'place/gazetteer', confidence: 0.85 });
          } else continue;
          matched = j - i;
        }
      }
      i += matched || 1;
    }
  }
}

/** `ascii`: whether every letter of the text is ASCII (`asciiLettersOnly`), when the caller knows. */
export function findLocations(text: string, ascii = asciiLettersOnly(text)): LocationMention[] {
  const g = gazetteer();
  const out: LocationMention[] = [];
  const taken = new MaskedClaims(text);
  const claim = (m: LocationMention) => {
    out.push(m);
    taken.claim(m);
  };

  // 1. Region type forms, coordinated lists first: "the Voronezh and Saratov regions".
  const runs = capitalisedRuns(text, ascii);
  const types = typeWords(text, runs);
  for (const [pattern, matches] of [[TYPE_FORM, endingAt(text, types.region, TYPE_FORM)], [REPUBLIC_OF, execAll(REPUBLIC_OF, text)]] as const) {
    for (const m of matches) {
      const listStart = m.index + m[0].indexOf(m.groups!.list);
      const items = listItems(m.groups!.list, listStart);
      const single = items.length === 1;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        // Leading words that are not part of the name: "In Bryansk Oblast", "The Samara region".
        let { text: stem, start } = item;
        let region = g.stems.get(fold(stem));
        if (!region && stem.includes(' ')) {
          const tail = stem.slice(stem.indexOf(' ') + 1);
          region = g.stems.get(fold(tail));
          if (region) [stem, start] = [tail, start + stem.indexOf(' ') + 1];
        }
        const end = single || i === items.length - 1 ? m.index + m[0].length : item.end;
        if (taken.overlaps(start, end)) continue;
        const spanText = text.slice(start, end);
        if (region) {
          claim({ kind: 'region', start, end, text: spanText, code: region.code, name: region.name, rule: single ? 'region/type-form' : 'region/type-list', confidence: 0.95 });
          continue;
        }
        const near = fuzzyStem(stem);
        if (near) {
          claim({ kind: 'region', start, end, text: spanText, code: near.code, name: near.name, rule: 'region/fuzzy', confidence: 0.6, unresolved: stem });
        } else if (pattern === TYPE_FORM && /^[\p{Lu}]/u.test(m.groups!.type) && !/ /.test(stem)) {
          // "Bellamy Oblast": a capitalised type word says a region is meant; context may resolve it later.
          claim({ kind: 'region', start, end, text: spanText, code: null, name: spanText, rule: 'region/unresolved', confidence: 0.3, unresolved: stem });
        }
      }
    }
  }

  // 2. Administrative units and "the city of X": places, region from the gazetteer or from context later.
  for (const matches of [endingAt(text, types.unit, UNIT_FORM), settlementsOf(text)]) {
    for (const m of matches) {
      const listStart = m.index + m[0].indexOf(m.groups!.list);
      const items = listItems(m.groups!.list, listStart);
      const type = m.groups!.type;
      for (let i = 0; i < items.length; i++) {
        const item = items[i];
        const unit = type ? type.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') : null;
        const last = i === items.length - 1;
        const end = unit && (last || items.length === 1) ? m.index + m[0].length : item.end;
        if (taken.overlaps(item.start, end)) continue;
        const key = fold(item.text);
        if (g.stems.has(key) && !unit) continue;
        const known = g.places.get(key) ?? null;
        const alias = g.aliases.get(key);
        const name = unit ? `${item.text} ${unit}` : item.text;
        const code = known?.region ?? (alias && alias.country !== alias.code ? alias.code : null);
        claim({ kind: 'place', start: item.start, end, text: text.slice(item.start, end), code, name, rule: unit ? 'place/admin-unit' : 'place/settlement-of', confidence: code ? 0.9 : 0.7 });
      }
    }
  }

  // 3. Capitalised runs: aliases ("Crimea", "Belarus"), places ("Shebekino"), adjectival stems ("Belgorod governor").
  scanRuns(text, runs, g, taken, claim);

  // 4. Cyrillic words, in a Russian report or quoted in an English one: "над Брянской областью", "в Новозыбкове".
  if (!ascii && hasCyrillic(text)) findRussian(text, taken, claim);
  return out.sort((a, b) => a.start - b.start);
}
