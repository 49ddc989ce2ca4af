/** Calendar dates ("December 13th", "13 December 2024", "the night of 12-13 March", "12.11.2024") and relative ones
 *  ("yesterday", "last night", "on Sunday"), resolved against the reference date. chrono-node finds and reads them;
 *  this module decides the year, because chrono guesses forward and eats a following count as a year. Dates in a
 *  language's own words ("13 декабря") are read by calendar-words.ts, on that language's articles. */
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import { withEvidence, type Doc } from '../document.js';
import { execAll } from '../text/patterns.js';
import type { Sentence } from '../text/sentences.js';
import { calendarWords, type CalendarWords } from './calendar-words.js';
import { GatedChrono } from './chrono-gate.js';
import type { DateRecord, Language } from '../types.js';

/** chrono's parsers of durations: "within 2 hours", "3 days ago", "two weeks later", "the past 24 hours". No date this
 *  module records is a duration (RELATIVE and CALENDAR_TEXT drop them), and theirs are the largest patterns chrono
 *  has: about 25 ms to compile at start-up, and run on every window. Known by class name; test/extractors/dates.test.ts
 *  checks every name still matches one of chrono's parsers. */
export const DURATION_PARSERS: ReadonlySet<string> = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);

function withoutDurations(base: chrono.Chrono): chrono.Chrono {
  const copy = base.clone();
  copy.parsers = copy.parsers.filter((p) => !DURATION_PARSERS.has(p.constructor.name));
  return copy;
}

/** The English strict (calendar) and casual (relative) parsers, built once. Only the English locale is loaded: the
 *  package's main entry loads every language (about 110 ms at start-up, against 26 ms). */
export const parsers = { strict: withoutDurations(chrono.strict), casual: withoutDurations(chrono.casual) };
/** The same, each parser run only on windows it may find something in. */
const gated = { strict: new GatedChrono(parsers.strict), casual: new GatedChrono(parsers.casual) };
/** Made once: chrono only reads its option. */
const PAST: chrono.ParsingOption = { forwardDate: false };

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
// "13–14 May, 18 Shahed drones": the comma would let chrono read 18 as a year.
// "On May 14, 18 Shahed drones" likewise.
// The comma first, the month looked back at from it: a pattern that opens with a lookbehind is tried at every character.
const MONTH_COMMA_COUNT = new RegExp(`,(?=\\s+\\d{1,3}(?!\\d))(?<=${MONTH}(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?,)`, 'g');
// "from January 22 to 7 a.m.": a clock time is not a day of the month; it is blanked (same length) before chrono reads.
const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d\d)?\s*(?:a\.m\.?|p\.m\.?|am\b|pm\b|o'clock)/gi;
/** "https://example.com/news/2024/12/13/...": a link's path is no date of the report; it is blanked like a clock time. */
const LINK = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const HAS_LINK = /:\/\/|www\./i;
/** A calendar date names a month or is numeric; "a day earlier" is relative whatever chrono makes of it. */
const CALENDAR_TEXT = new RegExp(`${MONTH}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d\\d-\\d\\d`, 'i');
/** "Between 18 and 21 January": chrono reads ranges with a dash or "to", not with "and". */
const DAY_AND_DAY = new RegExp(`\\b(?<d1>\\d{1,2})(?:st|nd|rd|th)?\\s+and\\s+(?<d2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month>${MONTH})\\b(?:\\s+(?<year>\\d{4}))?`, 'g');
const CALENDAR_GATE = new RegExp(`\\b${MONTH}\\b|\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}-\\d\\d-\\d\\d`);
const WEEKDAYS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'].map((d) => `${d}day`);
export const RELATIVE_WORDS = ['yesterday', 'today', 'tonight', 'last night', 'this morning', ...WEEKDAYS];
export const OVERNIGHT_WORDS = ['overnight', 'during the night', 'last night'];
/** Every relative and overnight word holds one of these: a plain test that turns away most sentences before the
 *  word patterns run (6 ms against 18 ms for both patterns over the benchmark corpus's sentences). */
export const RELATIVE_HINT = /day|night|morning/i;
const RELATIVE_GATE = new RegExp(`\\b(?:${RELATIVE_WORDS.join('|')})\\b`, 'i');
/** The gates as global patterns, for finding each hit: built once, not per sentence. */
const CALENDAR_WINDOWS = new RegExp(CALENDAR_GATE.source, 'g');
/** The calendar gate and the relative hint as one scan of each sentence, not two (16.5 -> 12.7 ms over the benchmark
 *  corpus's 46,000 sentences), whose calendar hits are those CALENDAR_WINDOWS finds, so they serve as chrono's windows
 *  too: neither kind of hit can hide one of the other, as no month name holds "day", "night" or "morning", none of the
 *  three opens like a month name, a month name (after \b) cannot start inside a word, nor a number among letters. The
 *  hint's letters are spelt [Dd] and so on: 'i' without 'u' matches them to ASCII letters only, and would make the
 *  month names case-insensitive too. */
const SENTENCE_GATE = new RegExp(`${CALENDAR_GATE.source}|(?<hint>${RELATIVE_HINT.source.replace(/[a-z]/g, (c) => `[${c.toUpperCase()}${c}]`)})`, 'g');
const RELATIVE_WINDOWS = new RegExp(RELATIVE_GATE.source, 'gi');
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const RELATIVE = /^(?:yesterday|today|tonight|last night|this morning|(?:on |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: night| morning)?)$/i;
const OVERNIGHT = new RegExp(`\\b(?:${OVERNIGHT_WORDS.join('|')})\\b`, 'gi');
const OVERNIGHT_GATE = new RegExp(OVERNIGHT.source, 'i');

/** "12.11.2024" is 12 November: dotted dates are day first in the Russian and Ukrainian sources of these reports,
 *  while chrono reads them month first (and its day-first setting drops "January 29"). */
const DOTTED_DATE = /(?<![\d.])(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})(?![\d])/g;

const DIGIT = /\d/;

const pad = (n: number) => String(n).padStart(2, '0');

interface Ymd {
  year: number | null;
  month: number;
  day: number;
}

/** A yearless date takes the reference date's year, moved back a year when that would put it after the reference. */
export function placeYear(date: Ymd, referenceDate: string | null): string {
  const md = `${pad(date.month)}-${pad(date.day)}`;
  if (date.year !== null) return `${date.year}-${md}`;
  if (!referenceDate) return `XXXX-${md}`;
  const year = Number(referenceDate.slice(0, 4));
  return `${year}-${md}` > referenceDate ? `${year - 1}-${md}` : `${year}-${md}`;
}

function components(c: ParsedComponents): Ymd | null {
  if (!c.isCertain('day') || !c.isCertain('month')) return null;
  // "2 August 202" (a truncated page) gives chrono a year of 202: a year outside 1900-2199 is no year at all.
  const year = c.isCertain('year') ? c.get('year')! : null;
  return { year: year !== null && year >= 1900 && year < 2200 ? year : null, month: c.get('month')!, day: c.get('day')! };
}

const toIso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function referenceInstant(referenceDate: string): Date {
  return new Date(`${referenceDate}T12:00:00Z`);
}

/** Weekday and "yesterday" results from chrono, pushed into the past: reports describe what has happened. */
function resolveRelative(c: ParsedComponents, referenceDate: string): string {
  const d = c.date();
  const ref = referenceInstant(referenceDate);
  while (d.getTime() > ref.getTime() + 12 * 3600e3) d.setUTCDate(d.getUTCDate() - 7);
  return toIso(d);
}

/** The reference date moved by whole days. */
function shiftDays(referenceDate: string, days: number): string {
  const d = referenceInstant(referenceDate);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** The weekday (0 Sunday .. 6 Saturday) on or before the reference date: reports describe what has happened. */
function lastWeekday(referenceDate: string, weekday: number): string {
  return shiftDays(referenceDate, -((referenceInstant(referenceDate).getUTCDay() - weekday + 7) % 7));
}

/** Dates in a language's own words (see calendar-words.ts), added to `out`: calendar dates with their year placed as
 *  chrono's are, then relative words that no calendar date of the sentence covers. */
function wordDates(doc: Doc, sentence: Sentence, words: CalendarWords, out: DateRecord[]): void {
  const first = out.length;
  for (const m of words.gate.test(sentence.text) ? words.calendarDates(sentence.text) : []) {
    const start = sentence.start + m.index;
    for (const day of m.days) {
      out.push(withEvidence({ type: 'date', value: placeYear(day, doc.referenceDate), kind: 'absolute' }, doc, start, start + m.text.length, m.days.length > 1 ? 'date/range' : 'date/calendar', 0.95));
    }
  }
  const referenceDate = doc.referenceDate;
  if (!referenceDate) return;
  for (const m of words.relativeDates(sentence.text)) {
    const start = sentence.start + m.index;
    const end = start + m.text.length;
    if (out.some((r, i) => i >= first && r.start < end && start < r.end)) continue;
    if ('overnight' in m) {
      out.push(withEvidence({ type: 'date', value: referenceDate, kind: 'relative' }, doc, start, end, 'date/overnight', 0.6));
    } else {
      const value = 'weekday' in m ? lastWeekday(referenceDate, m.weekday) : shiftDays(referenceDate, m.days);
      out.push(withEvidence({ type: 'date', value, kind: 'relative' }, doc, start, end, 'date/relative', 0.7));
    }
  }
}

/** Stretches of text around each hit of a gate (a global pattern: "15 September", "yesterday"), widened to word
 *  boundaries and merged: chrono reads only these, since its cost grows with the length of what it is given. */
function windows(text: string, hits: readonly RegExpExecArray[], reach = 40): [number, number][] {
  const out: [number, number][] = [];
  for (const m of hits) {
    let from = Math.max(0, m.index - reach);
    let to = Math.min(text.length, m.index + m[0].length + reach);
    // Widen to whole words, but never far: a hostile input can be one 5 MB "word".
    for (let n = 0; n < 20 && from > 0 && /\S/.test(text[from - 1]); n++) from--;
    for (let n = 0; n < 20 && to < text.length && /\S/.test(text[to]); n++) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function parseIn(text: string, hits: readonly RegExpExecArray[], parse: (t: string) => chrono.ParsedResult[]): chrono.ParsedResult[] {
  return windows(text, hits).flatMap(([from, to]) => parse(text.slice(from, to)).map((r) => Object.assign(r, { index: r.index + from })));
}

/** Whether a record from `first` on (this sentence's) passes `test`: the article's earlier records are not looked at,
 *  so the check costs the sentence's dates, not the article's. */
function someSince(records: readonly DateRecord[], first: number, test: (r: DateRecord) => boolean): boolean {
  for (let i = first; i < records.length; i++) if (test(records[i])) return true;
  return false;
}

export function extractDates(doc: Doc): DateRecord[] {
  const records: DateRecord[] = [];
  const instant = doc.referenceDate ? referenceInstant(doc.referenceDate) : new Date('2000-01-01T12:00:00Z');
  // A plain Date, not {instant, timezone}: chrono runs 3-10 times slower with a timezone object. Only calendar
  // components are read, and the reference sits at noon UTC, so the machine's zone cannot move a day.
  const reference = instant;
  const words = calendarWords(doc.language);
  for (const sentence of doc.sentences) {
    // The sentence's records start here; chrono's are not added over the language's own.
    const first = records.length;
    if (words) wordDates(doc, sentence, words, records);
    // chrono is the costly step: only sentences that can hold a date go to it.
    const calendarHits: RegExpExecArray[] = [];
    let hint = false;
    SENTENCE_GATE.lastIndex = 0;
    for (let m = SENTENCE_GATE.exec(sentence.text); m; m = SENTENCE_GATE.exec(sentence.text)) {
      if (m.groups!.hint === undefined) calendarHits.push(m);
      else hint = true;
    }
    const calendar = calendarHits.length > 0;
    const hinted = doc.referenceDate !== null && hint;
    const relative = hinted && RELATIVE_GATE.test(sentence.text);
    const overnight = hinted && OVERNIGHT_GATE.test(sentence.text);
    if (!calendar && !relative && !overnight) continue;
    // Commas made semicolons move no calendar hit; a blanked clock time can ("12.11.24 am" loses its date, "7 a.mMay"
    // gains a word boundary before the month), and then the windows are looked for again in the guarded text.
    let blanked = false;
    const blank = (t: string) => {
      blanked = true;
      return ' '.repeat(t.length);
    };
    const unlinked = HAS_LINK.test(sentence.text) ? sentence.text.replace(LINK, blank) : sentence.text;
    const guarded = unlinked.replace(MONTH_COMMA_COUNT, ';').replace(CLOCK_TIME, blank);
    // Both patterns need digits: most sentences with a month name have none left once a clock time is blanked.
    const digits = DIGIT.test(guarded);
    for (const m of digits ? execAll(DOTTED_DATE, guarded) : []) {
      const { day, month, year } = m.groups!;
      if (Number(month) < 1 || Number(month) > 12 || Number(day) < 1 || Number(day) > 31) continue;
      const start = sentence.start + m.index;
      records.push(withEvidence({ type: 'date', value: placeYear({ year: Number(year), month: Number(month), day: Number(day) }, doc.referenceDate), kind: 'absolute' }, doc, start, start + m[0].length, 'date/dotted', 0.9));
    }
    for (const m of digits ? execAll(DAY_AND_DAY, guarded) : []) {
      const g = m.groups!;
      const month = MONTHS.indexOf(g.month.slice(0, 3).toLowerCase()) + 1;
      const year = g.year ? Number(g.year) : null;
      const start = sentence.start + m.index;
      for (const day of [Number(g.d1), Number(g.d2)]) {
        if (day < 1 || day > 31) continue;
        records.push(withEvidence({ type: 'date', value: placeYear({ year, month, day }, doc.referenceDate), kind: 'absolute' }, doc, start, start + m[0].length, 'date/day-and-day', 0.9));
      }
    }
    for (const r of calendar ? parseIn(guarded, blanked ? execAll(CALENDAR_WINDOWS, guarded) : calendarHits, (t) => gated.strict.parse(t, reference, PAST)) : []) {
      const start = sentence.start + r.index;
      if (!CALENDAR_TEXT.test(r.text) || someSince(records, first, (d) => d.start <= start && start < d.end)) continue;
      const ends = [r.start, r.end].flatMap((c) => (c ? [components(c)] : [])).filter((c): c is Ymd => c !== null);
      for (const ymd of ends) {
        // "12-13 March 2024": the year written on the end applies to the start too.
        const year = ymd.year ?? ends.find((e) => e.year !== null)?.year ?? null;
        const value = placeYear({ ...ymd, year }, doc.referenceDate);
        records.push(withEvidence({ type: 'date', value, kind: 'absolute' }, doc, start, start + r.text.length, r.end ? 'date/range' : 'date/calendar', 0.95));
      }
    }
    const referenceDate = doc.referenceDate;
    if (!referenceDate) continue;
    for (const r of !relative ? [] : parseIn(guarded, execAll(RELATIVE_WINDOWS, guarded), (t) => gated.casual.parse(t, reference, PAST))) {
      const text = r.text.trim().replace(/[\s,;:]+$/, '');
      if (!RELATIVE.test(text)) continue;
      const start = sentence.start + r.index + r.text.indexOf(text);
      records.push(withEvidence({ type: 'date', value: resolveRelative(r.start, referenceDate), kind: 'relative' }, doc, start, start + text.length, 'date/relative', 0.7));
    }
    for (const m of overnight ? execAll(OVERNIGHT, sentence.text) : []) {
      if (/last night/i.test(m[0]) && someSince(records, first, (r) => r.start === sentence.start + m.index)) continue;
      const start = sentence.start + m.index;
      records.push(withEvidence({ type: 'date', value: referenceDate, kind: 'relative' }, doc, start, start + m[0].length, 'date/overnight', 0.6));
    }
  }
  return records;
}

const TWO_DIGITS = /\d\d/;

/** The dateline: a date with its year in the first lines ("Tuesday, 14 May 2024", "30 мая 2023 года"), used when no
 *  --date is given. */
export function datelineDate(text: string, language: Language = 'en'): string | null {
  const head = text.slice(0, 400);
  const words = calendarWords(language);
  for (const m of words?.gate.test(head) ? words.calendarDates(head) : []) {
    const day = m.days.find((d) => d.year !== null);
    if (day) return placeYear(day, null);
  }
  // A year from 1900 to 2199 takes two digits in a row at least ("24" in "12/11/24"): a head with none gives no date.
  if (!TWO_DIGITS.test(head)) return null;
  for (const r of gated.strict.parse(head.replace(MONTH_COMMA_COUNT, ';'), { instant: new Date('2000-01-01T12:00:00Z'), timezone: 0 })) {
    const ymd = components(r.start);
    if (ymd?.year) return placeYear(ymd, null);
  }
  return null;
}
