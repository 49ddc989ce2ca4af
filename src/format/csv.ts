import { stringify, type Options } from 'csv-stringify/sync';
import type { ExtractedRecord } from '../types.js';
import type { Writer, WriterOptions } from './index.js';

/** One header for every record type: a record leaves the fields it does not have empty. `language` is the article's,
 *  on each of its rows. */
export const CSV_COLUMNS = [
  'source', 'language', 'type', 'text', 'start', 'end', 'sentence', 'confidence', 'rule',
  'code', 'name', 'country', 'region', 'count', 'action', 'qualifier', 'date', 'claimant',
  'value', 'kind', 'title', 'channel', 'object', 'effect', 'killed', 'injured',
] as const;
type Column = (typeof CSV_COLUMNS)[number];
/** Added at the end of the header when the inputs can carry them (`--input ndjson`), empty for an article without. */
export const CSV_ID_COLUMNS = ['id', 'url'] as const;

type KeysOfUnion<T> = T extends unknown ? keyof T : never;
type Field = 'source' | 'language' | KeysOfUnion<ExtractedRecord>;
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
// The stdin source, "-" or "-:12" (line 12 of an NDJSON stream): a minus with no operand, or one before a colon and
// digits, calls nothing, so it is written as every other format writes it.
const STDIN_SOURCE = /^-(?::\d+)?$/;

/** A CSV cell: empty for a missing value, and text a spreadsheet would run as a formula quoted with a leading '. */
export function cell(value: string | number | null | undefined): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) && !STDIN_SOURCE.test(value) ? `'${value}` : value;
}

export function csvWriter(options: WriterOptions): Writer {
  const ids = Boolean(options.ids);
  return {
    begin: () => stringify([ids ? [...CSV_COLUMNS, ...CSV_ID_COLUMNS] : CSV_COLUMNS], OPTIONS),
    article({ source, language, id, url, records }) {
      if (records.length === 0) return '';
      const tail = ids ? [cell(id), cell(url)] : [];
      const rows = records.map((record) => {
        const fields: Partial<Record<Column, string | number | null>> = { source, language, ...record };
        return [...CSV_COLUMNS.map((column) => cell(fields[column])), ...tail];
      });
      return stringify(rows, OPTIONS);
    },
    end: () => '',
  };
}
