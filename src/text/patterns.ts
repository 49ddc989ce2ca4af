/** Small helpers for building regular expressions from word lists, shared by every extractor. */

/** An alternation of the words, longest first, so "Oblast region" is tried before "Oblast". */
export const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** Each lower-case word start as [Xx]: a word in either case of its first letter without the 'i' flag, which
 *  would make \p{Lu} match lower case too. Escapes (\t) are left alone. */
export const anyCase = (words: string): string => words.replace(/(?<![\\-])\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`);

/** The same pattern, anchored where lastIndex says (flag y), for trying it only at chosen positions. */
export const sticky = (pattern: RegExp): RegExp => new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);

/** A value built on the first call and kept after: for patterns that cost a lot to build ('iu' over Cyrillic word lists
 *  is case-folded when constructed) and that a module needs only when its rules run, not when it loads. */
export function lazy<T>(build: () => T): () => T {
  let value: { v: T } | undefined;
  return () => (value ??= { v: build() }).v;
}

/** Put before a pattern that opens with \p{Lu}: it lets through every character that can be upper case and nothing
 *  is lost, but V8 can test it without looking \p{Lu} up, and skips ahead over lower case: a capitalised-word scan ran
 *  twice as fast with it (43 -> 21 ms on the 2.5 MB benchmark corpus). */
export const UPPER_FIRST = String.raw`(?=[A-Z\u00C0-\u{10FFFF}])`;

/** Every match of a global pattern in the text, as `[...text.matchAll(pattern)]` gives them (from the start), without
 *  the copy of the pattern `matchAll` makes on each call: 16.6 -> 9.9 ms for one word pattern over the benchmark
 *  corpus's sentences (2026-11-25). Leaves lastIndex at 0. */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step over it, by a whole code point with the u flag.
    if (m[0] === '') pattern.lastIndex += pattern.unicode && (text.codePointAt(pattern.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}
