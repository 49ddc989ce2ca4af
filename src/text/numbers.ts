/** Cardinal numbers written as digits or words: "94", "1,200", "forty-one", "a dozen", "two dozen", "a pair"; and in
 *  Russian, in every case and gender: "двадцать четыре", "тридцатью пятью", "одного", "пара", "полтора десятка". */
import { loadData } from '../data/load.js';
import type { Language } from '../types.js';
import { alt } from './patterns.js';

interface NumberWords {
  units: Record<string, number>;
  tens: Record<string, number>;
  scales: Record<string, number>;
  groups: Record<string, number>;
  /** Fixed phrases: "half a dozen", "a single". */
  phrases: Record<string, number>;
  ordinals: string[];
}

const WORDS = loadData<NumberWords>('number-words.json');
const SIMPLE: Readonly<Record<string, number>> = { ...WORDS.units, ...WORDS.tens };
const SIMPLE_ALT = alt(Object.keys(SIMPLE));

/** Source of a regex matching one cardinal (no capture groups; callers embed it in their own named groups). */
export const NUMBER_SOURCE =
  `(?:${alt(Object.keys(WORDS.phrases)).replace(/ /g, '\\s+')}|\\d{1,3}(?:,\\d{3})+|\\d+` +
  `|(?:(?:${SIMPLE_ALT})(?:[-\\s](?:${SIMPLE_ALT}))?(?:\\s+(?:${alt(Object.keys(WORDS.scales))})(?:\\s+(?:and\\s+)?(?:${SIMPLE_ALT})(?:[-\\s](?:${SIMPLE_ALT}))?)?)?(?:\\s+(?:${alt(Object.keys(WORDS.groups))})s?)?)` +
  `|an?\\s+(?:${alt(Object.keys(WORDS.groups))})(?:\\s+of)?)(?![\\p{L}\\d])`;

/** A cheap test for "could this sentence hold a cardinal?": a digit or a number word. */
export const HAS_NUMBER = new RegExp(`\\d|\\b(?:${alt([...Object.keys(SIMPLE), ...Object.keys(WORDS.groups), ...Object.keys(WORDS.phrases).map((p) => p.split(' ').pop()!)])})`, 'i');

const ARTICLE = /^an?$/;
const PHRASE_WORDS = Object.keys(WORDS.phrases).map((p) => p.split(' '));
/** Where a cardinal can begin (no boundary before it; callers add theirs): a digit, a number word ("forty", "half" of
 *  "half a dozen"), or an article before a group word ("a dozen", "a single"). "a" alone is not a start: it is the
 *  commonest word there is, and trying the count patterns after every one cost two thirds of the search. */
export const NUMBER_START_SOURCE =
  `(?:\\d|(?:${alt(new Set([...Object.keys(SIMPLE), ...PHRASE_WORDS.map((w) => w[0]).filter((w) => !ARTICLE.test(w))]))})(?![\\p{L}])` +
  `|an?\\s+(?:${alt(new Set([...Object.keys(WORDS.groups), ...PHRASE_WORDS.filter((w) => ARTICLE.test(w[0])).map((w) => w[1])]))})(?![\\p{L}]))`;

export const ORDINALS: ReadonlySet<string> = new Set(WORDS.ordinals);

const DIGITS = /^\d+$/;

const CYRILLIC = /[\u0400-\u04ff]/;
const SPACED_THOUSANDS = /^\d{1,3}(?:[\u00a0\u202f]\d{3})+$/;

/** Parses a cardinal as matched by NUMBER_SOURCE or RU_NUMBER_SOURCE; null when it is not one. */
export function parseNumber(raw: string): number | null {
  // Most counts are plain digits ("94"): no phrase or word reading to do (parseNumber was 3% of the counts stage).
  if (DIGITS.test(raw)) return Number(raw);
  // "1 200" (no-break spaces) in Russian copy
  if (CYRILLIC.test(raw) || SPACED_THOUSANDS.test(raw)) return parseRussianNumber(raw);
  const text = raw.toLowerCase().replace(/\s+/g, ' ').trim();
  if (text in WORDS.phrases) return WORDS.phrases[text];
  if (/^\d{1,3}(,\d{3})+$|^\d+$/.test(text)) return Number(text.replace(/,/g, ''));
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.replace(/ of$/, '').split(/[-\s]+/)) {
    if (word === 'and') continue;
    if (word === 'a' || word === 'an') {
      current = 1;
      seen = true;
    } else if (word in SIMPLE) {
      current += SIMPLE[word];
      seen = true;
    } else if (word in WORDS.scales) {
      current = (current || 1) * WORDS.scales[word];
      if (WORDS.scales[word] >= 1000) {
        total += current;
        current = 0;
      }
      seen = true;
    } else if (word.replace(/s$/, '') in WORDS.groups) {
      // "two dozen" = 24, "a pair" = 2
      current = (current || 1) * WORDS.groups[word.replace(/s$/, '')];
      seen = true;
    } else return null;
  }
  return seen ? total + current : null;
}

/** Russian number words (src/data/number-words.ru.json): each numeral listed in all its case and gender forms, as a
 *  closed class is more surely right listed than made from endings. */
interface RussianNumberWords {
  units: Record<string, string[]>;
  teens: Record<string, string[]>;
  tens: Record<string, string[]>;
  hundreds: Record<string, string[]>;
  scales: Record<string, string[]>;
  /** "ранены двое", "пятерых": collective numerals, mostly of people. */
  collectives: Record<string, string[]>;
  /** "полтора": only before a counting noun or a scale ("полтора десятка", "полторы тысячи"). */
  fractions: Record<string, string[]>;
  /** Counting nouns, a number by themselves ("десяток") or times one before them ("два десятка"). */
  groups: Record<string, string[]>;
  /** Their plural forms, a number only after another ("пять десятков"); alone ("десятки") they are vague. */
  group_plurals: Record<string, string[]>;
  phrases: Record<string, number>;
  ordinal_stems: string[];
  ordinal_endings: string[];
  ordinal_words: string[];
  vague: string[];
}

const RU = loadData<RussianNumberWords>('number-words.ru.json');
const RU_KINDS = ['units', 'teens', 'tens', 'hundreds', 'scales', 'collectives', 'fractions', 'groups', 'group_plurals'] as const;
type RussianKind = (typeof RU_KINDS)[number];

/** Press copy writes е for ё as often as not: both spellings are looked for, and read as one. */
const foldRussian = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
const withYo = (forms: readonly string[]) => [...new Set(forms.flatMap((f) => [f, f.replace(/ё/g, 'е')]))];
const formsOf = (kinds: readonly RussianKind[]) => withYo(kinds.flatMap((k) => Object.values(RU[k]).flat()));
const ruWords = (kinds: readonly RussianKind[]) => `(?:${alt(formsOf(kinds))})(?![\\p{L}])`;

/** Each form, folded, with its kind and value. */
const RU_FORMS = new Map<string, { kind: RussianKind; value: number }>();
for (const kind of RU_KINDS) {
  for (const [value, forms] of Object.entries(RU[kind])) for (const form of forms) RU_FORMS.set(foldRussian(form), { kind, value: Number(value) });
}
const RU_PHRASES = new Map(Object.entries(RU.phrases).map(([p, n]) => [foldRussian(p), n]));

/** "пятый", "двадцать пятого", "третьих": ordinals are no counts. */
export const RU_ORDINAL_SOURCE = `(?:(?:${alt(withYo(RU.ordinal_stems))})(?:${alt(RU.ordinal_endings)})|${alt(RU.ordinal_words)})(?![\\p{L}])`;

const S = '\\s+';
const RU_UNITS = ruWords(['units']);
const RU_TENS = ruWords(['tens']);
const RU_SMALL =
  `(?:${ruWords(['hundreds'])}(?:${S}(?:${RU_TENS}(?:${S}${RU_UNITS})?|${ruWords(['teens'])}|${RU_UNITS}))?` +
  `|${RU_TENS}(?:${S}${RU_UNITS})?|${ruWords(['teens'])}|${RU_UNITS})`;
// "две тысячи триста", "полторы тысячи", "тысяча"
const RU_CARDINAL = `(?:(?:(?:${RU_SMALL}|${ruWords(['fractions'])})${S})?${ruWords(['scales'])}(?:${S}${RU_SMALL})?|${RU_SMALL})`;
// "два десятка", "полтора десятка", "пара десятков", "пять сотен"
const RU_GROUPED = `(?:${RU_CARDINAL}|${ruWords(['fractions'])}|${ruWords(['groups'])})${S}${ruWords(['groups', 'group_plurals'])}`;

/** Source of a regex (flags 'iu') matching one Russian cardinal, as NUMBER_SOURCE does for English: digits (thousands
 *  grouped by a no-break space, "1 200"), a numeral phrase in any case, a collective ("двое"), a counting noun
 *  ("десяток", "пара"). Not the first words of an ordinal ("двадцать" of "двадцать пятый"). */
export const RU_NUMBER_SOURCE =
  `(?:${alt(withYo(Object.keys(RU.phrases)))}(?![\\p{L}])|\\d{1,3}(?:[\\u00a0\\u202f]\\d{3})+|\\d+` +
  `|${RU_GROUPED}|${RU_CARDINAL}|${ruWords(['collectives'])}|${ruWords(['groups'])})(?![\\p{L}\\d])(?!${S}${RU_ORDINAL_SOURCE})`;

const RU_START_KINDS = RU_KINDS.filter((k) => k !== 'group_plurals');
/** Where a Russian cardinal can begin (callers add the boundary before it): a digit or a word that opens one. */
export const RU_NUMBER_START_SOURCE = `(?:\\d|(?:${alt([...formsOf(RU_START_KINDS), ...withYo(Object.keys(RU.phrases))])})(?![\\p{L}]))`;

/** A cheap test for "could this Russian sentence hold a cardinal?": a digit or the first three letters of a word that
 *  opens one. */
export const RU_HAS_NUMBER = new RegExp(
  `\\d|(?<![\\p{L}])(?:${alt(new Set([...formsOf(RU_START_KINDS), ...withYo(Object.keys(RU.phrases))].map((w) => w.slice(0, 3))))})`,
  'iu',
);

export const RU_VAGUE: ReadonlySet<string> = new Set(withYo(RU.vague));

/** Parses a Russian cardinal as matched by RU_NUMBER_SOURCE; null when it is not one. The words must come in the
 *  order numerals are written ("сто двадцать", never "двадцать сто") and make a whole number ("полтора" alone does
 *  not). */
export function parseRussianNumber(raw: string): number | null {
  const text = foldRussian(raw);
  if (/^\d{1,3}( \d{3})*$|^\d+$/.test(text)) return Number(text.replace(/ /g, ''));
  const phrase = RU_PHRASES.get(text);
  if (phrase !== undefined) return phrase;
  let total = 0;
  let current = 0;
  // The largest value a numeral added next may have: "сто" allows "двадцать" after it, "двадцать" only units.
  let limit = Infinity;
  for (const word of text.split(' ')) {
    const entry = RU_FORMS.get(word);
    if (!entry) return null;
    const { kind, value } = entry;
    if (kind === 'scales') {
      if (total > 0) return null;
      total = (current || 1) * value;
      current = 0;
      limit = value;
    } else if (kind === 'groups' || kind === 'group_plurals') {
      // "десятки", "сотен" alone: "dozens", "hundreds", no number
      if (kind === 'group_plurals' && current === 0) return null;
      current = (current || 1) * value;
      limit = 0;
    } else {
      if (value >= limit) return null;
      current += value;
      limit = kind === 'hundreds' ? 100 : kind === 'tens' ? 10 : 0;
    }
  }
  const value = total + current;
  return text !== '' && Number.isInteger(value) ? value : null;
}

/** A number read at a position the caller picked (a word start): its value, its text and where it ends. */
export interface NumberAt {
  value: number;
  text: string;
  end: number;
}

const STICKY_SOURCES: Partial<Record<Language, string>> = { en: NUMBER_SOURCE, ru: RU_NUMBER_SOURCE };
const sticky = new Map<Language, RegExp | null>();

/** The cardinal starting exactly at `at` in the language's words, or null (also for a language with no number words
 *  here). */
export function numberAt(text: string, at: number, language: Language): NumberAt | null {
  let pattern = sticky.get(language);
  if (pattern === undefined) {
    const source = STICKY_SOURCES[language];
    pattern = source ? new RegExp(source, 'iuy') : null;
    sticky.set(language, pattern);
  }
  if (!pattern) return null;
  pattern.lastIndex = at;
  const m = pattern.exec(text);
  if (!m) return null;
  const value = parseNumber(m[0]);
  return value === null ? null : { value, text: m[0], end: at + m[0].length };
}
