/** The day a claim or fact belongs to, and the --from/--to filter. */
import { UNKNOWN, type Day } from './types.js';

const FULL = /^\d{4}-\d{2}-\d{2}$/;
// "December 13th" in an article without a year reads as XXXX-12-13.
const YEARLESS = /^XXXX-(?<monthDay>\d{2}-\d{2})$/;

export interface Dated {
  date: Day;
  month_day: string | null;
}

/** A record's date as a day: a yearless or missing (or malformed) date is 'unknown', the month-day kept aside. */
export function readDate(value: string | null | undefined): Dated {
  if (typeof value === 'string' && FULL.test(value)) return { date: value, month_day: null };
  const yearless = typeof value === 'string' ? YEARLESS.exec(value) : null;
  return { date: UNKNOWN, month_day: yearless?.groups?.monthDay ?? null };
}

/**
 * The day a figure counts for, for the double-counting rule: the date; for a yearless date its month-day; for no date
 * at all, the article it came from (an undated article is taken to report a day of its own, so two undated articles
 * with different figures add up while the parts and total inside one article do not).
 */
export function dayKey(fact: Dated & { sources: readonly string[] }): string {
  if (fact.date !== UNKNOWN) return fact.date;
  return fact.month_day !== null ? `XXXX-${fact.month_day}` : `?${fact.sources[0]}`;
}

export interface Range {
  from?: string | null;
  to?: string | null;
}

export type Placement = 'in' | 'unknown_date' | 'out_of_range';

/** Where a day stands with the filter: with no --from/--to every day is in; with one, an unknown day is set aside. */
export function place(date: Day, { from, to }: Range): Placement {
  if (!from && !to) return 'in';
  if (date === UNKNOWN) return 'unknown_date';
  return (from && date < from) || (to && date > to) ? 'out_of_range' : 'in';
}
