/** `--records`: lines of `extract --format ndjson` back into articles. */
import { describe, expect, it } from 'vitest';
import { articlesFromRecords, parseRecordLine, type RecordLine } from '../../src/summarize/records.js';

const COUNT = { type: 'drone_count', text: '41 drones', start: 0, end: 9, sentence: 0, confidence: 0.9, rule: 'drone_count/test', count: 41, region: 'RU-BRY', action: 'destroyed', qualifier: 'exact', date: '2024-09-15', claimant: null };

describe('parseRecordLine', () => {
  it('splits the article fields from the record', () => {
    expect(parseRecordLine(JSON.stringify({ source: 'a.txt', id: 7, url: 'https://x', ...COUNT }))).toEqual({ source: 'a.txt', id: 7, url: 'https://x', record: COUNT });
  });

  it("takes the article's language out of the record, and keeps only a known one", () => {
    expect(parseRecordLine(JSON.stringify({ source: 'a.txt', language: 'ru', ...COUNT }))).toEqual({ source: 'a.txt', language: 'ru', record: COUNT });
    expect(parseRecordLine(JSON.stringify({ source: 'a.txt', language: 'xx', ...COUNT }))).toEqual({ source: 'a.txt', record: COUNT });
  });

  it.each([
    ['{"source": "a.txt", ', /^not JSON/],
    ['[1, 2]', /^not a JSON object$/],
    [JSON.stringify(COUNT), /^"source" is missing/],
    [JSON.stringify({ source: 'a', type: 'drone' }), /^"type" is not one of region, place, drone_count/],
    [JSON.stringify({ source: 'a', ...COUNT, count: '41' }), /^"count" is missing or invalid in a drone_count record$/],
    [JSON.stringify({ source: 'a', ...COUNT, action: 'exploded' }), /^"action" is missing or invalid/],
    [JSON.stringify({ source: 'a', type: 'casualties', killed: -1, injured: 0, region: null }), /^"killed" is missing or invalid/],
    [JSON.stringify({ source: 'a', type: 'damage', object: 'house', effect: 'fire', count: null, region: null }), /^"object" is missing or invalid/],
  ])('says what is wrong with %s', (line, problem) => {
    const result = parseRecordLine(line);
    expect('problem' in result && result.problem).toMatch(problem);
  });

  it('takes a record type the summary does not read as it is', () => {
    expect(parseRecordLine('{"source": "a", "type": "place", "name": "Klintsy"}')).toEqual({ source: 'a', record: { type: 'place', name: 'Klintsy' } });
  });
});

it('regroups records into articles by source, in order of first appearance, with --date as the reference date', () => {
  const lines = ['a', 'b', 'a'].map((source, i): RecordLine => ({ source, ...(source === 'b' && { id: 'b-id' }), record: { ...COUNT, count: i } as RecordLine['record'] }));
  const articles = articlesFromRecords(lines, '2024-09-15');
  expect(articles.map((a) => [a.source, a.id, a.reference_date, a.records.map((r) => r.type === 'drone_count' && r.count)])).toEqual([
    ['a', undefined, '2024-09-15', [0, 2]],
    ['b', 'b-id', '2024-09-15', [1]],
  ]);
});

it("gives each article its records' language, English for records written without one", () => {
  const lines: RecordLine[] = [{ source: 'a', language: 'ru', record: COUNT as RecordLine['record'] }, { source: 'b', record: COUNT as RecordLine['record'] }];
  expect(articlesFromRecords(lines).map((a) => a.language)).toEqual(['ru', 'en']);
});
