import type { Writer } from './index.js';

/** One line per record, `{"source": ..., ...record}`. Warnings are not records, so they are not written. */
export function ndjsonWriter(): Writer {
  return {
    begin: () => '',
    article: ({ source, records }) => records.map((record) => JSON.stringify({ source, ...record }) + '\n').join(''),
    end: () => '',
  };
}
