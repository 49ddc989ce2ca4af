import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.js';
import { splitSentences, wordBefore, type Sentence } from '../../src/text/sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it.each([
    ['Gov. Gladkov said 3 drones fell. No one was hurt.', ['Gov. Gladkov said 3 drones fell.', 'No one was hurt.']],
    ['Lt. Gen. Ivanov spoke. Then V. Popov did.', ['Lt. Gen. Ivanov spoke.', 'Then V. Popov did.']],
    ['Signed by 𝐀. Smith today. Done.', ['Signed by 𝐀. Smith today.', 'Done.']],
    ['At 5 p.m. it was over. Quiet.', ['At 5 p.m. it was over.', 'Quiet.']],
    ['«No airborne danger.» The governor wrote.', ['«No airborne danger.»', 'The governor wrote.']],
    ['One line\nanother line', ['One line', 'another line']],
  ])('%s', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('keeps offsets into the text', () => {
    const text = '  First one.  Second one.\r\nThird';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('splitSentences against the pattern it replaced', () => {
  // The boundaries were one pattern; splitSentences now finds them in code. The rest of the old splitter is kept as it
  // was, so any difference is the boundaries'.
  const BOUNDARY = /[.!?…](?<![.!?…][.!?…])(?=(?<stops>[.!?…]*))\k<stops>(?=(?<closers>[»"”’')\]]*))\k<closers>(?=\s)|\r\n?|\n/g;
  const ABBREVIATIONS = new Set(loadData<{ abbreviations: string[] }>('abbreviations.json').abbreviations.map((a) => a.toLowerCase()));
  const isAbbreviation = (text: string, dotAt: number) => {
    if (text[dotAt] !== '.') return false;
    const w = wordBefore(text, dotAt).toLowerCase();
    return w !== '' && (ABBREVIATIONS.has(w) || /^\p{L}$/u.test(w));
  };
  function reference(text: string): Sentence[] {
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
      if (!/^[\r\n]/.test(m[0])) {
        const next = /\S/.exec(text.slice(end, end + 4));
        if (isAbbreviation(text, m.index) || (next && /\p{Ll}/u.test(next[0]))) continue;
      }
      push(end);
    }
    push(text.length);
    return sentences;
  }

  it('agrees on any text', () => {
    const alphabet = fc.constantFrom(
      '.', '!', '?', '…', '»', '"', '”', '’', "'", ')', ']', ' ', '\n', '\r', '\r\n', '\t', '\u00a0', '\u2028', '\u3000', '\ufeff',
      'a', 'Z', 'é', 'É', 'ß', 'Ω', 'ω', 'St', 'Gen', 'Gov', 'p.m', 'No', 'U.S', 'V', '𝐀', '𝐚', '\uD835', '\uDC00', '5', '—',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
        expect(splitSentences(text)).toEqual(reference(text));
      }),
      { numRuns: 20000 },
    );
  });
});

describe('wordBefore', () => {
  // What it replaced: the pattern, run on the 12 code units before the stop.
  const reference = (text: string, end: number) => /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, end - 12), end))?.[1] ?? '';

  it('is the run of letters and dots before a point, within 12 code units', () => {
    expect(wordBefore('said Gen.', 8)).toBe('Gen');
    expect(wordBefore('at 5 p.m.', 8)).toBe('p.m');
    expect(wordBefore('by 𝐀.', 5)).toBe('𝐀');
    expect(wordBefore('Supercalifragilistic.', 20)).toBe('ifragilistic');
  });

  it('agrees with the pattern on any text', () => {
    const alphabet = fc.constantFrom('a', 'Z', 'é', 'ß', '.', ' ', '1', '-', '𝐀', '\u{1F600}', '\uD835', '\uDC00', 'Ж', "'");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 20 }).map((a) => a.join('')), fc.nat(), (text, n) => {
        const end = n % (text.length + 1);
        expect(wordBefore(text, end)).toBe(reference(text, end));
      }),
      { numRuns: 2000 },
    );
  });
});
