/** Which of a list of word patterns could start at a position, told in code from the letters each pattern opens with.
 *
 *  A long alternation of phrases ("industrial facilities|storey residential buildings|ports|...") opens with nearly
 *  every letter, so V8 cannot skip ahead to it and tries it at every position of the text. The gate visits only
 *  word starts, and there runs a pattern only if the text opens with that pattern's literal first letters: on the
 *  benchmark corpus the damage object search went from 84 ms (the alternation scanned, then `Bounded`'s retry loop)
 *  to NN ms.
 *
 *  The patterns are case-insensitive ('iu'), and under 'iu' exactly two characters outside ASCII match an ASCII
 *  letter: 'ſ' (U+017F) matches s and the Kelvin sign (U+212A) matches k (test/extractors/word-gate.test.ts checks
 *  every code point). The gate folds those two as well, so it never turns away a position where a pattern matches. */

/** Letter index 0..25 of a character as an 'iu' pattern compares it with an ASCII letter, else -1. */
export function letterIndex(code: number): number {
  if (code < 128) {
    const lower = code | 0x20;
    return lower >= 97 && lower <= 122 ? lower - 97 : -1;
  }
  if (code === 0x17f) return 18; // ſ
  if (code === 0x212a) return 10; // K
  return -1;
}

const isAsciiLetter = (code: number) => code < 128 && (code | 0x20) >= 97 && (code | 0x20) <= 122;
const ASCII_LETTER = /[A-Za-z]/;
const LETTER = /^\p{L}$/u;

/** Whether the code point ending at `at` is a letter (\p{L}), as `(?<!\p{L})` would see it. */
export function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return isAsciiLetter(code);
  if (code >= 0xdc00 && code <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER.test(text.slice(at - 2, at));
  }
  return LETTER.test(text[at - 1]);
}

/** The ASCII letters a pattern source must open with, lower case: "windows?" -> "window", "burn(?:ed|t|ing)" -> "burn",
 *  "on fire" -> "on" (the gate compares letters only). A leading lookbehind is skipped: it reads the text before. */
export function literalLetters(source: string): string {
  let at = 0;
  if (source.startsWith('(?<!') || source.startsWith('(?<=')) {
    let depth = 0;
    for (; at < source.length; at++) {
      if (source[at] === '\\') at++;
      else if (source[at] === '(') depth++;
      else if (source[at] === ')' && --depth === 0) break;
    }
    at++;
  }
  let depth = 0;
  for (let k = at; k < source.length; k++) {
    if (source[k] === '\\') k++;
    else if (source[k] === '(') depth++;
    else if (source[k] === ')') depth--;
    else if (source[k] === '|' && depth === 0) throw new Error(`word pattern is an alternation; list its words apart: ${source}`);
  }
  let letters = '';
  for (; at < source.length && ASCII_LETTER.test(source[at]); at++) letters += source[at].toLowerCase();
  // "windows?", "fires*", "ab{2}": the last letter may be missing from the text.
  if ('?*{'.includes(source[at] ?? '') && at < source.length) letters = letters.slice(0, -1);
  return letters;
}

/** Where words open in the text with two letters a pattern can open with: [at, pair, at, pair, ...], `pair` being
 *  26 * first + second letter index. A word opens where a letter does not follow a letter (\p{L}), as
 *  `(?<!\p{L})` would find it; the text is read once, skipping the rest of each ASCII word. */
export function wordStarts(text: string): number[] {
  const out: number[] = [];
  const n = text.length;
  for (let at = 0; at < n; at++) {
    const first = letterIndex(text.charCodeAt(at));
    if (first < 0) continue;
    if (at === 0 || !letterBefore(text, at)) {
      const second = letterIndex(text.charCodeAt(at + 1));
      if (second >= 0) out.push(at, first * 26 + second);
    }
    // The rest of an ASCII word follows a letter: no word opens inside it.
    while (at + 1 < n && isAsciiLetter(text.charCodeAt(at + 1))) at++;
  }
  return out;
}

/** The letter pair at `at`, whatever stands before it, or -1 if the two characters there are not both letters. */
export function pairAt(text: string, at: number): number {
  const first = letterIndex(text.charCodeAt(at));
  const second = letterIndex(text.charCodeAt(at + 1));
  return first < 0 || second < 0 ? -1 : first * 26 + second;
}

export class WordGate {
  /** Each pattern's literal letters, by its index in the list. */
  private readonly letters: string[];
  /** Indexes of the patterns opening with each pair of letters (26 * first + second), in list order. */
  private readonly byPair: number[][];

  /** Every source must open with at least two literal ASCII letters; one that does not is a mistake in the word
   *  list (the gate would have to try it everywhere), so it throws. */
  constructor(sources: readonly string[]) {
    this.letters = sources.map(literalLetters);
    this.byPair = Array.from({ length: 26 * 26 }, () => []);
    this.letters.forEach((letters, i) => {
      if (letters.length < 2) throw new Error(`word pattern opens with fewer than two literal letters: ${sources[i]}`);
      this.byPair[(letters.charCodeAt(0) - 97) * 26 + letters.charCodeAt(1) - 97].push(i);
    });
  }

  has(pair: number): boolean {
    return this.byPair[pair].length > 0;
  }

  /** The patterns that open with the pair (from `wordStarts`), in list order. */
  candidates(pair: number): readonly number[] {
    return this.byPair[pair];
  }

  /** Whether the text at `at`, whose first two letters are the pattern's, opens with the rest of pattern `i`'s literal
   *  letters (in either case). */
  opens(text: string, at: number, i: number): boolean {
    const letters = this.letters[i];
    for (let k = 2; k < letters.length; k++) {
      if (letterIndex(text.charCodeAt(at + k)) !== letters.charCodeAt(k) - 97) return false;
    }
    return true;
  }
}
