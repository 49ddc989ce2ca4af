/** findLocations as it was at 4b74448, before the speed work on it: the reference that find.test.ts holds the
 *  current one to, output for output. Frozen: do not edit, except to follow a rename in src/. */
import { distance } from 'fastest-levenshtein';
import { foldName, gazetteer, type RegionEntry } from '../../src/gazetteer/data.js';
import { anyCase, UPPER_FIRST } from '../../src/text/patterns.js';
import { Bounded } from '../../src/text/scan.js';

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
const REGION_TYPES = `(?<type>${anyCase(String.raw`oblasts?|regions?|provinces?|krai|kray|territory|republic|autonomous[ \t]+okrug|autonomous[ \t]+oblast`)})`;
const UNIT_TYPES = `(?<type>${anyCase(String.raw`(?:urban|municipal|city)[ \t]+districts?|districts?|raions?|hromadas?|communit(?:y|ies)|rayons?`)})`;

/** "Kursk, Oryol and Bryansk regions", "Bryansk Oblast", "the Samara region". Matched backwards from the type word
 *  (see endingAt), since type words are rare and names before them are not. */
const TYPE_FORM = new RegExp(String.raw`(?<![\p{L}-])${STEM_LIST}[ \t]+${REGION_TYPES}$`, 'uy');
const REGION_TYPE_WORD = new Bounded(String.raw`${REGION_TYPES}(?![\p{L}-])`, 'u', String.raw`\p{L}-`);
/** "Republic of Tatarstan", "Region of Murcia" is not ours: only republics. */
const REPUBLIC_OF = new RegExp(String.raw`\bRepublic[ \t]+of[ \t]+(?<list>${WORD}(?:[ \t]+${WORD})?)`, 'gu');
/** "Nikopol district", "Solomianskyi, Holosiivskyi and Sviatoshynskyi districts", "Marhanets community". */
const UNIT_FORM = new RegExp(String.raw`(?<![\p{L}-])${STEM_LIST}[ \t]+${UNIT_TYPES}$`, 'uy');
const UNIT_TYPE_WORD = new Bounded(String.raw`${UNIT_TYPES}(?![\p{L}-])`, 'u', String.raw`\p{L}-`);
/** How far before a type word its list of names may start: "within Kyiv, Donetsk, ... and Khmelnytskyi oblasts". */
const LIST_REACH = 200;

const WORD_CHAR = /[\p{L}\p{M}'’-]/u;
const CAPITALISED = /^\p{Lu}/u;

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
    while (k > 0 && WORD_CHAR.test(text[k - 1])) k--;
    const word = text.slice(k, j);
    if (CAPITALISED.test(word)) starts.unshift(k);
    else if (word !== 'and' && word !== 'or') break;
    i = k;
  }
  return starts;
}

/** Matches of `pattern` (sticky, anchored with $) that end at a hit of `typeWord`, as if `pattern` had run over the text:
 *  tried only from the starts of the names before the type word, never at every character. */
function* endingAt(text: string, typeWord: Bounded, pattern: RegExp): Generator<RegExpExecArray> {
  for (const hit of typeWord.all(text)) {
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
const RUNS = new RegExp(UPPER_FIRST + NAME, 'gu');
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
  ITEM.lastIndex = 0;
  return [...list.matchAll(ITEM)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));
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

function maskedSpans(text: string): Claimed[] {
  const escape = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  notRegionsPattern ??= new RegExp(gazetteer().notRegions.map(escape).sort((a, b) => b.length - a.length).join('|'), 'gi');
  const masked: Claimed[] = [];
  notRegionsPattern.lastIndex = 0;
  for (const m of text.matchAll(notRegionsPattern)) masked.push({ start: m.index, end: m.index + m[0].length });
  return masked;
}

export function findLocations(text: string): LocationMention[] {
  const g = gazetteer();
  const out: LocationMention[] = [];
  const taken = new Claims(text.length);
  for (const span of maskedSpans(text)) taken.claim(span);
  const claim = (m: LocationMention) => {
    out.push(m);
    taken.claim(m);
  };

  // 1. Region type forms, coordinated lists first: "the Voronezh and Saratov regions".
  for (const [pattern, matches] of [[TYPE_FORM, endingAt(text, REGION_TYPE_WORD, TYPE_FORM)], [REPUBLIC_OF, text.matchAll(REPUBLIC_OF)]] as const) {
    for (const m of matches) {
      const listStart = m.index + m[0].indexOf(m.groups!.list);
      const items = listItems(m.groups!.list, listStart);
      const single = items.length === 1;
      for (const [i, item] of items.entries()) {
        // Leading words that are not part of the name: "In Bryansk Oblast", "The Samara region".
        let { text: stem, start } = item;
        let region = g.stems.get(foldName(stem));
        if (!region && stem.includes(' ')) {
          const tail = stem.slice(stem.indexOf(' ') + 1);
          region = g.stems.get(foldName(tail));
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
  for (const matches of [endingAt(text, UNIT_TYPE_WORD, UNIT_FORM), text.matchAll(SETTLEMENT_OF)]) {
    for (const m of matches) {
      const listStart = m.index + m[0].indexOf(m.groups!.list);
      const items = listItems(m.groups!.list, listStart);
      const type = m.groups!.type;
      for (const [i, item] of items.entries()) {
        const unit = type ? type.toLowerCase().replace(/ies$/, 'y').replace(/s$/, '') : null;
        const last = i === items.length - 1;
        const end = unit && (last || items.length === 1) ? m.index + m[0].length : item.end;
        if (taken.overlaps(item.start, end)) continue;
        if (g.stems.has(foldName(item.text)) && !unit) continue;
        const known = g.places.get(foldName(item.text)) ?? null;
        const alias = g.aliases.get(foldName(item.text));
        const name = unit ? `${item.text} ${unit}` : item.text;
        const code = known?.region ?? (alias && alias.country !== alias.code ? alias.code : null);
        claim({ kind: 'place', start: item.start, end, text: text.slice(item.start, end), code, name, rule: unit ? 'place/admin-unit' : 'place/settlement-of', confidence: code ? 0.9 : 0.7 });
      }
    }
  }

  // 3. Capitalised runs: aliases ("Crimea", "Belarus"), places ("Shebekino"), adjectival stems ("Belgorod governor").
  RUNS.lastIndex = 0;
  for (const run of text.matchAll(RUNS)) {
    // Most capitalised runs ("The", "Governor") start no name at all: skip them before splitting.
    if (!run[0].includes(' ') && !g.firstWords.has(foldName(run[0]))) continue;
    const words = [...run[0].matchAll(/\S+/g)];
    for (let i = 0; i < words.length; ) {
      let matched = 0;
      if (g.firstWords.has(foldName(words[i][0]))) {
        for (let j = Math.min(words.length, i + g.maxWords + 2); j > i && !matched; j--) {
          const start = run.index + words[i].index;
          const end = run.index + words[j - 1].index + words[j - 1][0].length;
          if (taken.overlaps(start, end)) continue;
          const key = foldName(text.slice(start, end));
          const after = text.slice(end, end + 24);
          const stem = g.stems.get(key);
          const alias = g.aliases.get(key);
          const place = g.places.get(key);
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
  return out.sort((a, b) => a.start - b.start);
}
