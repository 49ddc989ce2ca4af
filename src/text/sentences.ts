/** Sentence splitting with offsets into the original text. Hand-written because Intl.Segmenter runs at
 *  ~0.1 MB/s here and compromise never splits after `.»` or `."` (both measured on Node 20). */
import { loadData } from '../data/load.js';
import { isHigh } from './scan.js';
import { isLineEnd, isSpace } from './chars.js';
import { pieceEnd } from './run-on.js';

export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS: ReadonlySet<string> = new Set(
  loadData<{ abbreviations: string[] }>('abbreviations.json').abbreviations.map((a) => a.toLowerCase()),
);

const isStop = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026; // . ! ? …
const isCloser = (c: number) => c === 0xbb || c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d; // » " ” ’ ' ) ]


// Where a boundary can open: a stop or a line end. Run with test(), which builds no match, only moves lastIndex.
const OPENING = /[.!?…\r\n]/g;

/** The end of the boundary that opens at `at`, or -1 when none does. A boundary is terminal punctuation, any closing
 *  quotes or brackets, then white space (not included): "...destroyed UAVs.\nNo airborne danger.» The governor’s
 *  message" splits after `.»`. A run of stops counts only from its first, and is taken whole, with all the closers
 *  after it. Or it is a line end: "\n", "\r\n" or an old Mac "\r". */
function boundaryEnd(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c === 0x0a) return at + 1;
  if (c === 0x0d) return text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
  if (!isStop(c) || (at > 0 && isStop(text.charCodeAt(at - 1)))) return -1;
  let k = at + 1;
  while (k < text.length && isStop(text.charCodeAt(k))) k++;
  while (k < text.length && isCloser(text.charCodeAt(k))) k++;
  return k < text.length && isSpace(text.charCodeAt(k)) ? k : -1;
}
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
  if (text.charCodeAt(dotAt) !== 0x2e) return false;
  const word = wordBefore(text, dotAt);
  if (!word) return false;
  const w = word.toLowerCase();
  // "St." "Lt." "Gen." and initials like "V." are not sentence ends.
  return ABBREVIATIONS.has(w) || LETTER.test(w);
}

/** Splits at line breaks and at sentence-final punctuation, and a run-on sentence into pieces; sentences keep their exact offsets, trimmed of white space.
 *  The boundaries are found in code, not by one pattern with named captures: its match arrays and groups objects
 *  were ~12 KB an article, and splitting took 32 -> 21 ms CPU over 2,000 benchmark articles (2026-11-26). */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let from = 0;
  const push = (to: number) => {
    let s = from;
    let e = to;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    // A run-on "sentence" goes in pieces (see run-on.ts).
    while (e > s) {
      const cut = pieceEnd(text, s, e);
      let pe = cut;
      while (pe > s && isSpace(text.charCodeAt(pe - 1))) pe--;
      if (pe > s) sentences.push({ index: sentences.length, start: s, end: pe, text: text.slice(s, pe) });
      s = cut;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
    }
    from = to;
  };
  OPENING.lastIndex = 0;
  while (OPENING.test(text)) {
    const at = OPENING.lastIndex - 1;
    const end = boundaryEnd(text, at);
    if (end < 0) continue;
    // A line end always ends a sentence.
    if (!isLineEnd(text.charCodeAt(at))) {
      // "5 p.m. it was": a lowercase word after the dot continues the sentence.
      const next = firstNonSpace(text, end, Math.min(end + 4, text.length));
      if (isAbbreviation(text, at) || (next >= 0 && LOWER.test(text[next]))) {
        OPENING.lastIndex = end;
        continue;
      }
    }
    push(end);
    OPENING.lastIndex = end;
  }
  push(text.length);
  return sentences;
}

// One code unit: half of a surrogate pair is no lowercase letter.
const LOWER = /^\p{Ll}$/u;

/** The offset of the first character in [from, to) that is not white space, or -1. */
function firstNonSpace(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (!isSpace(text.charCodeAt(k))) return k;
  return -1;
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
