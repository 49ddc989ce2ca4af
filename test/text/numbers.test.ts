import { describe, expect, it } from 'vitest';
import { NUMBER_SOURCE, parseNumber } from '../../src/text/numbers.js';

describe('parseNumber', () => {
  it.each([
    ['94', 94],
    ['0094', 94],
    ['1,200', 1200],
    ['12,345,678', 12345678],
    ['forty-one', 41],
    ['Twenty nine', 29],
    ['a dozen', 12],
    ['two dozen', 24],
    ['half a dozen', 6],
    ['a couple of', 2],
    ['a pair', 2],
    ['one hundred and five', 105],
    ['three thousand', 3000],
  ])('%s = %d', (raw, value) => {
    expect(new RegExp(`^${NUMBER_SOURCE}$`, 'iu').test(raw), raw).toBe(true);
    expect(parseNumber(raw)).toBe(value);
  });

  it.each(['drones', 'first', '1,20', ''])('%j is no cardinal', (raw) => {
    expect(parseNumber(raw)).toBeNull();
  });
});
