import chalk, { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { RECORD_TYPES, type Article, type ExtractedRecord, type RecordType } from '../types.js';
import type { Writer, WriterOptions } from './index.js';

type RecordOf<T extends RecordType> = Extract<ExtractedRecord, { type: T }>;

/** The columns a reader needs for each type; the full evidence is in json, ndjson and csv. */
const COLUMNS = {
  region: ['code', 'name', 'text'],
  place: ['name', 'region', 'text'],
  drone_count: ['count', 'region', 'action', 'qualifier', 'claimant', 'text'],
  date: ['value', 'kind', 'text'],
  official: ['name', 'title', 'region', 'channel'],
  damage: ['object', 'effect', 'count', 'region', 'text'],
  casualties: ['killed', 'injured', 'region', 'text'],
} as const satisfies { [T in RecordType]: readonly (keyof RecordOf<T>)[] };

/**
 * Input text goes straight to a terminal: an ESC in an article must not become an escape
 * sequence, and a tab or CR would break the table's widths. Newlines stay, as line breaks in a cell.
 */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function cell(value: string | number | null): string {
  return value === null ? '' : printable(String(value));
}

function recordTable(type: RecordType, records: ExtractedRecord[], paint: ChalkInstance): string {
  const columns: readonly string[] = COLUMNS[type];
  // cli-table3 colours heads and borders itself, even when piped; all colour comes from `paint` instead.
  const table = new Table({ head: columns.map((c) => paint.bold(c)), style: { head: [], border: [] } });
  for (const record of records) {
    const fields = record as unknown as Record<string, string | number | null>;
    table.push(columns.map((column) => cell(fields[column])));
  }
  return `${paint.cyan(type)} (${records.length})\n${table.toString()}\n`;
}

function renderArticle(article: Article, paint: ChalkInstance): string {
  const date = paint.dim(article.reference_date === null ? ` (${article.language})` : ` (${article.language}, reference date ${article.reference_date})`);
  const parts = [paint.bold(printable(article.source)) + date + '\n'];
  if (article.records.length === 0) parts.push('no records\n');
  for (const type of RECORD_TYPES) {
    const records = article.records.filter((record) => record.type === type);
    if (records.length > 0) parts.push(recordTable(type, records, paint));
  }
  for (const { code, message } of article.warnings) {
    parts.push(paint.yellow(`${printable(code)}: ${printable(message)}`) + '\n');
  }
  return parts.join('');
}

export function tableWriter(options: WriterOptions): Writer {
  // The caller decided colour is wanted (a TTY, or --color); chalk's own detection may still say level 0.
  const paint = new Chalk({ level: options.color ? Math.max(chalk.level, 1) as 1 | 2 | 3 : 0 });
  let written = 0;
  return {
    begin: () => '',
    // A blank line between articles.
    article(article, index = written) {
      written++;
      return (index === 0 ? '' : '\n') + renderArticle(article, paint);
    },
    end: () => '',
  };
}
