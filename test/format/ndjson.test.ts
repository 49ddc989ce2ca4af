/** The ndjson writer stringifies an article's records as one array and cuts it into lines: each line must be the
 *  bytes of JSON.stringify({ source, id, url, ...record }), whatever the strings hold. */
import { describe, it, expect } from 'vitest';
import { ndjsonWriter } from '../../src/format/ndjson.js';
import type { Article, ExtractedRecord } from '../../src/types.js';
import { RECORDS } from '../articles.js';

// What a hand-made split or escape could get wrong: the record separator itself inside a string, quotes and
// backslashes before it, control characters, lone surrogates (escaped by JSON.stringify), U+2028 (not escaped),
// astral characters, and replacement patterns ("$&", "$'") that String#replaceAll would expand.
const AWKWARD = [
  '},{"', '},{"type":"region"', '"},{"', '\\"},{"', '\\', 'a\\', '"', '}', '{', '},{', '}\n{',
  '\u0000\u0001\u001f\u007f', '\t\r\n\b\f', '\ud800', 'x\udfffy', '\udfff\ud800', '\u2028\u2029', '😀 𝔘', '\ud83d\ude00\ud83d',
  '$&', "$'", '$`', '$$', '$1', '—«»’', '',
];

const expected = ({ source, id, url, records }: Article) =>
  records.map((record) => JSON.stringify({ source, ...(id !== undefined && { id }), ...(url !== undefined && { url }), ...record }) + '\n').join('');

const article = (records: ExtractedRecord[], head: Partial<Article> = {}): Article =>
  ({ source: 'a.txt', reference_date: null, records, warnings: [], ...head });

/** Each record with every string field set to `s`, keys in the record's own order. */
const withStrings = (s: string) =>
  RECORDS.map((record) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, typeof v === 'string' ? s : v])) as unknown as ExtractedRecord);

describe('ndjson lines are JSON.stringify of the merged record', () => {
  const writer = ndjsonWriter();

  it('for every record type, alone and together', () => {
    for (const record of RECORDS) expect(writer.article(article([record]))).toBe(expected(article([record])));
    expect(writer.article(article(RECORDS))).toBe(expected(article(RECORDS)));
  });

  it.each(AWKWARD.map((s) => [s]))('with every string %j', (s) => {
    for (const head of [{}, { source: s }, { source: s, id: s, url: s }, { source: s, id: 7 }]) {
      const a = article([...withStrings(s), ...RECORDS, ...withStrings(s)], head);
      expect(writer.article(a)).toBe(expected(a));
    }
  });

  it('with the key order the record was built in, and keys JSON.stringify leaves out', () => {
    const odd = [
      { rule: 'r', type: 'date', value: 'v', kind: 'absolute', text: '},{"', start: 1, end: 2, sentence: 0, confidence: 1 },
      { type: 'damage', object: 'other', effect: 'fire', count: undefined, region: null, text: 't', start: -0, end: 1e21, sentence: 0, confidence: 0.1 + 0.2, rule: 'r' },
      { type: 'casualties', killed: NaN, injured: Infinity, region: null, text: 't', start: 0, end: 1, sentence: 0, confidence: 1, rule: 'r' },
    ] as unknown as ExtractedRecord[];
    const a = article(odd, { id: 'x', url: 'u' });
    expect(writer.article(a)).toBe(expected(a));
  });

  it('writes nothing for an article without records', () => {
    expect(writer.article(article([]))).toBe('');
  });
});
