/** The csv writer writes rows itself: each must be what csv-stringify writes for the same cells with OPTIONS. */
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, OPTIONS, cell, csvWriter } from '../../src/format/csv.js';
import type { Article, ExtractedRecord } from '../../src/types.js';
import { RECORDS } from '../articles.js';

const AWKWARD = [
  '', ',', '"', '""', 'a,"b"', '\n', '\r', '\r\n', 'a\r', '\ra', '=1+2', '-2', '+', '@x', '\tx', "'", ' lead', 'trail ',
  '\u2028', '\ud800', '😀', '—«»’', 'plain text', '0',
];

/** What the writer wrote before: the cells of each row through csv-stringify. */
function reference({ source, id, url, records }: Article, ids: boolean): string {
  if (records.length === 0) return '';
  const tail = ids ? [cell(id), cell(url)] : [];
  const rows = records.map((record) => {
    const fields: Record<string, string | number | null> = { source, ...record };
    return [...CSV_COLUMNS.map((column) => cell(fields[column])), ...tail];
  });
  return stringify(rows, OPTIONS);
}

const withStrings = (s: string) =>
  RECORDS.map((record) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === 'string' ? s : v])) as unknown as ExtractedRecord);

describe('csv rows are what csv-stringify writes', () => {
  it.each(AWKWARD.map((s) => [s]))('with every string %j', (s) => {
    for (const ids of [false, true]) {
      const writer = csvWriter({ color: false, ids });
      for (const head of [{}, { id: s, url: s }, { id: 7 }, { id: -1.5, url: '' }]) {
        const article: Article = { source: s, reference_date: null, records: [...withStrings(s), ...RECORDS], warnings: [], ...head };
        expect(writer.article(article)).toBe(reference(article, ids));
      }
    }
  });

  it('with numbers of every kind', () => {
    const odd = RECORDS.map((r) => ({ ...r, start: -0, end: 1e21, confidence: 0.1 + 0.2, sentence: NaN })) as ExtractedRecord[];
    const article: Article = { source: 'a', reference_date: null, records: odd, warnings: [] };
    expect(csvWriter({ color: false, ids: true }).article(article)).toBe(reference(article, true));
  });
});
