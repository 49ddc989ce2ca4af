import type { Article } from '../types.js';
import { csvWriter } from './csv.js';
import { jsonWriter } from './json.js';
import { ndjsonWriter } from './ndjson.js';
import { tableWriter } from './table.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface WriterOptions {
  color: boolean;
  /** The inputs can carry article ids and urls (`--input ndjson`): csv adds `id` and `url` columns. */
  ids?: boolean;
}

/** A streaming writer: the CLI writes begin(), then article() for each input in order, then end(). Each returns the text to write (possibly ''). */
export interface Writer {
  begin(): string;
  /** The text for the article at `index` (0-based, in output order; default: how many this writer has written). A
   *  function of the article and its index only, so worker threads can write articles for the main thread's run. */
  article(article: Article, index?: number): string;
  /** `count`: how many articles the run wrote (default: how many this writer has written). */
  end(count?: number): string;
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
