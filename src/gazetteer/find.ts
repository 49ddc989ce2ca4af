/** Finds every region, place and administrative unit named in a text, with its span. Pure. */
import { distance } from 'fastest-levenshtein';
import { foldName, gazetteer, type Gazetteer, type PlaceEntry, type RegionEntry } from './data.js';
import { anyCase, sticky, UPPER_FIRST } from '../text/patterns.js';
import { Bounded } from '../text/scan.js';
import { phraseTrie } from './trie.js';

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

// A capitalised word: "Bryansk", "Primorsko-Akhtarsk", "Rostov-on-Don", "Kharkiv’s" is cut at the apostrophe.
const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Ll}+(?<!['’]s))?(?:-\p{L}[\p{L}\p{M}]*)*`;
const NAME = String.raw`${WORD}(?:[ \t]+(?:(?:of|on|na|the)[ \t]+)?${WORD}){0,3}`;
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
/** Region and unit type words in one scan (the two scans cost 25 ms over the benchmark corpus, this one 20): no word
 *  is of both kinds and none holds a word of the other kind, so it finds what the two found. */
const TYPE_WORD = new Bounded(String.raw`(?:(?<region>${REGION_TYPE_WORDS})|${UNIT_TYPE_WORDS})(?![\p{L}-])`, 'u', String.raw`\p{L}-`);

/** The region type words and the unit type words of a text. */
function typeWords(text: string): { region: RegExpExecArray[]; unit: RegExpExecArray[] } {
  const region: RegExpExecArray[] = [];
  const unit: RegExpExecArray[] = [];
  for (const hit of TYPE_WORD.all(text)) (hit.groups!.region === undefined ? unit : region).push(hit);
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

/** What allMatches(SETTLEMENT_OF, text) finds, tried only where a settlement word ends just before an "of": V8 skips
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
const RUNS = new RegExp(UPPER_FIRST + NAME, 'gu');

/** RUNS for a text whose letters are all ASCII, where it finds the same runs: V8 tests a \p{...} class by a search of
 *  its ranges at every character, and over the benchmark corpus RUNS ran 44 ms, this 9 ms. */
const ASCII_RUNS = new RegExp(
  NAME.replaceAll(String.raw`[\p{L}\p{M}]`, '[A-Za-z]').replaceAll(String.raw`\p{Lu}`, '[A-Z]').replaceAll(String.raw`\p{Ll}`, '[a-z]').replaceAll(String.raw`\p{L}`, '[A-Za-z]'),
  'gu',
);
/** Characters beyond ASCII that are no letter or mark, as news copy has them: no-break space, « », ×, and the
 *  General Punctuation (’ “ ” – — …) and currency blocks. Others are looked at one by one. */
const BEYOND_ASCII = /[^\0-\x7f\u0080-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf]/g;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** Whether every letter and mark of the text is ASCII (a surrogate pair counts as a letter, unexamined). */
export function asciiLettersOnly(text: string): boolean {
  BEYOND_ASCII.lastIndex = 0;
  for (let m = BEYOND_ASCII.exec(text); m; m = BEYOND_ASCII.exec(text)) {
    const c = m[0].charCodeAt(0);
    if ((c >= 0xd800 && c <= 0xdfff) || LETTER_OR_MARK.test(m[0])) return false;
  }
  return true;
}
/** "Belgorod governor", "Kursk authorities": a stem used as an adjective of the region. */
const ADJECTIVAL_NOUN = /^[ \t]+(?:governor|governor's|authorities|administration|border|borderlands|residents|officials|emergency|regional|military)\b/iu;
const ITEM = new RegExp(WORD + String.raw`(?:[ \t]+${WORD})?`, 'gu');

interface Claimed {
  start: number;
  end: number;
}

/** Which characters a mention has already claimed: a bit per character, so checking a span costs its length, not
 *  the number of mentions so far. */
class Claims {
  private readonly bits: Uint32Array;
  constructor(length: number) {
    this.bits = new Uint32Array((length >> 5) + 1);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.bits[i >> 5] & (1 << (i & 31))) return true;
    return false;
  }
  claim({ start, end }: Claimed): void {
    for (let i = start; i < end; i++) this.bits[i >> 5] |= 1 << (i & 31);
  }
}

/** Each item of "Kursk, Oryol and Bryansk" with its offsets. */
function listItems(list: string, offset: number): { text: string; start: number; end: number }[] {
  return allMatches(ITEM, list).map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
}

/** What matchAll gives for a global pattern that never matches empty, without the copy of the pattern matchAll makes
 *  on every call. */
function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) found.push(m);
  return found;
}

const fuzzyMemo = new Map<string, RegionEntry | null>();

/** The closest stem to an unknown one, when the spelling is near enough to be a typo or an odd transliteration.
 *  Remembered per spelling (a distance to every stem is the costly part; a feed repeats its odd spellings). */
export function fuzzyStem(stem: string): RegionEntry | null {
  const key = foldName(stem);
  if (key.length < 5) return null;
  if (fuzzyMemo.has(key)) return fuzzyMemo.get(key)!;
  if (fuzzyMemo.size >= 10_000) fuzzyMemo.clear();
  const found = closestStem(key);
  fuzzyMemo.set(key, found);
  return found;
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

let notRegionsPattern: RegExp | undefined;

/** Claims the names that are no region ("Moscow time", "Kyiv Independent", "President of Ukraine"), in any case. */
function claimMasked(text: string, taken: Claims): void {
  notRegionsPattern ??= new RegExp(phraseTrie(gazetteer().notRegions), 'gi');
  notRegionsPattern.lastIndex = 0;
  for (let m = notRegionsPattern.exec(text); m; m = notRegionsPattern.exec(text)) taken.claim({ start: m.index, end: m.index + m[0].length });
}

/** Where each word of a run starts and ends (in the run), and its folded form; reused from run to run. */
const wordStart: number[] = [];
const wordEnd: number[] = [];
const folded: string[] = [];

const foldMemo = new Map<string, string>();

/** foldName, remembered: a text's names repeat, and folding one costs a regex test and a lower-casing that V8 does
 *  slowly on two-byte strings (any text with a curly quote). */
function fold(name: string): string {
  let key = foldMemo.get(name);
  if (key === undefined) {
    if (foldMemo.size >= 10_000) foldMemo.clear();
    key = foldName(name);
    foldMemo.set(name, key);
  }
  return key;
}

/** Splits a run at its spaces and tabs (the only white space RUNS lets in) into wordStart/wordEnd/folded; returns the
 *  word count. The folded words joined by single spaces are foldName of any stretch of the run: folding never
 *  reaches across white space, which it collapses to one space. */
function splitRun(run: string): number {
  let n = 0;
  for (let i = 0; i < run.length; ) {
    while (i < run.length && (run.charCodeAt(i) === 32 || run.charCodeAt(i) === 9)) i++;
    const start = i;
    while (i < run.length && run.charCodeAt(i) !== 32 && run.charCodeAt(i) !== 9) i++;
    if (i === start) break;
    wordStart[n] = start;
    wordEnd[n] = i;
    folded[n] = fold(run.slice(start, i));
    n++;
  }
  return n;
}

interface Named {
  stem?: RegionEntry;
  alias?: RegionEntry;
  place?: PlaceEntry;
}

/** The gazetteer's three name tables as one, looked up once per stretch of words; and every proper prefix of a
 *  several-word name ("nizhny", "north ossetia"), so a stretch is only grown while some name still starts with it. */
let names: { named: Map<string, Named>; prefixes: Set<string> } | undefined;

function nameIndex(g: Gazetteer): { named: Map<string, Named>; prefixes: Set<string> } {
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
  names = { named, prefixes };
  return names;
}

/** Names in capitalised runs, longest first from each word that can start one. A run is split and its words folded
 *  once; a stretch of words is looked up as their folded forms joined, without slicing or folding the text again
 *  (the split and the folds per stretch were a third of the stage, measured on the benchmark corpus). */
function scanRuns(text: string, g: Gazetteer, taken: Claims, claim: (m: LocationMention) => void): void {
  const { named, prefixes } = nameIndex(g);
  const keys: string[] = [];
  const runs = asciiLettersOnly(text) ? ASCII_RUNS : RUNS;
  runs.lastIndex = 0;
  for (let run = runs.exec(text); run; run = runs.exec(text)) {
    const runText = run[0];
    // Most capitalised runs ("The", "Governor") start no name at all: skip them before splitting.
    if (!runText.includes(' ') && !g.firstWords.has(fold(runText))) continue;
    const count = splitRun(runText);
    for (let i = 0; i < count; ) {
      let matched = 0;
      if (g.firstWords.has(folded[i])) {
        // keys[n] is the stretch of n + 1 words from word i; no name is longer than the last stretch kept.
        const limit = Math.min(count, i + g.maxWords + 2);
        keys[0] = folded[i];
        let longest = i + 1;
        while (longest < limit && prefixes.has(keys[longest - i - 1])) {
          keys[longest - i] = keys[longest - i - 1] + ' ' + folded[longest];
          longest++;
        }
        for (let j = longest; j > i && !matched; j--) {
          const key = keys[j - i - 1];
          const found = named.get(key);
          if (found === undefined) continue;
          const start = run.index + wordStart[i];
          const end = run.index + wordEnd[j - 1];
          if (taken.overlaps(start, end)) continue;
          const { stem, alias, place } = found;
          const after = text.slice(end, end + 24);
          const spanText = text.slice(start, end);
          if (stem && ADJECTIVAL_NOUN.test(after)) {
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

export function findLocations(text: string): LocationMention[] {
  const g = gazetteer();
  const out: LocationMention[] = [];
  const taken = new Claims(text.length);
  claimMasked(text, taken);
  const claim = (m: LocationMention) => {
    out.push(m);
    taken.claim(m);
  };

  // 1. Region type forms, coordinated lists first: "the Voronezh and Saratov regions".
  const types = typeWords(text);
  for (const [pattern, matches] of [[TYPE_FORM, endingAt(text, types.region, TYPE_FORM)], [REPUBLIC_OF, allMatches(REPUBLIC_OF, text)]] as const) {
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
  scanRuns(text, g, taken, claim);
  return out.sort((a, b) => a.start - b.start);
}
