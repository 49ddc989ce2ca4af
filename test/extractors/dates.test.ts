import { describe, expect, it } from 'vitest';
import { absoluteDates, counts, recordsOf, run } from './helpers.js';
import { OVERNIGHT_WORDS, RELATIVE_HINT, RELATIVE_WORDS } from '../../src/extractors/dates.js';

describe('calendar dates', () => {
  it.each<[string, string | null, string[]]>([
    // no year written and none to derive it from
    ['On December 13th, air defences destroyed 94 drones.', null, ['XXXX-12-13']],
    ['On December 13th, air defences destroyed 94 drones.', '2024-12-20', ['2024-12-13']],
    // a yearless date after the reference day is last year's
    ['On December 13th, air defences destroyed 94 drones.', '2025-01-05', ['2024-12-13']],
    ['The attack took place on 13 December 2024.', null, ['2024-12-13']],
    ['The attack took place on 13 December 2024.', '2025-03-01', ['2024-12-13']],
    ['The attack took place on Sunday, 15 September.', '2024-09-20', ['2024-09-15']],
    ['The attack took place on 2024-11-12.', null, ['2024-11-12']],
    // "the night of 12-13 March" lists both dates
    ['Drones attacked the region on the night of 12-13 March.', '2024-03-20', ['2024-03-12', '2024-03-13']],
    ['Drones attacked the region on the night of 12-13 March.', null, ['XXXX-03-12', 'XXXX-03-13']],
    ['Drones attacked the region on the night of 12–13 March 2024.', null, ['2024-03-12', '2024-03-13']],
    // the count after the comma is not a year
    ['On the night of 13–14 May, 18 Shahed drones attacked the Odesa region.', null, ['XXXX-05-13', 'XXXX-05-14']],
    ['On the night of 13–14 May, 18 Shahed drones attacked the Odesa region.', '2024-05-20', ['2024-05-13', '2024-05-14']],
  ])('%s [ref %s]', (sentence, ref, expected) => {
    expect(absoluteDates(sentence, ref)).toEqual(expected);
  });

  it('keeps 18 a drone count in "13–14 May, 18 Shahed drones"', () => {
    expect(counts('On the night of 13–14 May, 18 Shahed drones attacked the Odesa region.')).toEqual([[18, 'UA-51']]);
  });

  it('dates a count by the date in its sentence', () => {
    const [c] = recordsOf('Two drones were shot down over the Kursk region on 13 May.', 'drone_count', '2024-05-20');
    expect(c.date).toBe('2024-05-13');
  });
});

describe('not calendar dates', () => {
  it.each<[string, string | null]>([
    ['Air defences shot down 18 drones in 2024.', null],
    ['Drones attacked the region yesterday.', '2024-09-15'],
    ['Drones attacked the region on Sunday.', '2024-09-18'],
    ['Drones attacked the region overnight.', '2024-09-15'],
  ])('%s [ref %s]', (sentence, ref) => {
    expect(absoluteDates(sentence, ref)).toEqual([]);
  });
});

describe('a link is no date', () => {
  it.each<[string, string[]]>([
    ['Full report: https://example.com/news/2024/12/13/drones-kursk.html. Drones were downed over the Kursk region.', []],
    ['See www.mil.gov.ua/news/2024/12/13 for the Air Force tally of 13 December.', ['2024-12-13']],
    ['Source: http://t.me/s/channel/2024-12-13 — the governor wrote on 12 December 2024.', ['2024-12-12']],
    // the same date outside a link is read
    ['Drones attacked on 2024/12/13, the ministry said.', ['2024-12-13']],
  ])('%s', (sentence, expected) => {
    expect(absoluteDates(sentence, '2024-12-14')).toEqual(expected);
  });
});

describe('relative dates', () => {
  const relative = (text: string, ref: string | null) =>
    recordsOf(text, 'date', ref).filter((d) => d.kind === 'relative').map((d) => [d.text, d.value]);

  it.each<[string, string | null, [string, string][]]>([
    ['Drones attacked the region yesterday.', '2024-09-15', [['yesterday', '2024-09-14']]],
    // a weekday lies in the past of the report
    ['Drones attacked the region on Sunday.', '2024-09-18', [['on Sunday', '2024-09-15']]],
    ['Drones attacked the region overnight.', '2024-09-15', [['overnight', '2024-09-15']]],
    // nothing to resolve against
    ['Drones attacked the region yesterday.', null, []],
  ])('%s [ref %s]', (sentence, ref, expected) => {
    expect(relative(sentence, ref)).toEqual(expected);
  });

  // chrono returns "On Sunday," with the comma; the trailing punctuation is trimmed.
  it('On Sunday, drones attacked the region. [ref 2024-09-18]', () => {
    expect(relative('On Sunday, drones attacked the region.', '2024-09-18')).toEqual([['On Sunday', '2024-09-15']]);
  });
});

describe('fixed failures, kept as guards', () => {
  // Day.month.year is the convention in Russian and Ukrainian sources; chrono reads 12.11.2024 month-first and the
  // extractor gives 2024-12-11.
  it('The attack took place on 12.11.2024.', () => {
    expect(absoluteDates('The attack took place on 12.11.2024.')).toEqual(['2024-11-12']);
  });

  // The comma guard only covers "May, 18"; in "May 14, 18 Shahed drones" chrono takes 18 for the year and the
  // extractor gives 2018-05-14.
  it('On May 14, 18 Shahed drones attacked the Odesa region.', () => {
    expect(absoluteDates('On May 14, 18 Shahed drones attacked the Odesa region.')).toEqual(['XXXX-05-14']);
  });
});

describe('truncated and odd years (found by the fuzz script)', () => {
  // A page cut off mid-year: "202" is not a year, so the date is yearless rather than in year 202.
  it.each([
    ['LIVE: Drones over Odesa region and Kyiv — Wednesday, 2 August 202', ['XXXX-08-02']],
    ['Drones over Crimea: 15 June 2', ['XXXX-06-15']],
  ])('%s', (sentence, expected) => {
    expect(absoluteDates(sentence)).toEqual(expected);
  });
});

describe('chrono configuration', () => {
  it('drops exactly the duration parsers it names, so a renamed chrono class cannot slip back in unnoticed', async () => {
    const { DURATION_PARSERS, parsers } = await import('../../src/extractors/dates.js');
    const chrono = await import('chrono-node/en');
    const names = (c: { parsers: object[] }) => c.parsers.map((p) => p.constructor.name);
    for (const [mode, base] of [['strict', chrono.strict], ['casual', chrono.casual]] as const) {
      const dropped = names(base).filter((n) => !names(parsers[mode]).includes(n));
      expect(dropped.length, mode).toBeGreaterThan(0);
      expect(dropped.every((n) => DURATION_PARSERS.has(n)), mode).toBe(true);
    }
    expect([...DURATION_PARSERS].every((n) => names(chrono.casual).includes(n))).toBe(true);
  });

  it('still reads a date next to a duration', () => {
    expect(absoluteDates('Sirens sounded for two hours on 14 May, three days after the strike.', '2024-05-20')).toEqual(['2024-05-14']);
  });

  // Gold dates are the calendar dates written (corpus/FORMAT.md). With its duration parsers chrono read
  // these as March 14 and May 11, dates the text never names.
  it.each([
    ['Two days after March 12, drones struck the Kursk region again.', ['2024-03-12']],
    ['The attack came three days before 14 May, officials said.', ['2024-05-14']],
  ])('a date with an offset is the date written: %s', (sentence, dates) => {
    expect(absoluteDates(sentence, '2024-05-20')).toEqual(dates);
  });
});

describe('the dateline', () => {
  // With chrono's duration parsers, "a week later" near the top was read relative to a placeholder instant and made
  // the reference date 2000-01-08 (found by a differential run against the previous release).
  it('a duration at the top of an article is no dateline', () => {
    expect(run('A week later, drones returned to the Kursk region.\nOn 12 May, 40 drones were downed.').reference_date).toBe(null);
  });

  it('a date with its year at the top is', () => {
    expect(run('Tuesday, 14 May 2024\nDrones returned to the Kursk region.').reference_date).toBe('2024-05-14');
  });

  // The dateline is looked for only in a head with two digits in a row: a year from 1900 to 2199 takes them.
  it.each([
    ['KYIV, 3/5/24 - Drones returned to the Kursk region.', '2024-03-05'],
    ['Published 14 May 2024. Drones returned to the Kursk region.', '2024-05-14'],
    ['Posted on 2024-05-14\nDrones returned.', '2024-05-14'],
  ])('a year of two or four digits makes a dateline: %s', (text, date) => {
    expect(run(text).reference_date).toBe(date);
  });

  it('a head with a month and a day but no year is no dateline', () => {
    expect(run('On 3 May, 9 drones were downed over the Kursk region.').reference_date).toBe(null);
    expect(run('Tuesday, 14 May\nDrones returned to the Kursk region.').reference_date).toBe(null);
  });
});

describe('the relative-word hint', () => {
  // A word the hint does not hold would never be looked for: the sentence is turned away first.
  it.each([...RELATIVE_WORDS, ...OVERNIGHT_WORDS])('holds "%s"', (word) => {
    expect(RELATIVE_HINT.test(word.toUpperCase())).toBe(true);
  });
});
