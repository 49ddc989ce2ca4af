/** Cardinal numbers written as digits or words: "94", "1,200", "forty-one", "a dozen", "two dozen", "a pair". */
import { loadData } from '../data/load.js';
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

/** Parses a cardinal as matched by NUMBER_SOURCE; null when it is not one. */
export function parseNumber(raw: string): number | null {
  // Most counts are plain digits ("94"): no phrase or word reading to do (parseNumber was 3% of the counts stage).
  if (DIGITS.test(raw)) return Number(raw);
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
