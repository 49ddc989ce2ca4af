/** Dates written with a language's own words, read by patterns built from its date-words data file
 *  (src/data/date-words.<language>.json): "13 декабря", "в ночь на 13 декабря", "в ночь с 12 на 13 марта" (both
 *  days), "с 31 декабря на 1 января", "12-13 марта", "Первого мая", "30 мая 2023 года"; and relative words: "вчера",
 *  "в среду", "в ночь на четверг", "ночью". chrono-node's Russian locale reads "с 12 на 13 марта" as the reference date
 *  and 13 March, drops 12 of "12 и 13 марта", reads "13 декабря, 18" as a year and costs 290 ms of pattern compiling
 *  on its first parse (2026-12-03); the forms reports use are few enough to read here, and a language more is data. */
import { loadData } from '../data/load.js';
import { alt } from '../text/patterns.js';
import type { Language } from '../types.js';

export interface DateWords {
  /** Month names in the form that follows a day ("13 декабря"). */
  months: Record<string, number>;
  /** Days written as ordinals ("первого мая"); with `day_tens` before them, "двадцать первого". */
  day_ordinals: Record<string, number>;
  day_tens: Record<string, number>;
  /** "12 и 13 марта": both days. */
  both_days: string[];
  /** "в ночь с 12 на 13": the words before `from`. */
  night_of: string[];
  from: string[];
  to: string[];
  /** After a year: "2023 года", "2023 г.". */
  year_words: string[];
  /** Days from the reference date: "вчера" -1. */
  relative_days: Record<string, number>;
  /** Weekday names after `weekday_before`, 0 Sunday .. 6 Saturday. */
  weekdays: Record<string, number>;
  weekday_before: string[];
  /** "ночью": the night before the reference date's morning, dated as the reference date. */
  overnight: string[];
}

export interface CalendarDay {
  day: number;
  month: number;
  year: number | null;
}

/** A span with the days it names: one, or both ends of "с 12 на 13 марта". */
export interface CalendarMatch {
  index: number;
  text: string;
  days: CalendarDay[];
}

export type RelativeMatch = { index: number; text: string } & ({ days: number } | { weekday: number } | { overnight: true });

/** Press copy writes е for ё as often as not: each word is looked for both ways. */
const withoutYo = (words: Iterable<string>) => [...new Set([...words].flatMap((w) => [w, w.replace(/ё/g, 'е')]))];
const escape = (w: string) => w.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&').replace(/ /g, '\\s+');
const words = (list: Iterable<string>) => alt(withoutYo(list).map(escape));
const fold = (w: string) => w.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
const table = (record: Record<string, number>) => new Map(Object.entries(record).map(([w, n]) => [fold(w), n]));

/** A word ends where no letter follows. */
const END = '(?![\\p{L}])';

export class CalendarWords {
  /** Holds in every sentence with a calendar date in these words: a month name after a non-letter. */
  readonly gate: RegExp;
  private readonly calendar: RegExp;
  private readonly relative: RegExp;
  private readonly months: Map<string, number>;
  private readonly ordinals: Map<string, number>;
  private readonly tens: Map<string, number>;
  private readonly relativeDays: Map<string, number>;
  private readonly weekdays: Map<string, number>;

  constructor(w: DateWords) {
    this.months = table(w.months);
    this.ordinals = table(w.day_ordinals);
    this.tens = table(w.day_tens);
    this.relativeDays = table(w.relative_days);
    this.weekdays = table(w.weekdays);
    const month = `(?:${words(Object.keys(w.months))})${END}`;
    // "25 февраля", not "23" of "23:00" nor "13" of "13.12.2024".
    const day = `(?:\\d{1,2}(?!\\d|[:.]\\d)|(?:(?:${words(Object.keys(w.day_tens))})\\s+)?(?:${words(Object.keys(w.day_ordinals))})${END})`;
    const firstDay =
      `(?:(?:${words(w.night_of)})\\s+)?(?:${words(w.from)})\\s+(?<first>${day})(?:\\s+(?<firstMonth>${month}))?\\s+(?:${words(w.to)})\\s+` +
      `|(?<both>${day})(?:\\s*[-\u2013\u2014]\\s*|\\s+(?:${words(w.both_days)})\\s+)`;
    const year = `(?:\\s+(?<year>(?:19|20|21)\\d\\d)(?!\\d)(?:\\s*(?:${words(w.year_words.filter((y) => !y.endsWith('.')))})${END}|\\s*(?:${words(w.year_words.filter((y) => y.endsWith('.')))}))?)?`;
    this.calendar = new RegExp(`(?<![\\p{L}\\d])(?:${firstDay})?(?<day>${day})\\s+(?<month>${month})${year}`, 'giu');
    this.gate = new RegExp(`(?<![\\p{L}])(?:${words(Object.keys(w.months))})${END}`, 'iu');
    const weekday = `(?:${words(w.weekday_before)})\\s+(?<weekday>${words(Object.keys(w.weekdays))})${END}`;
    this.relative = new RegExp(
      `(?<![\\p{L}])(?:(?<overnight>${words(w.overnight)})|${weekday}|(?<days>${words(Object.keys(w.relative_days))}))${END}`,
      'giu',
    );
  }

  private day(raw: string): number {
    if (/^\d/.test(raw)) return Number(raw);
    const parts = fold(raw).split(' ');
    return (parts.length > 1 ? this.tens.get(parts[0])! : 0) + this.ordinals.get(parts[parts.length - 1])!;
  }

  /** The calendar dates of a sentence, in order; days out of range left out. */
  calendarDates(text: string): CalendarMatch[] {
    const out: CalendarMatch[] = [];
    this.calendar.lastIndex = 0;
    for (let m = this.calendar.exec(text); m; m = this.calendar.exec(text)) {
      const g = m.groups!;
      const month = this.months.get(fold(g.month))!;
      const year = g.year ? Number(g.year) : null;
      const days: CalendarDay[] = [];
      const firstRaw = g.first ?? g.both;
      if (firstRaw !== undefined) {
        const firstMonth = g.firstMonth ? this.months.get(fold(g.firstMonth))! : month;
        // "с 31 декабря на 1 января 2024 года": the first day is in the year before.
        days.push({ day: this.day(firstRaw), month: firstMonth, year: year !== null && firstMonth > month ? year - 1 : year });
      }
      days.push({ day: this.day(g.day), month, year });
      out.push({ index: m.index, text: m[0], days: days.filter((d) => d.day >= 1 && d.day <= 31) });
    }
    return out;
  }

  /** Relative day words, weekdays and overnight words of a sentence, in order. */
  relativeDates(text: string): RelativeMatch[] {
    const out: RelativeMatch[] = [];
    this.relative.lastIndex = 0;
    for (let m = this.relative.exec(text); m; m = this.relative.exec(text)) {
      const g = m.groups!;
      const at = { index: m.index, text: m[0] };
      if (g.overnight !== undefined) out.push({ ...at, overnight: true });
      else if (g.weekday !== undefined) out.push({ ...at, weekday: this.weekdays.get(fold(g.weekday))! });
      else out.push({ ...at, days: this.relativeDays.get(fold(g.days))! });
    }
    return out;
  }
}

/** The languages whose date words are data, each read by a CalendarWords built on first use. */
const FILES: Partial<Record<Language, string>> = { ru: 'date-words.ru.json' };
const built = new Map<Language, CalendarWords | null>();

export function calendarWords(language: Language): CalendarWords | null {
  let words = built.get(language);
  if (words === undefined) {
    const file = FILES[language];
    words = file ? new CalendarWords(loadData<DateWords>(file)) : null;
    built.set(language, words);
  }
  return words;
}
