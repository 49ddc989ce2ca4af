/** The day a claim belongs to, and where it stands with --from/--to. Cases are data: [input, expected]. */
import { describe, expect, it } from 'vitest';
import { dayKey, place, readDate } from '../../src/summarize/dates.js';

describe('readDate', () => {
  it.each([
    ['2024-09-15', { date: '2024-09-15', month_day: null }],
    // "December 13th" with no year in the article.
    ['XXXX-12-13', { date: 'unknown', month_day: '12-13' }],
    [null, { date: 'unknown', month_day: null }],
    [undefined, { date: 'unknown', month_day: null }],
    ['2024-09', { date: 'unknown', month_day: null }],
    ['yesterday', { date: 'unknown', month_day: null }],
  ])('%s -> %o', (input, expected) => {
    expect(readDate(input)).toEqual(expected);
  });

  it('takes linear time on a long hostile string', () => {
    const started = performance.now();
    for (const s of ['1'.repeat(100_000), `XXXX-${'1'.repeat(100_000)}`, '2024-09-15'.repeat(10_000)]) expect(readDate(s).date).toBe('unknown');
    expect(performance.now() - started).toBeLessThan(500);
  });
});

it.each([
  [{ date: '2024-09-15', month_day: null, sources: ['a'] }, '2024-09-15'],
  [{ date: 'unknown', month_day: '12-13', sources: ['a'] }, 'XXXX-12-13'],
  // An undated article is a day of its own.
  [{ date: 'unknown', month_day: null, sources: ['a', 'b'] }, '?a'],
])('dayKey(%o) is %s', (fact, expected) => {
  expect(dayKey(fact)).toBe(expected);
});

it.each([
  ['2024-09-15', {}, 'in'],
  ['unknown', {}, 'in'],
  ['unknown', { from: '2024-09-01' }, 'unknown_date'],
  ['2024-09-01', { from: '2024-09-01', to: '2024-09-30' }, 'in'],
  ['2024-09-30', { from: '2024-09-01', to: '2024-09-30' }, 'in'],
  ['2024-08-31', { from: '2024-09-01' }, 'out_of_range'],
  ['2024-10-01', { to: '2024-09-30' }, 'out_of_range'],
  ['2024-10-01', { from: null, to: null }, 'in'],
] as const)('place(%s, %o) is %s', (date, range, expected) => {
  expect(place(date, range)).toBe(expected);
});
