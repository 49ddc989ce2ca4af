import type { Article } from '../types.js';
import { csvWriter } from './csv.js';
import { jsonWriter } from './json.js';
import { ndjsonWriter } from './ndjson.js';
import { tableWriter } from './table.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface WriterOptions {
  color: boolean;
}

/** A streaming writer: the CLI writes begin(), then article() for each input in order, then end(). Each returns the text to write (possibly ''). */
export interface Writer {
  begin(): string;
  article(article: Article): string;
  end(): string;
}

const WRITERS = {
  table: tableWriter,
  json: jsonWriter,
  ndjson: ndjsonWriter,
  csv: csvWriter,
} satisfies Record<Format, (options: WriterOptions) => Writer>;

export function createWriter(format: Format, options: WriterOptions): Writer {
  return WRITERS[format](options);
}
