import { describe, it, expect } from 'vitest';
import { parse } from 'csv-parse/sync';
import { createWriter, FORMATS, type Format } from '../../src/format/index.js';
import { cell, CSV_COLUMNS } from '../../src/format/csv.js';
import { RECORD_TYPES, type Article, type ExtractedRecord } from '../../src/types.js';
import { FULL, RECORDS } from '../articles.js';

const EMPTY: Article = { source: '-', language: 'en', reference_date: null, records: [], warnings: [{ code: 'no-drones', message: 'no drone counts found' }] };

function render(format: Format, articles: Article[], color = false): string {
  const writer = createWriter(format, { color });
  return writer.begin() + articles.map((article) => writer.article(article)).join('') + writer.end();
}

it('has a writer for every format', () => {
  for (const format of FORMATS) expect(render(format, [FULL])).not.toBe('');
});

describe('json', () => {
  it.each([[[]], [[FULL]], [[FULL, EMPTY, FULL]]])('writes one parseable array for %#', (articles: Article[]) => {
    const out = render('json', articles);
    expect(JSON.parse(out)).toEqual(articles);
    expect(out).toBe(JSON.stringify(articles, null, 2) + '\n');
  });

  it('writes "[]" for no articles', () => {
    expect(render('json', [])).toBe('[]\n');
  });

  it('returns each article as it comes', () => {
    const writer = createWriter('json', { color: false });
    writer.begin();
    expect(writer.article(FULL)).toContain('Bryansk Oblast');
  });
});

describe('ndjson', () => {
  it("writes one line per record, with the source first and the article's language", () => {
    const lines = render('ndjson', [FULL, EMPTY, { ...FULL, language: 'ru' }]).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(2 * RECORDS.length);
    const parsed = lines.map((line) => JSON.parse(line));
    expect(parsed).toEqual([...RECORDS.map((record) => ({ source: FULL.source, language: 'en', ...record })), ...RECORDS.map((record) => ({ source: FULL.source, language: 'ru', ...record }))]);
    expect(Object.keys(parsed[0]).slice(0, 2)).toEqual(['source', 'language']);
  });

  it('writes nothing for an article without records', () => {
    expect(render('ndjson', [EMPTY])).toBe('');
  });
});

describe('csv', () => {
  const out = render('csv', [FULL, EMPTY]);
  const rows: Record<string, string>[] = parse(out, { columns: true });

  it('writes the fixed header with CRLF', () => {
    expect(out.startsWith(CSV_COLUMNS.join(',') + '\r\n')).toBe(true);
    expect(CSV_COLUMNS.join(',')).toBe(
      'source,language,type,text,start,end,sentence,confidence,rule,code,name,country,region,count,action,qualifier,date,claimant,value,kind,title,channel,object,effect,killed,injured',
    );
  });

  it('writes only the header when there are no records', () => {
    expect(render('csv', [EMPTY])).toBe(CSV_COLUMNS.join(',') + '\r\n');
  });

  it("gives every row its article's language", () => {
    expect(rows.map((row) => row.language)).toEqual(RECORDS.map(() => 'en'));
    const russian: Record<string, string>[] = parse(render('csv', [{ ...FULL, language: 'ru' }]), { columns: true });
    expect(russian.map((row) => row.language)).toEqual(RECORDS.map(() => 'ru'));
  });

  it('round-trips commas, quotes and newlines', () => {
    expect(rows).toHaveLength(RECORDS.length);
    expect(rows.map((row) => row.type)).toEqual(RECORDS.map((record) => record.type));
    expect(rows[0].source).toBe('reports/a,"b".txt');
    expect(rows[1].text).toBe('Klintsy, "the town"');
    expect(rows[2].text).toBe('41 over Crimea\n24 in Bryansk Oblast');
    expect(rows[5].text).toBe('windows were\r\nblown out');
  });

  it('quotes a field whose only special character is a bare LF (RFC 4180)', () => {
    expect(out).toContain('"41 over Crimea\n24 in Bryansk Oblast"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(rows[2].claimant).toBe(`'=HYPERLINK("http://x")`);
    expect(rows[4].title).toBe(`'-governor`);
    expect(rows[6].text).toBe(`'@one killed, two injured`);
  });

  it.each([
    ['-1+2', `'-1+2`],
    ['=cmd|' + "' /C calc'!A0", `'=cmd|' /C calc'!A0`],
    ['@x', `'@x`],
    ['+x', `'+x`],
    ['-x', `'-x`],
    ['-:1x', `'-:1x`],
    ['--', `'--`],
    ['-:', `'-:`],
    ['\tx', `'\tx`],
  ])('still guards %j', (value, written) => {
    expect(cell(value)).toBe(written);
  });

  it.each(['-', '-:1', '-:12345'])('writes the stdin source %j as it is', (source) => {
    expect(cell(source)).toBe(source);
    const [row] = parse(render('csv', [{ ...FULL, source }]), { columns: true, skip_empty_lines: true });
    expect(row.source).toBe(source);
  });

  it('leaves missing and null fields empty and numbers as numbers', () => {
    expect(rows[0]).toMatchObject({ start: '0', end: '10', confidence: '0.9', count: '', killed: '', country: 'RU' });
    expect(rows[4].channel).toBe('');
    expect(rows[5].count).toBe('');
    expect(rows[6]).toMatchObject({ killed: '1', injured: '2' });
  });
});

describe('table', () => {
  it('writes no ANSI codes without colour', () => {
    expect(render('table', [FULL, EMPTY], false)).not.toContain('\u001b[');
  });

  it('writes ANSI codes with colour', () => {
    expect(render('table', [FULL, EMPTY], true)).toContain('\u001b[');
  });

  it('groups records by type in the order of RECORD_TYPES', () => {
    const out = render('table', [{ ...FULL, records: [...RECORDS].reverse() }]);
    const positions = RECORD_TYPES.map((type) => out.indexOf(`${type} (1)`));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('lists warnings and says when there are no records', () => {
    const out = render('table', [EMPTY]);
    expect(out).toContain('no records');
    expect(out).toContain('no-drones: no drone counts found');
  });

  it('does not pass control characters from the input to the terminal', () => {
    const hostile: Article = { ...EMPTY, source: 'evil\u001b[2Jsource', warnings: [{ code: 'x', message: 'bell\u0007' }] };
    const out = render('table', [hostile]);
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    expect(out).toContain('evil\\u001b[2Jsource');
  });

  it('lays out an article', () => {
    const article: Article = {
      source: 'bryansk.txt',
      language: 'en',
      reference_date: '2024-12-14',
      records: [RECORDS[0], RECORDS[6]],
      warnings: [],
    };
    expect(render('table', [article])).toMatchInlineSnapshot(`
      "bryansk.txt (en, reference date 2024-12-14)
      region (1)
      ┌────────┬────────────────┬────────────────┐
      │ code   │ name           │ text           │
      ├────────┼────────────────┼────────────────┤
      │ RU-BRY │ Bryansk Oblast │ Bryansk Oblast │
      └────────┴────────────────┴────────────────┘
      casualties (1)
      ┌────────┬─────────┬────────┬──────────────────────────┐
      │ killed │ injured │ region │ text                     │
      ├────────┼─────────┼────────┼──────────────────────────┤
      │ 1      │ 2       │ RU-BRY │ @one killed, two injured │
      └────────┴─────────┴────────┴──────────────────────────┘
      "
    `);
  });
});
