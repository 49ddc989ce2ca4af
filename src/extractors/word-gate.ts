/** Which of a list of word patterns could start where in a text, told in code from the letters each pattern opens
 *  with, so that the patterns run only there (sticky) instead of being scanned over the text.
 *
 *  A long alternation of phrases ("industrial facilities|storey residential buildings|ports|...") opens with nearly
 *  every letter, so V8 cannot skip ahead to it and tries it at every position: on the benchmark corpus (2,000
 *  articles, 4.9 MB) the damage object alternation took 69 ms and the effect alternation 42 ms. The gate reads the text
 *  once, and at each word start (a letter not after a letter, as `(?<!\p{L})` sees it) looks up the two letters there;
 *  a pattern is tried only where the text opens with all of its literal prefix ("on fire": not at every "on").
 *
 *  The patterns are case-insensitive ('iu'). Under 'iu' exactly two characters outside ASCII match an ASCII letter:
 *  'ſ' (U+017F) matches s and the Kelvin sign (U+212A) matches k (test/extractors/word-gate.test.ts checks every code
 *  point). The gate reads those two as s and k, so it never turns away a position where a pattern matches. */

/** What a UTF-16 unit is to the gate: 1..26 the ASCII letter (either case, or ſ, K) it matches, LETTER for any other
 *  letter, SURROGATE for half of an astral code point, 0 for the rest, UNKNOWN until first seen (filled in from
 *  \p{L} on demand: testing all 65,536 at load took 5 ms). */
const LETTER = 27;
const SURROGATE = 28;
const UNKNOWN = 255;
const UNITS = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++) UNITS[c] = (c | 0x20) >= 97 && (c | 0x20) <= 122 ? (c | 0x20) - 96 : 0;
UNITS.fill(SURROGATE, 0xd800, 0xe000);
UNITS[0x17f] = 19; // ſ
UNITS[0x212a] = 11; // K
const IS_LETTER = /^\p{L}$/u;
const isAsciiLetter = (code: number) => code < 128 && UNITS[code] !== 0;

function unitClass(code: number): number {
  const known = UNITS[code];
  if (known !== UNKNOWN) return known;
  return (UNITS[code] = IS_LETTER.test(String.fromCharCode(code)) ? LETTER : 0);
}

/** The letter index 0..25 of the unit at `at` as an 'iu' pattern compares it with ASCII letters, else -1 (also past
 *  the end). */
function letterAt(text: string, at: number): number {
  if (at >= text.length) return -1;
  const k = unitClass(text.charCodeAt(at));
  return k >= 1 && k <= 26 ? k - 1 : -1;
}

/** The letter pair at `at` (26 * first + second), whatever stands before it, or -1 if the two units there are not
 *  both letters a pattern can open with. */
export function pairAt(text: string, at: number): number {
  const first = letterAt(text, at);
  const second = letterAt(text, at + 1);
  return first < 0 || second < 0 ? -1 : first * 26 + second;
}

const PLAIN = /[A-Za-z -]/;

/** Added to a pair by `wordStarts` where the word follows a hyphen. */
export const AFTER_HYPHEN = 1024;

/** Word starts in the text whose first three characters some pattern may open with: [at, pair, at, pair, ...] left
 *  to right, `pair` being 26 * first + second letter, AFTER_HYPHEN added where a hyphen stands before. `thirds` holds,
 *  for each pair, the third characters allowed (`WordGate.thirds`, or several gates' joined by |). A word starts at a
 *  letter that does not follow a letter (\p{L}), as `(?<!\p{L})` sees it. */
export function wordStarts(text: string, thirds: Uint32Array): number[] {
  const out: number[] = [];
  const n = text.length;
  // What stands before `at`: 0 for no letter, AFTER_HYPHEN for a hyphen, -1 for a letter.
  let before = 0;
  for (let at = 0; at < n; at++) {
    const code = text.charCodeAt(at);
    const k = unitClass(code);
    if (k === 0) {
      before = code === 0x2d ? AFTER_HYPHEN : 0;
      continue;
    }
    if (k === SURROGATE) {
      const point = text.codePointAt(at)!;
      before = IS_LETTER.test(String.fromCodePoint(point)) ? -1 : 0;
      if (point > 0xffff) at++;
      continue;
    }
    if (before >= 0 && k <= 26) {
      const second = letterAt(text, at + 1);
      const pair = (k - 1) * 26 + second;
      // Most word starts with a wanted pair fail on the third character ("of" for "offices"); testing it here, not
      // in each gate's prefix test, took the damage stage from 117 to 111 ms.
      if (second >= 0 && thirds[pair] & thirdBit(text, at + 2)) out.push(at, pair + before);
    }
    before = -1;
    // The rest of an ASCII word follows a letter: skipped in a tighter loop (11.4 -> 9.5 ms over the benchmark's
    // sentences with an effect word).
    while (at + 1 < n && isAsciiLetter(text.charCodeAt(at + 1))) at++;
  }
  return out;
}

/** The plain text a pattern source must open with, letters in lower case: "windows?" -> "window", "burn(?:ed|t|ing)" ->
 *  "burn", "power (?:cuts?|outages?)" -> "power ". ASCII letters, spaces and hyphens are read: under 'iu' a space or
 *  hyphen matches only itself. A leading lookbehind is skipped: it reads the text before. */
export function literalPrefix(source: string): string {
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
  let prefix = '';
  for (; at < source.length && PLAIN.test(source[at]); at++) prefix += source[at].toLowerCase();
  // "windows?", "fires*", "ab{0,2}": the last character may be missing from the text.
  if (at < source.length && '?*{'.includes(source[at])) prefix = prefix.slice(0, -1);
  return prefix;
}

/** The longest run of plain characters that every match of the source holds: "fa[cç]ades?" -> "ade",
 *  "cut(?:ting)? (?:off )?(?:the )?power" -> "power". Groups, classes, escapes and optional characters break runs. */
export function requiredLiteral(source: string): string {
  let best = '';
  let run = '';
  const end = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let at = 0; at < source.length; at++) {
    const c = source[at];
    if (c === '(' || c === '[') {
      end();
      for (let depth = 0; at < source.length; at++) {
        if (source[at] === '\\') at++;
        else if (source[at] === '(' || (c === '[' && source[at] === '[')) depth++;
        else if ((c === '(' && source[at] === ')') || (c === '[' && source[at] === ']')) {
          if (--depth === 0) break;
        }
      }
    } else if (/[\\.^$|?*+{}\]]/.test(c)) {
      end();
      if (c === '\\') at++;
      // "{1,15}", "\p{L}": nothing in the braces is text.
      if (c === '{' || (c === '\\' && source[at + 1] === '{')) at = source.indexOf('}', at);
      if (at < 0) break;
    } else if (at + 1 < source.length && '?*{'.includes(source[at + 1])) {
      end();
    } else {
      run += c;
    }
  }
  end();
  return best;
}

/** A test that holds in every text where one of the 'iu' patterns matches, and runs about twice as fast on the
 *  benchmark corpus (13 against 29 ms over 46,000 sentences for the damage effect words): the plain text each pattern
 *  must hold, case-insensitive without the 'u' flag, which matches ASCII letters only to ASCII letters, so ſ and K
 *  (which 'iu' matches to s and k) are added. */
export function hint(sources: readonly string[]): RegExp {
  const literals = [...new Set(sources.map(requiredLiteral))];
  if (literals.includes('')) throw new Error(`word pattern holds no plain text: ${sources[literals.indexOf('')]}`);
  // "damage" covers "damaged": keep the shortest of those that hold one another.
  const needed = literals.filter((l) => !literals.some((other) => other !== l && l.toLowerCase().includes(other.toLowerCase())));
  return new RegExp(`${needed.map((l) => l.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')).join('|')}|[\u017f\u212a]`, 'i');
}

const ANY_THIRD = 0xffffffff;

/** A character as one bit: 0..25 a letter as `letterAt` reads it, 26 a space, 27 a hyphen, 28 anything else. */
function thirdBit(text: string, at: number): number {
  const letter = letterAt(text, at);
  if (letter >= 0) return 1 << letter;
  const code = text.charCodeAt(at);
  return code === 0x20 ? 1 << 26 : code === 0x2d ? 1 << 27 : 1 << 28;
}

export class WordGate {
  /** Each pattern's literal prefix, by its index in the list. */
  private readonly prefixes: string[];
  /** Indexes of the patterns opening with each pair of letters (26 * first + second), in list order. */
  private readonly byPair: number[][];
  /** For each pair, the third characters its patterns' prefixes allow, as bits (see `thirdBit`); all bits where a
   *  prefix has two characters, none for a pair no pattern opens with. What `wordStarts` is to look for. */
  readonly thirds: Uint32Array;

  /** Every source must open with two literal ASCII letters; one that does not is a mistake in the word list (the
   *  gate would have to try it everywhere), so it throws. */
  constructor(sources: readonly string[]) {
    this.prefixes = sources.map(literalPrefix);
    this.byPair = Array.from({ length: 26 * 26 }, () => []);
    this.prefixes.forEach((prefix, i) => {
      if (!/^[a-z]{2}/.test(prefix)) throw new Error(`word pattern does not open with two literal letters: ${sources[i]}`);
      this.byPair[(prefix.charCodeAt(0) - 97) * 26 + prefix.charCodeAt(1) - 97].push(i);
    });
    this.thirds = Uint32Array.from(this.byPair, (list) => {
      let bits = 0;
      for (const i of list) bits |= this.prefixes[i].length < 3 ? ANY_THIRD : thirdBit(this.prefixes[i], 2);
      return bits;
    });
  }

  /** Whether the third character at `at` is one some pattern opening with the pair allows. */
  mayOpen(text: string, at: number, pair: number): boolean {
    return (this.thirds[pair] & thirdBit(text, at + 2)) !== 0;
  }

  /** Whether some pattern opening with the pair at `at` has all its literal prefix there. */
  opensAny(text: string, at: number, pair: number): boolean {
    if (!this.mayOpen(text, at, pair)) return false;
    for (const i of this.byPair[pair]) if (this.opens(text, at, i)) return true;
    return false;
  }

  /** The patterns that open with the pair, in list order. */
  candidates(pair: number): readonly number[] {
    return this.byPair[pair];
  }

  /** Whether the text at `at`, whose two letters are pattern `i`'s first two, has the rest of its literal prefix. */
  opens(text: string, at: number, i: number): boolean {
    const prefix = this.prefixes[i];
    for (let k = 2; k < prefix.length; k++) {
      const want = prefix.charCodeAt(k);
      if (want >= 97 ? letterAt(text, at + k) !== want - 97 : text.charCodeAt(at + k) !== want) return false;
    }
    return true;
  }
}
