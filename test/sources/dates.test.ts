import { describe, expect, it } from 'vitest';
import { dayOf } from '../../src/sources/dates.js';

describe('dayOf: the day a publisher wrote, not converted to UTC', () => {
  it.each([
    ['2024-12-15', '2024-12-15'],
    ['2024-12-15T01:30:00+03:00', '2024-12-15'], // the 14th in UTC
    ['2024-12-13T07:12:45', '2024-12-13'], // Telegram Desktop: local time, no zone
    ['Sun, 15 Dec 2024 01:30:00 +0300', '2024-12-15'],
    ['15 Dec 2024 08:30 GMT', '2024-12-15'],
    ['Sat, 7 September 2024 10:00:00 GMT', '2024-09-07'],
    ['Mon, 02 Jan 23 10:00:00 +0000', '2023-01-02'],
  ])('%s -> %s', (value, day) => expect(dayOf(value)).toBe(day));

  it.each([['2024-02-30'], ['30 Feb 2024 10:00'], ['yesterday'], ['12/15/2024'], ['2024-12-15garbage'], [''], [null]])('%s -> null', (value) => expect(dayOf(value)).toBeNull());
});
