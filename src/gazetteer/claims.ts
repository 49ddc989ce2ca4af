/** Which characters of a text are taken: by a mention found already, or by a name that is no region ("Moscow time",
 *  "Investigative Committee of the Russian Federation"), which no mention may overlap. */
import { gazetteer } from './data.js';
import { phraseTrie } from './trie.js';

export interface Claimed {
  start: number;
  end: number;
}

/** A bit per character, so checking a span costs its length, not the number of mentions so far. */
export class Claims {
  private readonly bits: Uint32Array;
  constructor(length: number) {
    this.bits = new Uint32Array((length >> 5) + 1);
  }
  overlaps(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.bits[i >> 5] & (1 << (i & 31))) return true;
    return false;
  }
  claim({ start, end }: Claimed): void {
    for (let i = start; i < end; i++) this.bits[i >> 5] |= 1 << (i & 31);
  }
}

interface Phrases {
  /** The phrases in any case, as one regex: at each position the longest that starts there. */
  pattern: RegExp;
  /** 1 for each UTF-16 unit a phrase match can hold: the phrases' own, and the other case of their ASCII letters. */
  chars: Uint8Array;
  shortest: number;
}

let phrases: Phrases | undefined;

function notRegionPhrases(): Phrases {
  if (phrases) return phrases;
  const list = gazetteer().notRegions;
  const chars = new Uint8Array(0x10000);
  // Under the 'i' flag (without 'u') a unit matches another when both upper-case to the same unit, except that a
  // unit beyond ASCII never matches one within it.
  const canonical = (unit: string) => {
    const upper = unit.toUpperCase();
    return upper.length === 1 && !(unit.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128) ? upper : unit;
  };
  const units = new Set(list.join('').split('')); // UTF-16 units, as the regex sees them without 'u'
  for (const unit of units) {
    chars[unit.charCodeAt(0)] = 1;
    if (unit.toLowerCase() !== unit.toUpperCase()) {
      // a unit with case: find every unit that folds to the same (both cases of an ASCII letter, and rarer others)
      const target = canonical(unit);
      const range = unit.charCodeAt(0) < 128 ? 128 : 0x10000;
      for (let c = 0; c < range; c++) if (canonical(String.fromCharCode(c)) === target) chars[c] = 1;
    }
  }
  phrases = { pattern: new RegExp(phraseTrie(list), 'gi'), chars, shortest: Math.min(...list.map((p) => p.length)) };
  return phrases;
}

/** Claims whose non-region phrases are found only in the stretches of text that a span asked about touches. A stretch
 *  is a longest run of characters a phrase can hold; no phrase match crosses its ends, so the matches in it are what a
 *  scan of the whole text (leftmost, longest, then on from its end) finds there. The whole-text scan cost 19 ms over
 *  the benchmark corpus, tried at every character; most stretches hold no name and are never looked at. */
export class MaskedClaims extends Claims {
  private readonly phrases = notRegionPhrases();
  /** 1 for each character whose stretch has been searched. */
  private readonly searched: Uint8Array;
  constructor(private readonly text: string) {
    super(text.length);
    this.searched = new Uint8Array(text.length);
  }

  override overlaps(start: number, end: number): boolean {
    this.search(start, end);
    return super.overlaps(start, end);
  }

  /** Claims the phrases in every stretch that holds a character of text[start, end), each stretch once. */
  private search(start: number, end: number): void {
    const { text, searched } = this;
    const { chars, pattern, shortest } = this.phrases;
    for (let at = start; at < end; at++) {
      if (searched[at] === 1) continue;
      if (chars[text.charCodeAt(at)] !== 1) {
        searched[at] = 1;
        continue;
      }
      let from = at;
      while (from > 0 && chars[text.charCodeAt(from - 1)] === 1) from--;
      let to = at + 1;
      while (to < text.length && chars[text.charCodeAt(to)] === 1) to++;
      searched.fill(1, from, to);
      if (to - from < shortest) continue;
      const stretch = text.slice(from, to);
      pattern.lastIndex = 0;
      for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) this.claim({ start: from + m.index, end: from + m.index + m[0].length });
    }
  }
}
