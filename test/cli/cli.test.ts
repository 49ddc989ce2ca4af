/** The CLI edge end to end: inputs (files, stdin, BOM, CRLF), formats, errors and exit codes, pipes.
 *  Each spawn costs ~0.3 s, so a describe spawns once in beforeAll and its tests share the result. */
import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Article } from '../../src/types.js';
import { ROOT, SEED, badSpans, run, sh, tempDir, type Run } from './run.js';

const seedText = readFileSync(SEED, 'utf8');
const REL = 'fixtures/leningrad-drones.txt';
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
const SEED_COUNTS = ['94@total', '41@UA-43', '24@RU-BRY', '7@RU-SMO', '6@BY', '6@RU-KRS'];
const droneCounts = (a: Article) => a.records.flatMap((r) => (r.type === 'drone_count' ? [`${r.count}@${r.region ?? 'total'}`] : []));
// A stack trace line, as node prints one for an uncaught error.
const STACK = /^\s+at /m;

const tmp = tempDir();
afterAll(() => tmp.cleanup());

// "Governor Alexander Bogomaz said 12 drones were destroyed over Bryansk Oblast."
const OTHER = 'Governor Alexander Bogomaz said 12 drones were destroyed over Bryansk Oblast.\n';
let otherPath: string;
let json: Run;
let articles: Article[];
beforeAll(() => {
  otherPath = tmp.file('bryansk.txt', OTHER);
  json = run(['--format', 'json', otherPath, REL]);
  articles = JSON.parse(json.stdout) as Article[];
});

describe('several files and the formats', () => {
  let ndjson: Run;
  let csv: Run;
  beforeAll(() => {
    ndjson = run(['--format', 'ndjson', otherPath, REL]);
    csv = run(['--format', 'csv', otherPath, REL]);
  });

  it('json: one array of two articles, in input order', () => {
    expect({ status: json.status, stderr: json.stderr }).toEqual({ status: 0, stderr: '' });
    expect(articles.map((a) => a.source)).toEqual([otherPath, REL]);
    expect(badSpans(OTHER, articles[0].records)).toEqual([]);
    expect(badSpans(seedText, articles[1].records)).toEqual([]);
    expect(droneCounts(articles[0])).toEqual(['12@RU-BRY']);
    expect(droneCounts(articles[1])).toEqual(SEED_COUNTS);
  });

  it("ndjson: one parseable record per line, each with its source and its article's language, the same records as json", () => {
    expect({ status: ndjson.status, stderr: ndjson.stderr }).toEqual({ status: 0, stderr: '' });
    expect(ndjson.stdout.endsWith('\n')).toBe(true);
    const rows = ndjson.stdout.slice(0, -1).split('\n').map((line) => JSON.parse(line));
    expect(rows).toEqual(articles.flatMap((a) => a.records.map((r) => ({ source: a.source, language: a.language, ...r }))));
  });

  it('csv: a header, then one row per record with its source', () => {
    expect({ status: csv.status, stderr: csv.stderr }).toEqual({ status: 0, stderr: '' });
    expect(csv.stdout.split(/\r?\n/)[0].split(',').slice(0, 9)).toEqual(['source', 'language', 'type', 'text', 'start', 'end', 'sentence', 'confidence', 'rule']);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(articles.reduce((n, a) => n + a.records.length, 0));
    expect(rows.map((r) => [r.source, r.type, r.text, Number(r.start), Number(r.end)])).toEqual(
      articles.flatMap((a) => a.records.map((r) => [a.source, r.type, r.text, r.start, r.end])),
    );
  });
});

describe('table', () => {
  it('with NO_COLOR, piped: no escape codes; the drone counts and the warnings are there', () => {
    const r = run(['--format', 'table', REL], { env: { NO_COLOR: '1' } });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).not.toMatch(/\x1b/);
    expect(r.stdout.startsWith(`${REL} (en)\n`)).toBe(true);
    expect(r.stdout).toMatch(/^drone_count \(6\)$/m);
    expect(r.stdout).toContain('94 Ukrainian drones');
    expect(r.stdout).toMatch(/^parts-total-mismatch: .*\b84\b.*\b94\b/m);
    expect(r.stdout).toMatch(/^region-garbled: .*Bellamy Oblast/m);
  });

  it('piped, with --no-color and no NO_COLOR: no escape codes either', () => {
    const r = run(['--format', 'table', '--no-color', otherPath]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).not.toMatch(/\x1b/);
    expect(r.stdout).toMatch(/^drone_count \(1\)$/m);
  });
});

describe('stdin', () => {
  it('cat FILE | extract --format json: one article with source "-", the same records as the file', () => {
    const r = run(['--format', 'json'], { input: seedText });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as Article[];
    expect(out.map((a) => a.source)).toEqual(['-']);
    expect(out[0].records).toEqual(articles[1].records);
  });

  it('the source reads "-" in every format (the CSV guard leaves it alone)', () => {
    const sources = {
      json: (out: string) => (JSON.parse(out) as Article[]).map((a) => a.source),
      ndjson: (out: string) => [...new Set(out.trim().split('\n').map((line) => JSON.parse(line).source))],
      csv: (out: string) => [...new Set((parse(out, { columns: true }) as { source: string }[]).map((row) => row.source))],
      // The heading is "SOURCE (LANGUAGE, reference date ...)".
      table: (out: string) => [out.split('\n')[0].replace(/ \(.*$/, '')],
    };
    for (const [format, read] of Object.entries(sources)) {
      const r = run(['--format', format], { input: seedText });
      expect({ format, status: r.status, sources: read(r.stdout) }).toEqual({ format, status: 0, sources: ['-'] });
    }
  });

  it('an NDJSON stream on stdin: "-:LINE" in csv as in ndjson', () => {
    const input = `${JSON.stringify({ text: seedText })}\n\n${JSON.stringify({ text: seedText })}\n`;
    const csv = run(['-i', 'ndjson', '-f', 'csv'], { input });
    const ndjson = run(['-i', 'ndjson', '-f', 'ndjson'], { input });
    expect([...new Set((parse(csv.stdout, { columns: true }) as { source: string }[]).map((row) => row.source))]).toEqual(['-:1', '-:3']);
    expect([...new Set(ndjson.stdout.trim().split('\n').map((line) => JSON.parse(line).source))]).toEqual(['-:1', '-:3']);
  });

  it('extract - (no --format, piped: json): the same', () => {
    const r = run(['-'], { input: seedText });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as Article[];
    expect(out.map((a) => a.source)).toEqual(['-']);
    expect(out[0].records).toEqual(articles[1].records);
  });
});

describe('offsets index the text as read, the BOM removed', () => {
  it.each([
    ['a UTF-8 BOM', 'bom.txt', `\uFEFF${seedText}`],
    ['CRLF line ends', 'crlf.txt', seedText.replace(/\n/g, '\r\n')],
  ])('%s: exit 0, the same drone counts, input.slice(start, end) === text', (_, name, raw) => {
    const path = tmp.file(name, raw);
    const r = run(['--format', 'json', path]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const [article] = JSON.parse(r.stdout) as Article[];
    const text = raw.replace(/^\uFEFF/, '');
    expect(badSpans(text, article.records)).toEqual([]);
    expect(droneCounts(article)).toEqual(SEED_COUNTS);
  });
});

describe('bad inputs: a one-line message, the other inputs go on, exit 1', () => {
  it('a missing file among good ones', () => {
    const r = run(['--format', 'json', REL, 'no/such/file.txt', otherPath]);
    expect(r.stderr).toBe('extract: no/such/file.txt: no such file\n');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Article[]).map((a) => a.source)).toEqual([REL, otherPath]);
  });

  it('a directory with no *.txt files, as the only input: an error naming it, still a valid (empty) json array', () => {
    const r = run(['--format', 'json', 'src']);
    expect(r).toEqual({ status: 1, stdout: expect.any(String), stderr: 'extract: src: a directory with no *.txt, *.html or *.htm files\n' });
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('an empty file is not an error: an article with no records (and --date as its reference date), exit 0', () => {
    const path = tmp.file('empty.txt', '');
    const r = run(['--format', 'json', '--date', '2024-12-14', path]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual([{ source: path, language: 'en', reference_date: '2024-12-14', records: [], warnings: [] }]);
  });
});

describe('bad usage: exit 2, a hint on stderr, nothing on stdout', () => {
  it('an unknown --format', () => {
    const r = run(['--format', 'xml', REL]);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
    expect(r.stderr).toContain("'xml' is invalid");
    expect(r.stderr).toContain('table, json, ndjson, csv');
    expect(r.stderr).toContain('extract --help');
    expect(r.stderr).not.toMatch(STACK);
  });

  it.each(['2024-13-45', 'yesterday'])('--date %s', (date) => {
    const r = run(['--date', date, REL]);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
    expect(r.stderr).toContain(`'${date}' is invalid`);
    expect(r.stderr).toContain('YYYY-MM-DD');
    expect(r.stderr).not.toMatch(STACK);
  });
});

describe('--lang', () => {
  const RUSSIAN = '13.12.2024 над Брянской областью уничтожены 24 беспилотника.\n';
  const ENGLISH = 'Air defences destroyed 24 drones over Bryansk Oblast overnight.\n';

  it("each article's language is detected from its letters, in every format", () => {
    const ru = tmp.file('svodka.txt', RUSSIAN);
    const en = tmp.file('report.txt', ENGLISH);
    const json = run(['--format', 'json', '--date', '2024-12-14', ru, en]);
    expect((JSON.parse(json.stdout) as Article[]).map((a) => a.language)).toEqual(['ru', 'en']);
    const csv: Record<string, string>[] = parse(run(['--format', 'csv', '--date', '2024-12-14', ru, en]).stdout, { columns: true });
    expect(new Set(csv.map((row) => `${row.source}:${row.language}`))).toEqual(new Set([`${ru}:ru`, `${en}:en`]));
    const ndjson = run(['--format', 'ndjson', '--date', '2024-12-14', ru, en]).stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(new Set(ndjson.map((r) => `${r.source}:${r.language}`))).toEqual(new Set([`${ru}:ru`, `${en}:en`]));
    expect(run(['--format', 'table', ru]).stdout.split('\n')[0]).toBe(`${ru} (ru, reference date 2024-12-13)`);
  });

  it('--lang overrides detection for every article', () => {
    const r = run(['--format', 'json', '--lang', 'ru'], { input: ENGLISH });
    expect(r.status).toBe(0);
    expect((JSON.parse(r.stdout) as Article[])[0].language).toBe('ru');
  });

  it('an unknown --lang is bad usage', () => {
    const r = run(['--lang', 'de'], { input: ENGLISH });
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
    expect(r.stderr).toContain("'de' is invalid");
    expect(r.stderr).toContain('en, ru, uk');
  });
});

describe('--help and --version', () => {
  it('--help: usage with Examples, exit 0', () => {
    const r = run(['--help']);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: extract /);
    expect(r.stdout).toContain('\nExamples (from the root of a clone):\n');
    expect(r.stdout).toContain('--lang <code>');
  });

  it('--version: the package.json version, exit 0', () => {
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('a reader that closes early (| head)', () => {
  // `echo PIPESTATUS` reports the CLI's own exit code; pipefail is off, so $? is head's.
  it('ndjson of 3 files | head -1: exactly one line, exit 0, nothing on stderr', () => {
    const r = sh(`node bin/extract.js --format ndjson ${REL} ${REL} ${REL} | head -1; echo "extract:\${PIPESTATUS[0]}" >&2`);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(r.stdout).source).toBe(REL);
    expect(r.stderr).toBe('extract:0\n');
  });

  it('json of 20 files | head -c 100: 100 bytes, exit 0, no EPIPE trace', () => {
    // About 200 KB outgrows the pipe buffer, so the CLI really writes into a closed pipe.
    const files = Array.from({ length: 20 }, () => REL).join(' ');
    const r = sh(`node bin/extract.js --format json ${files} | head -c 100; echo "extract:\${PIPESTATUS[0]}" >&2`);
    expect(r.status).toBe(0);
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).toBe('extract:0\n');
  });
});

describe('start-up flags', () => {
  it('bin/extract.js gives node its V8 flags on its #! line, and no code sets V8 flags at run time', () => {
    // Set from code (v8.setFlagsFromString) the flag crashed node with SIGSEGV in about 1 run in 200.
    expect(readFileSync(`${ROOT}bin/extract.js`, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env -S node --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=300 --max-old-space-size=1024');
    const r = sh(`grep -rlE "setFlagsFromString\\(" bin src || true`);
    expect(r.stdout).toBe('');
  });
});
