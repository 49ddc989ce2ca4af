import type { Writer } from './index.js';

/** One line per record, `{"source": ..., "id": ..., "url": ..., ...record}` (id and url only when the article has
 *  them). Warnings are not records, so they are not written. */
export function ndjsonWriter(): Writer {
  return {
    begin: () => '',
    article: ({ source, id, url, records }) => {
      const head = { source, ...(id !== undefined && { id }), ...(url !== undefined && { url }) };
      return records.map((record) => JSON.stringify({ ...head, ...record }) + '\n').join('');
    },
    end: () => '',
  };
}
