/** Publication dates as pages, feeds and exports write them, to the day they name as written: the publisher's own
 *  calendar day, not converted to UTC ("2024-12-15T01:30:00+03:00" is 15 December, though in UTC it is the 14th). */
import { isIsoDate, referenceDate } from '../batch/line.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// RFC 822, as RSS 2.0 writes pubDate: "Sun, 15 Dec 2024 08:30:00 +0300", also "15 Dec 24" and a full month name.
const RFC822 = /^\s*(?:[A-Za-z]{3,9},?\s+)?(?<day>\d{1,2})\s+(?<month>[A-Za-z]{3})[A-Za-z]{0,6}\.?\s+(?<year>\d{4}|\d{2})(?:\s|$)/;

/** The day a date string names (ISO 8601 date or timestamp, or RFC 822), or null. */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const trimmed = value.trim();
  const iso = referenceDate(trimmed);
  if (iso) return iso;
  const groups = RFC822.exec(trimmed)?.groups;
  if (!groups) return null;
  const month = MONTHS.indexOf(groups.month.toLowerCase());
  if (month < 0) return null;
  const year = groups.year.length === 2 ? `20${groups.year}` : groups.year;
  const day = `${year}-${String(month + 1).padStart(2, '0')}-${groups.day.padStart(2, '0')}`;
  return isIsoDate(day) ? day : null;
}
