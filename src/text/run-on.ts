/** A bound on sentence length. A text dump without full stops, a scraped table or a pasted log is one "sentence"
 *  megabytes long, and a step that is fine on a sentence of news (the longest of the benchmark corpus, the dev set
 *  and the seed is ~300 characters) becomes quadratic on it: "2 people were injured and " x40,000 took 58 s. Cut
 *  into pieces of at most MAX_SENTENCE, every per-sentence step costs at most a constant per piece. */
import { isHigh } from './scan.js';
import { isSpace } from './chars.js';

export const MAX_SENTENCE = 2000;

/** Where a cut is looked for, in this order of preference: after a clause mark, after a comma, at white space. Each
 *  is looked for in the second half of the window only, so no piece is shorter than half the bound (but the last). */
const CLAUSE_ENDS: readonly ((c: number) => boolean)[] = [
  (c) => c === 0x3b, // ;
  (c) => c === 0x2c, // ,
  isSpace,
];

/** The end of the piece of [start, end) that begins at `start`: `end` when it is short enough, else the last
 *  preferred cut within MAX_SENTENCE, else a hard cut that does not split a surrogate pair. */
export function pieceEnd(text: string, start: number, end: number, max = MAX_SENTENCE): number {
  if (end - start <= max) return end;
  const limit = start + max;
  const floor = start + (max >> 1);
  for (const isCut of CLAUSE_ENDS) {
    for (let k = limit; k > floor; k--) if (isCut(text.charCodeAt(k - 1))) return k;
  }
  return isHigh(text.charCodeAt(limit - 1)) ? limit - 1 : limit;
}
