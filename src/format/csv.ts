import { stringify, type Options } from 'csv-stringify/sync';
import type { ExtractedRecord } from '../types.js';
import type { Writer, WriterOptions } from './index.js';

/** One header for every record type: a record leaves the fields it does not have empty. */
export const CSV_COLUMNS = [
  'source', 'type', 'text', 'start', 'end', 'sentence', 'confidence', 'rule',
  'code', 'name', 'country', 'region', 'count', 'action', 'qualifier', 'date', 'claimant',
  'value', 'kind', 'title', 'channel', 'object', 'effect', 'killed', 'injured',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
/** Added at the end of the header when the inputs can carry them (`--input ndjson`), empty for an article without. */
export const CSV_ID_COLUMNS = ['id', 'url'] as const;

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type Field = 'source' | KeysOfUnion<ExtractedRecord>;
// A field added to a record type without a column here fails to compile.
type AssertNever<T extends never> = T;
type MissingColumns = AssertNever<Exclude<Field, Column>>;

export const OPTIONS: Options = {
  record_delimiter: 'windows',
  // With CRLF as the delimiter csv-stringify leaves a bare "\n" or "\r" unquoted; RFC 4180 wants it quoted.
  quoted_match: /[\r\n]/,
};

// A spreadsheet runs a cell starting with one of these as a formula: "=HYPERLINK(...)", "-2+3".
const FORMULA_START = /^[=+\-@\t\r]/;

/** A CSV cell: empty for a missing value, and text a spreadsheet would run as a formula quoted with a leading '. */
export function cell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

// What makes csv-stringify (with OPTIONS) quote a field: the delimiter, a quote, or a line break (quoted_match).
const NEEDS_QUOTES = /[",\r\n]/;

/** A cell as csv-stringify writes it with OPTIONS: a number as '' + n, a string quoted, its quotes doubled, when it
 *  holds a comma, quote or line break (test/format/csv.test.ts compares the two on awkward strings). */
function field(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

// The record's own columns: all but `source`, which no record has.
const RECORD_COLUMNS = CSV_COLUMNS.slice(1) as Exclude<Column, 'source'>[];

export function csvWriter(options: WriterOptions): Writer {
  const ids = Boolean(options.ids);
  return {
    begin: () => stringify([ids ? [...CSV_COLUMNS, ...CSV_ID_COLUMNS] : CSV_COLUMNS], OPTIONS),
    // Rows written here, not by csv-stringify: its per-field option handling made it ~95% of the writer's time
    // (202 -> 55 ms CPU over 1,000 benchmark articles with ids, UTF-8 encoding included, 2026-11-26).
    article({ source, id, url, records }) {
      if (records.length === 0) return '';
      const head = field(cell(source));
      const tail = ids ? `,${field(cell(id))},${field(cell(url))}\r\n` : '\r\n';
      const lines = records.map((record) => {
        const fields = record as Partial<Record<Column, string | number | null>>;
        let line = head;
        for (const column of RECORD_COLUMNS) line += ',' + field(cell(fields[column]));
        return line + tail;
      });
      return lines.join('');
    },
    end: () => '',
  };
}
