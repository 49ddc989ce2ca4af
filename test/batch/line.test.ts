/** One NDJSON input line into a task, or the reason it is not one. Cases are data: [line, expected]. */
import { describe, it, expect } from 'vitest';
import { isIsoDate, parseLine } from '../../src/batch/line.js';

const at = { path: 'feed.ndjson', lineNumber: 12, date: '2024-01-01' };

describe('parseLine', () => {
  it.each([
    ['{"text": "a"}', { task: { source: 'feed.ndjson:12', text: 'a', referenceDate: '2024-01-01' } }],
    ['{"id": "x1", "text": "a", "url": "https://e.x/1"}', { task: { source: 'x1', text: 'a', referenceDate: '2024-01-01', id: 'x1', url: 'https://e.x/1' } }],
    ['{"id": 42, "text": ""}', { task: { source: '42', text: '', referenceDate: '2024-01-01', id: 42 } }],
    ['{"text": "a", "date": "2024-12-15"}', { task: { source: 'feed.ndjson:12', text: 'a', referenceDate: '2024-12-15' } }],
    // A feed's timestamp: its date as written, whatever the zone.
    ['{"text": "a", "date": "2024-12-15T23:30:00-05:00"}', { task: { source: 'feed.ndjson:12', text: 'a', referenceDate: '2024-12-15' } }],
    ['{"text": "a", "id": null, "url": null, "date": null, "extra": 1}', { task: { source: 'feed.ndjson:12', text: 'a', referenceDate: '2024-01-01' } }],
  ])('%s', (line, expected) => {
    expect(parseLine(line, at)).toEqual(expected);
  });

  it.each([
    ['{"text": "a"', /^not JSON \(/],
    ['', /^not JSON/],
    ['"just a string"', /^not a JSON object$/],
    ['[{"text": "a"}]', /^not a JSON object$/],
    ['{"id": "x"}', /^"text" is missing or not a string$/],
    ['{"text": 5}', /^"text" is missing or not a string$/],
    ['{"text": "a", "id": {"n": 1}}', /^"id" is not a string or a number$/],
    ['{"text": "a", "url": 5}', /^"url" is not a string$/],
    ['{"text": "a", "date": "2024-02-30"}', /^"date" is not a date/],
    ['{"text": "a", "date": "yesterday"}', /^"date" is not a date/],
    ['{"text": "a", "date": "2024-12-150"}', /^"date" is not a date/],
    ['{"text": "a", "date": 20241215}', /^"date" is not a date/],
  ])('%s: a problem, on one line', (line, problem) => {
    const result = parseLine(line, at);
    expect('problem' in result && result.problem).toMatch(problem);
    expect('problem' in result && result.problem).not.toContain('\n');
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-12-15', true],
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2024-13-01', false],
    ['24-12-15', false],
    ['2024-12-15T00:00', false],
  ])('%s: %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});
