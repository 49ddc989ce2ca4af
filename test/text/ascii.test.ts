import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpus } from '../../scripts/bench-corpus.js';
import { extract } from '../../src/extract.js';
import { asciiLettersOnly, asciiSource, asciiTwin, fastPaths } from '../../src/text/ascii.js';
import { NUMBER_SOURCE } from '../../src/text/numbers.js';
import { execAll } from '../../src/text/patterns.js';

describe('asciiLettersOnly', () => {
  it.each([
    ['Kyiv Oblast', true],
    ['Kyiv’s “Oblast” — 5 km… at 10\u00a0°C, €5', true],
    ['Kyïv Oblast', false],
    ['Kyiv\u0301 Oblast', false],
    ['𝐊yiv', false],
    ['ªº µ', false],
  ])('%s', (text, expected) => {
    expect(asciiLettersOnly(text)).toBe(expected);
  });

  it('lets through without a look no character that is a letter or mark', () => {
    for (let c = 0x80; c < 0xd800; c++) {
      const char = String.fromCharCode(c);
      if (/[\p{L}\p{M}]/u.test(char)) expect(asciiLettersOnly(`a${char}`), char).toBe(false);
    }
  });
});

describe('asciiSource', () => {
  it.each([
    ['(?<![\\p{L}\\d.,-])\\d+', '(?<![A-Za-z\\d.,-])\\d+'],
    ['\\p{Lu}\\p{Ll}+(?!\\p{L})', '[A-Z][a-z]+(?![A-Za-z])'],
    ['[\\p{L}\\p{M}]|[^\\p{M}]|\\p{M}', '[A-Za-z]|[^]|[]'],
    ['(?=[A-Z\\u00C0-\\u{10FFFF}])\\u{e9}', '(?=[A-Z\\u00C0-\\uffff])\\u00e9'],
    ['\\\\p{L}\\[\\p{L}]', '\\\\p{L}\\[[A-Za-z]]'],
  ])('%s -> %s', (source, expected) => {
    expect(asciiSource(source)).toBe(expected);
  });

  it.each(['\\p{N}', '\\P{L}', '\\p{Script=Latin}', '\\u{1F600}'])('has no ASCII form for %s', (source) => {
    expect(asciiSource(source)).toBeNull();
    expect(asciiTwin(new RegExp(source, 'u')).flags).toContain('u');
  });

  // What each rewrite stands for, tried on texts that pass asciiLettersOnly: ASCII words and punctuation, and the
  // characters beyond ASCII such texts hold (’ — « × ² ½ no-break space, Roman numeral Ⅻ, circled ⓐ, which have case).
  const sources = [
    `(?<![\\p{L}\\d.,:-])(?<num>${NUMBER_SOURCE})[ \\t]+drones?(?![\\p{L}-])`,
    '\\b(?:over|across)[ \\t]+(?:[\\p{L}\'’-]+[ \\t]+){0,2}regions\\b',
    '(?:^|[\\s—–-])(?:in|over)[ \\t]+(?:the[ \\t]+)?$',
    '\\p{Lu}[\\p{L}\\p{M}’-]*(?:[ \\t]+\\p{Lu}\\p{Ll}+)?',
    '[^.;!?\\d]{0,6}?\\bthe\\b',
    '(?=[A-Z\\u00C0-\\u{10FFFF}])\\p{L}+',
  ];
  const alphabet = fc.constantFrom('a', 'A', 's', 'K', 'k', 'the', 'The ', 'over ', 'drones', 'Drone', ' ', '\t', '-', '.', ',', '5', '41', 'forty', '-one', 'regions', '’', '—', '«', '×', '²', '½', '\u00a0', 'Ⅻ', 'ⓐ', 'Ⓐ', '\n');
  it.each(sources)('finds what the unicode pattern finds, in both cases: %s', (source) => {
    for (const flags of ['gu', 'giu']) {
      const unicode = new RegExp(source, flags);
      const ascii = asciiTwin(unicode);
      expect(ascii.flags).not.toContain('u');
      const matches = (pattern: RegExp, text: string) => execAll(pattern, text).map((m) => [m.index, m[0], JSON.stringify(m.groups)]);
      fc.assert(
        fc.property(fc.array(alphabet, { maxLength: 40 }).map((a) => a.join('')), (text) => {
          fc.pre(asciiLettersOnly(text));
          expect(matches(ascii, text)).toEqual(matches(unicode, text));
        }),
        { numRuns: 300 },
      );
    }
  });
});

describe('the ASCII fast path', () => {
  it('gives every article the output the unicode path gives it', () => {
    const texts = [...readdirSync('fixtures').filter((f) => f.endsWith('.txt')).map((f) => readFileSync(`fixtures/${f}`, 'utf8')), ...[...corpus({ n: 150, seed: 3 })].map((a) => a.text)];
    const run = () => texts.map((text) => extract(text, { referenceDate: '2024-11-18' }));
    const fast = run();
    expect(fast.length).toBeGreaterThan(150);
    fastPaths.ascii = false;
    try {
      expect(run()).toEqual(fast);
    } finally {
      fastPaths.ascii = true;
    }
  });
});
