/** Texts whose letters are all ASCII, which most English reports are: a pattern that scans with \p{...} classes can
 *  use ASCII classes on them and find the same matches, several times faster (V8 tests a \p{...} class by a search
 *  of its ranges at every character: the gazetteer's capitalised runs took 44 ms over the benchmark corpus with them,
 *  9 ms with [A-Za-z]). */

/** Characters beyond ASCII that are no letter or mark, as news copy has them: no-break space, « », ×, and the
 *  General Punctuation (’ “ ” – — …) and currency blocks. Others are looked at one by one. */
const BEYOND_ASCII = /[^\0-\x7f\u0080-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf]/g;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** For tests: `ascii: false` sends every text down the unicode path, to check that both paths give the same output. */
export const fastPaths = { ascii: true };

/** Whether every letter and mark of the text is ASCII (a surrogate pair counts as a letter, unexamined). */
export function asciiLettersOnly(text: string): boolean {
  if (!fastPaths.ascii) return false;
  BEYOND_ASCII.lastIndex = 0;
  for (let m = BEYOND_ASCII.exec(text); m; m = BEYOND_ASCII.exec(text)) {
    const c = m[0].charCodeAt(0);
    if ((c >= 0xd800 && c <= 0xdfff) || LETTER_OR_MARK.test(m[0])) return false;
  }
  return true;
}

/** What a unicode property class stands for in a text whose letters are all ASCII: inside a class, and alone. A mark
 *  (\p{M}) is no ASCII character, so it stands for nothing: `[]` alone never matches. */
const ASCII_PROPERTIES: Record<string, [inClass: string, alone: string]> = {
  L: ['A-Za-z', '[A-Za-z]'],
  Lu: ['A-Z', '[A-Z]'],
  Ll: ['a-z', '[a-z]'],
  M: ['', '[]'],
};

/**
 * The source of a unicode pattern rewritten for texts whose letters are all ASCII and that hold no surrogate (what
 * `asciiLettersOnly` says), to be compiled without the u flag: there it matches what the original matches, at the
 * same places. \p{L}, \p{Lu}, \p{Ll} become ASCII ranges, \p{M} nothing; \u{...} becomes \u.... (a range up to an
 * astral code point ends at \uFFFF). Without surrogates, u and non-u read the text alike, and under i the two case
 * rules differ only for letters beyond ASCII (ſ matches s, K matches k). Null for a pattern with any other property
 * class, which a text of ASCII letters may still hold (\p{N} takes in ² and ½), or an astral character to match.
 *
 * Why: V8 tests a \p{...} class by searching its ranges, and walks a u pattern code point by code point; over the
 * benchmark corpus's sentences the number-start scan of drone-counts ran 46 -> 29 ms without u, the next-number
 * search 104 -> 30 ms (2026-11-26).
 */
export function asciiSource(source: string): string | null {
  let out = '';
  let inClass = false;
  for (let at = 0; at < source.length; at++) {
    const c = source[at];
    if (c === '\\') {
      const next = source[at + 1];
      if (next === 'p' || next === 'P') {
        const close = source.indexOf('}', at);
        const name = source.slice(at + 3, close);
        const ascii = ASCII_PROPERTIES[name];
        if (next === 'P' || !ascii) return null;
        out += ascii[inClass ? 0 : 1];
        at = close;
      } else if (next === 'u' && source[at + 2] === '{') {
        const close = source.indexOf('}', at);
        const code = parseInt(source.slice(at + 3, close), 16);
        if (code > 0xffff && !(inClass && out.endsWith('-'))) return null;
        out += `\\u${Math.min(code, 0xffff).toString(16).padStart(4, '0')}`;
        at = close;
      } else {
        out += c + next;
        at++;
      }
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** The pattern for texts whose letters are all ASCII (see `asciiSource`): the same matches, without the u flag where
 *  it can do without. */
export function asciiTwin(pattern: RegExp): RegExp {
  const source = asciiSource(pattern.source);
  return source === null ? pattern : new RegExp(source, pattern.flags.replace('u', ''));
}
