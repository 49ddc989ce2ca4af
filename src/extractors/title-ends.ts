/** Title words found from the name after them, in a text whose letters are all ASCII: "Governor| Alexander".
 *
 *  A title only starts a "Governor Alexander Drozdenko" match when white space and a capital follow it, and the
 *  extractor already walks every capital of the text for known names. So at each capital after a space or tab, the
 *  word before is looked up among the titles' last words, and the title pattern is tried only where such a title would
 *  start. Scanning the whole text with the title alternation (which opens with nearly every letter, so V8 tries it at
 *  every position) took 19 ms over the benchmark corpus (2,000 articles, 4.9 MB).
 *
 *  The hits are those of the whole-text scan (`Bounded`: leftmost, not after a letter, not overlapping) that white
 *  space and a capital follow. That holds because overlapping hits of the titles end together ("Defence Minister",
 *  "Minister") and no title is another followed by more words ("governor" and "governor general"): a hit left out
 *  then never hides a hit kept, and the title pattern cannot end at a name inside a longer hit.
 *  test/extractors/title-ends.test.ts checks both on the titles list. */
import { charBefore } from '../text/scan.js';

const SPACE = 0x20;
const TAB = 0x09;
const isAsciiLetter = (c: number) => (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
const LETTER = /^\p{L}$/u;

export class TitleEnds {
  /** Each title's last word (first letter lower case) -> the lengths of the titles it ends, longest first, so that
   *  the leftmost start is tried first. */
  private readonly byLastWord = new Map<string, number[]>();
  /** For each lower-case letter a title can end with, the lengths of the last words ending so, as bits: most words
   *  before a capital are turned away on these before their text is sliced. */
  private readonly lastWordLengths = new Uint32Array(26);

  /** `titles` as in titles.json (lower case, words apart by a space or hyphen); `at` the title pattern, sticky, with
   *  its `(?![\p{L}])` but without the left boundary, which is checked here. */
  constructor(
    titles: readonly string[],
    private readonly at: RegExp,
  ) {
    for (const title of titles) {
      if (!/^[a-z][a-z -]*[a-z]$/.test(title)) throw new Error(`a title must be lower-case words: ${title}`);
      const last = title.split(/[^a-z]/).pop()!;
      const lengths = this.byLastWord.get(last) ?? [];
      if (!lengths.includes(title.length)) lengths.push(title.length);
      this.byLastWord.set(last, lengths.sort((a, b) => b - a));
      this.lastWordLengths[title.charCodeAt(title.length - 1) - 0x61] |= 1 << Math.min(last.length, 31);
    }
  }

  /** Where the title hit ending just before the white space that runs up to `capital` starts, or -1. */
  hitBefore(text: string, capital: number): number {
    let end = capital;
    while (end > 0 && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB)) end--;
    if (end === capital || end === 0) return -1;
    const last = text.charCodeAt(end - 1) - 0x61;
    if (last < 0 || last >= 26 || this.lastWordLengths[last] === 0) return -1;
    let wordStart = end - 1;
    while (wordStart > 0 && isAsciiLetter(text.charCodeAt(wordStart - 1))) wordStart--;
    if ((this.lastWordLengths[last] & (1 << Math.min(end - wordStart, 31))) === 0) return -1;
    // "Governor" as "governor": the title pattern takes either case of a word's first letter.
    const word = text[wordStart].toLowerCase() + text.slice(wordStart + 1, end);
    const lengths = this.byLastWord.get(word);
    if (!lengths) return -1;
    const { at } = this;
    for (const length of lengths) {
      const start = end - length;
      if (start < 0) continue;
      at.lastIndex = start;
      if (at.exec(text) && at.lastIndex === end && !LETTER.test(charBefore(text, start))) return start;
    }
    return -1;
  }
}
