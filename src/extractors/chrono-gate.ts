/** chrono with each parser run only on text its pattern can match. chrono runs every parser's pattern over every text
 *  it is given, and most of them find nothing in a window around "15 September" or "on Sunday". A parser whose pattern
 *  does not match finds nothing (Chrono.executeParser returns [] after one failed exec), and leaving it out changes
 *  nothing else: chrono joins the parsers' results in order and sorts them stably by index before any refiner runs.
 *  So a parser is left out where a cheap test, which holds in every text its pattern matches, fails. */
import type * as chrono from 'chrono-node/en';

/** chrono-node's month words (its MONTH_DICTIONARY): every one opens with one of these. */
const MONTH_WORD = /jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec/i;
/** A year: four digits, or a number and an era. Held by all that the three year-first parsers read; one test for the
 *  three, not one each, as each test is run on every window (8 tests took 2.4 ms over the benchmark's windows). */
const YEAR = /\d{4}|\d\s{0,2}(?:BE|AD|BC|CE)/i;
/** Two numbers around a slash, dot or hyphen: held by all that both slash parsers read. */
const NUMBER_SEPARATOR_NUMBER = /\d[-./]\d/;

/** For each parser, by class name, text that every match of its pattern holds, read from the patterns of
 *  chrono-node 2.10.3 (test/extractors/chrono-gate.test.ts checks each against its parser on hostile text). Parsers
 *  not named here always run. The tests are case-insensitive without 'u', as chrono's patterns are. */
export const PARSER_NEEDS: Readonly<Record<string, RegExp>> = {
  // "2024-03-13", "2024/March/13": ([0-9]{4})[-\.\/\s]
  ENYearMonthDayParser: YEAR,
  // "2024-03-13T10:00Z": ([0-9]{4})\-
  ISOFormatParser: YEAR,
  // "12/11/2024", "12.11": [0-9]{1}[\/\.\-][0-3]{0,1}[0-9]{1}
  SlashDateFormatParser: NUMBER_SEPARATOR_NUMBER,
  // "3/2024": ([0-9]|0[1-9]|1[012])\/([0-9]{4})
  ENSlashMonthFormatParser: NUMBER_SEPARATOR_NUMBER,
  // "2024 March", "300 BC March": ([1-9][0-9]{0,3}\s{0,2}(?:BE|AD|BC|BCE|CE)|[1-9][0-9]{3}) before a month word
  ENYearMonthNameParser: YEAR,
  // "13 March", "March 13", "in March 2024": each holds a month word
  ENMonthNameLittleEndianParser: MONTH_WORD,
  ENMonthNameMiddleEndianParser: MONTH_WORD,
  ENMonthNameParser: MONTH_WORD,
  // "on Sunday", "last weekend": sun|mon|tue|wed|thu|fri|sat (and their longer forms), weekend|weekday
  ENWeekdayParser: /sun|mon|tue|wed|thu|fri|sat|week/i,
  // "at 14:00", "7 a.m.": (\d{1,4})
  ENTimeExpressionParser: /\d/,
  // now|today|tonight|tomorrow|overmorrow|tmr|tmrw|yesterday|last\s*night
  ENCasualDateParser: /now|today|tonight|tomorrow|overmorrow|tmr|yesterday|night/i,
  // "end of the month": (?:last\s+day|end)\s+of\s+(?:the\s+)?month
  ENEndOfCurrentMonthParser: /month/i,
  // "last week", "next 2 days": (this|last|past|next|after\s*this)
  ENRelativeDateFormatParser: /this|last|past|next/i,
};

export class GatedChrono {
  /** The distinct tests the parsers need, each run once per text. */
  private readonly needs: RegExp[];
  /** For each parser, the bit of its test in a text's mask, or 0 where it always runs. */
  private readonly bits: number[];
  /** A copy of the base with the parsers a mask lets through, by mask, made when first needed. */
  private readonly byMask = new Map<number, chrono.Chrono>();

  constructor(private readonly base: chrono.Chrono) {
    const named = base.parsers.map((p) => PARSER_NEEDS[p.constructor.name]);
    this.needs = [...new Set(named.filter((need): need is RegExp => need !== undefined))];
    this.bits = named.map((need) => (need ? 1 << this.needs.indexOf(need) : 0));
  }

  /** The parsers that may find something in the text, as a mask of the tests it passes. */
  private chronoFor(text: string): chrono.Chrono {
    let mask = 0;
    for (let i = 0; i < this.needs.length; i++) if (this.needs[i].test(text)) mask |= 1 << i;
    let parser = this.byMask.get(mask);
    if (!parser) {
      parser = this.base.clone();
      parser.parsers = this.base.parsers.filter((_, i) => this.bits[i] === 0 || (mask & this.bits[i]) !== 0);
      this.byMask.set(mask, parser);
    }
    return parser;
  }

  parse(text: string, reference: Date | chrono.ParsingReference, option?: chrono.ParsingOption): chrono.ParsedResult[] {
    return this.chronoFor(text).parse(text, reference, option);
  }
}
