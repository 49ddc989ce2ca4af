/** Small helpers for building regular expressions from word lists, shared by every extractor. */

/** An alternation of the words, longest first, so "Oblast region" is tried before "Oblast". */
export const alt = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** Each lower-case word start as [Xx]: a word in either case of its first letter without the 'i' flag, which
 *  would make \p{Lu} match lower case too. Escapes (\t) are left alone. */
export const anyCase = (words: string): string => words.replace(/(?<![\\-])\b\p{Ll}/gu, (c) => `[${c.toUpperCase()}${c}]`);

/** The same pattern, anchored where lastIndex says (flag y), for trying it only at chosen positions. */
export const sticky = (pattern: RegExp): RegExp => new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
