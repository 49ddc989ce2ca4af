/** Sentence splitting with offsets into the original text. Hand-written because Intl.Segmenter runs at
 *  ~0.1 MB/s here and compromise never splits after `.»` or `."` (see ../shared/ECOSYSTEM.md). */
import { loadData } from '../data/load.js';
import { isHigh } from './scan.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(
  loadData<{ abbreviations: string[] }>('abbreviations.json').abbreviations.map((a) => a.toLowerCase()),
);

// A candidate boundary: terminal punctuation, any closing quotes or brackets, then white space.
// "...destroyed UAVs.\nNo airborne danger.» The governor’s message" splits after `.»`.
// Written to stay linear on hostile input: a run of dots is only tried from its first dot, and the lookahead
// captures make each run atomic (no backtracking into it). The stop comes first and the check that it opens its run
// after it: a pattern that opens with a lookbehind is tried at every character (4 times slower here).
const BOUNDARY = /[.!?…](?<![.!?…][.!?…])(?=(?<stops>[.!?…]*))\k<stops>(?=(?<closers>[»"”’')\]]*))\k<closers>(?=\s)|\r\n?|\n/g;
const LETTER = /^\p{L}$/u;

/** The run of letters and dots that ends at `end`, looking back at most 12 code units ("Gen" in "Lt. Gen."). Walked
 *  back in code: `/[\p{L}.]+$/u` on the 12 characters, tried from each of them, took a third of the splitting time. */
export function wordBefore(text: string, end: number): string {
  const floor = Math.max(0, end - 12);
  let k = end;
  while (k > floor) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x2e || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a)) k--;
    else if (c < 0x80) break;
    // A letter outside the BMP counts only whole: both halves of its surrogate pair inside the window.
    else if (c >= 0xdc00 && c <= 0xdfff && k - 2 >= floor && isHigh(text.charCodeAt(k - 2))) {
      if (!LETTER.test(text.slice(k - 2, k))) break;
      k -= 2;
    } else if (LETTER.test(text[k - 1])) k--;
    else break;
  }
  return text.slice(k, end);
}

function isAbbreviation(text: string, dotAt: number): boolean {
  if (text[dotAt] !== '.') return false;
  const word = wordBefore(text, dotAt);
  if (!word) return false;
  const w = word.toLowerCase();
  // "St." "Lt." "Gen." and initials like "V." are not sentence ends.
  return ABBREVIATIONS.has(w) || LETTER.test(w);
}

/** Splits at line breaks and at sentence-final punctuation; sentences keep their exact offsets, trimmed of white space. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    from = to;
  };
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    // A line end, "\n", "\r\n" or an old Mac "\r", always ends a sentence.
    if (!/^[\r\n]/.test(m[0])) {
      // "5 p.m. it was": a lowercase word after the dot continues the sentence.
      const next = /\S/.exec(text.slice(end, end + 4));
      if (isAbbreviation(text, m.index) || (next && /\p{Ll}/u.test(next[0]))) continue;
    }
    push(end);
  }
  push(text.length);
  return sentences;
}

/** The index of the sentence containing offset, by binary search. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}
