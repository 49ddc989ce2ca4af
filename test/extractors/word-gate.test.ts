import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AFTER_HYPHEN, hint, literalPrefix, pairAt, requiredLiteral, WordGate, wordStarts } from '../../src/extractors/word-gate.js';

// The gate reads ſ as s and K (Kelvin) as k; it would miss a match if any other character did the same.
it("matches exactly ſ and K outside ASCII to ASCII letters under 'iu'", () => {
  const letter = /^[a-z]$/iu;
  const found: number[] = [];
  for (let code = 128; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (letter.test(String.fromCodePoint(code))) found.push(code);
  }
  expect(found).toEqual([0x17f, 0x212a]);
});

describe('literal text of a pattern', () => {
  it.each([
    ['windows?', 'window'],
    ['burn(?:ed|t|ing)', 'burn'],
    ['power (?:cuts?|outages?)', 'power '],
    ['de-energi[sz]ed', 'de-energi'],
    ['(?<!(?:opened|open)[ \\t])fires?(?![ \\t]+crews?)', 'fire'],
    ['CHP', 'chp'],
  ])('opens %s with %s', (source, prefix) => {
    expect(literalPrefix(source)).toBe(prefix);
  });

  it.each([
    ['fa[cç]ades?', 'ade'],
    ['cut(?:ting)? (?:off )?(?:the )?power', 'power'],
    ['lost (?:electricity|light)', 'lost '],
    ['[\\p{L}\\d]{1,15}-storey', '-storey'],
    ['x\\p{Lu}yy', 'yy'],
    ['ab+c', 'ab'],
  ])('holds %s in every match: %s', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it('refuses what it cannot gate', () => {
    expect(() => new WordGate(['a(?:b|c)'])).toThrow(/two literal letters/);
    expect(() => new WordGate(['ab|cd'])).toThrow(/alternation/);
  });
});

const alphabet = fc.constantFrom('a', 'B', 'ſ', 'K', 'é', 'Ж', '-', ' ', '\t', ',', '1', '𝐀', '\u{1F600}', '\udc00', 'fire', 'on fire', 'power cut', 'ports');
const texts = fc.array(alphabet, { maxLength: 24 }).map((a) => a.join(''));

describe('word starts', () => {
  it('are where (?<!\\p{L}) holds before two letters the gate reads', () => {
    const all = new Uint32Array(26 * 26).fill(0xffffffff);
    fc.assert(
      fc.property(texts, (text) => {
        const expected: number[] = [];
        for (const m of text.matchAll(/(?<!\p{L})(?=[a-zſK]{2})/giu)) {
          expected.push(m.index, pairAt(text, m.index) + (text[m.index - 1] === '-' ? AFTER_HYPHEN : 0));
        }
        expect(wordStarts(text, all)).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('hold every word start where a pattern matches, and the hint every text', () => {
    const sources = ['fires?', 'on fire', 'power (?:cuts?|outages?)', 'ports?(?![ \\t]+city)', 'kilns?', 'sheds?'];
    const gate = new WordGate(sources);
    const plain = hint(sources);
    fc.assert(
      fc.property(texts, (text) => {
        const starts = wordStarts(text, gate.thirds);
        sources.forEach((source, i) => {
          const pattern = new RegExp(`(?<!\\p{L})(?:${source})`, 'giu');
          for (const m of text.matchAll(pattern)) {
            const j = starts.findIndex((at, k) => k % 2 === 0 && at === m.index);
            expect(j).toBeGreaterThanOrEqual(0);
            expect(gate.candidates(starts[j + 1] % AFTER_HYPHEN)).toContain(i);
            expect(gate.opens(text, m.index, i)).toBe(true);
            expect(plain.test(text)).toBe(true);
          }
        });
      }),
      { numRuns: 1000 },
    );
  });
});
