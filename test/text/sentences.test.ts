import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences, wordBefore } from '../../src/text/sentences.js';

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
