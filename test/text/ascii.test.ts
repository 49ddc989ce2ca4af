import { describe, expect, it } from 'vitest';
import { asciiLettersOnly } from '../../src/text/ascii.js';

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
