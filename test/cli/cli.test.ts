/** The CLI edge end to end: inputs (files, stdin, BOM, CRLF), formats, errors and exit codes, pipes. */
import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Article } from '../../src/types.js';
import { ROOT, SEED, badSpans, run, sh, tempDir, type Run } from './run.js';

const seedText = readFileSync(SEED, 'utf8');
const REL = 'fixtures/leningrad-drones.txt';
const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
const droneCounts = (a: Article) => a.records.filter((r) => r.type === 'drone_count').map((r) => `${r.count}@${r.region ?? 'total'}`);

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('stdin', () => {
  let seed: Article;
  let piped: Run;
  let dash: Run;
  beforeAll(() => {
    seed = (JSON.parse(run(['--format', 'json', REL]).stdout) as Article[])[0];
    piped = run(['--format', 'json'], { input: seedText });
    dash = run(['--format', 'json', '-'], { input: seedText });
  });

  it.each([
    ['cat FILE | extract --format json', () => piped],
    ['extract --format json - < FILE', () => dash],
  ])('%s: one article with source "-", the same records as the file', (_, get) => {
    const r = get();
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const out = JSON.parse(r.stdout) as Article[];
    expect(out).toHaveLength(1);
    expect(out[0].source).toBe('-');
    expect(out[0].records).toEqual(seed.records);
    expect(badSpans(seedText, out[0].records)).toEqual([]);
  });

  it('defaults to json when stdout is not a terminal', () => {
    const r = run([REL]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)[0].source).toBe(REL);
  });
});

describe('several inputs and the formats', () => {
  const other = 'Governor Alexander Bogomaz said 12 drones were destroyed over Bryansk Oblast.\n';
  let otherPath: string;
  let json: Run;
  let ndjson: Run;
  let csv: Run;
  beforeAll(() => {
    otherPath = tmp.file('bryansk.txt', other);
    json = run(['--format', 'json', otherPath, REL]);
    ndjson = run(['--format', 'ndjson', otherPath, REL]);
    csv = run(['--format', 'csv', otherPath, REL]);
  });

  it('json: one array of two articles, in input order', () => {
    expect({ status: json.status, stderr: json.stderr }).toEqual({ status: 0, stderr: '' });
    const out = JSON.parse(json.stdout) as Article[];
    expect(out.map((a) => a.source)).toEqual([otherPath, REL]);
    expect(badSpans(other, out[0].records)).toEqual([]);
    expect(badSpans(seedText, out[1].records)).toEqual([]);
    expect(droneCounts(out[0])).toEqual(['12@RU-BRY']);
  });

  it('ndjson: one parseable record per line, each with its source, same records as json', () => {
    expect({ status: ndjson.status, stderr: ndjson.stderr }).toEqual({ status: 0, stderr: '' });
    expect(ndjson.stdout.endsWith('\n')).toBe(true);
    const lines = ndjson.stdout.slice(0, -1).split('\n');
    const rows = lines.map((line) => JSON.parse(line));
    const articles = JSON.parse(json.stdout) as Article[];
    expect(rows).toEqual(articles.flatMap((a) => a.records.map((r) => ({ source: a.source, ...r }))));
  });

  it('csv: a header, then one row per record with its source', () => {
    expect({ status: csv.status, stderr: csv.stderr }).toEqual({ status: 0, stderr: '' });
    const header = csv.stdout.split(/\r?\n/)[0].split(',');
    expect(header.slice(0, 8)).toEqual(['source', 'type', 'text', 'start', 'end', 'sentence', 'confidence', 'rule']);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    const articles = JSON.parse(json.stdout) as Article[];
    expect(rows).toHaveLength(articles.reduce((n, a) => n + a.records.length, 0));
    expect(rows.map((r) => [r.source, r.type, r.text, Number(r.start), Number(r.end)])).toEqual(
      articles.flatMap((a) => a.records.map((r) => [a.source, r.type, r.text, r.start, r.end])),
    );
  });

  it('table with NO_COLOR, piped: no escape codes; the drone counts and the warnings are there', () => {
    const r = run(['--format', 'table', REL], { env: { NO_COLOR: '1' } });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).not.toMatch(/\x1b/);
    expect(r.stdout.startsWith(`${REL}\n`)).toBe(true);
    expect(r.stdout).toMatch(/^drone_count \(6\)$/m);
    expect(r.stdout).toContain('94 Ukrainian drones');
    expect(r.stdout).toMatch(/^parts-total-mismatch: .*84.*94/m);
    expect(r.stdout).toMatch(/^region-garbled: .*Bellamy Oblast/m);
  });

  it('table piped without NO_COLOR and with --no-color: no escape codes either', () => {
    for (const args of [['--format', 'table', otherPath], ['--format', 'table', '--no-color', otherPath]]) {
      const r = run(args);
      expect(r.status).toBe(0);
      expect(r.stdout).not.toMatch(/\x1b/);
      expect(r.stdout).toMatch(/^drone_count \(1\)$/m);
    }
  });
});

describe('what is read is what offsets index', () => {
  it.each([
    ['a UTF-8 BOM', (t: string) => `\uFEFF${t}`],
    ['CRLF line ends', (t: string) => t.replace(/\n/g, '\r\n')],
    ['a BOM and CRLF', (t: string) => `\uFEFF${t.replace(/\n/g, '\r\n')}`],
  ])('%s: exit 0, the same facts, spans index the text with the BOM removed', (name, make) => {
    const raw = make(seedText);
    const path = tmp.file(`${name.replace(/\W+/g, '-')}.txt`, raw);
    const r = run(['--format', 'json', path]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const [article] = JSON.parse(r.stdout) as Article[];
    const text = raw.replace(/^\uFEFF/, '');
    expect(badSpans(text, article.records)).toEqual([]);
    expect(article.records.some((rec) => rec.text.includes('\uFEFF'))).toBe(false);
    expect(droneCounts(article)).toEqual(['94@total', '41@UA-43', '24@RU-BRY', '7@RU-SMO', '6@BY', '6@RU-KRS']);
  });

  it('a BOM on stdin is removed too', () => {
    const r = run(['--format', 'json', '-'], { input: `\uFEFF${seedText}` });
    expect(r.status).toBe(0);
    const [article] = JSON.parse(r.stdout) as Article[];
    expect(badSpans(seedText, article.records)).toEqual([]);
  });
});

describe('bad inputs and bad usage', () => {
  it('a missing file among good ones: one line on stderr, the good ones still written, exit 1', () => {
    const r = run(['--format', 'json', REL, 'no/such/file.txt', REL]);
    expect(r.stderr).toBe('extract: no/such/file.txt: no such file\n');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Article[]).map((a) => a.source)).toEqual([REL, REL]);
  });

  it('a directory: "is a directory", no stack trace, exit 1', () => {
    const r = run(['--format', 'json', 'src', REL]);
    expect(r.stderr).toBe('extract: src: is a directory\n');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Article[]).map((a) => a.source)).toEqual([REL]);
  });

  it('only a missing file: still a valid (empty) json array on stdout, exit 1', () => {
    const r = run(['--format', 'json', 'missing.txt']);
    expect(r).toEqual({ status: 1, stdout: expect.any(String), stderr: 'extract: missing.txt: no such file\n' });
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('an empty file: an article with no records, exit 0', () => {
    const path = tmp.file('empty.txt', '');
    const r = run(['--format', 'json', path]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(r.stdout)).toEqual([{ source: path, reference_date: null, records: [], warnings: [] }]);
  });

  it('an unknown --format: exit 2, the choices and a hint on stderr, nothing on stdout', () => {
    const r = run(['--format', 'xml', REL]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("'xml' is invalid");
    expect(r.stderr).toContain('table, json, ndjson, csv');
    expect(r.stderr).toContain('extract --help');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it.each(['2024-13-45', '2024-02-30', 'yesterday', '15.09.2024'])('--date %s: exit 2 with the expected form on stderr', (date) => {
    const r = run(['--date', date, REL]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('YYYY-MM-DD');
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('a good --date becomes the reference_date', () => {
    const r = run(['--format', 'json', '--date', '2024-12-14', REL]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(JSON.parse(r.stdout)[0].reference_date).toBe('2024-12-14');
  });

  it('--help: usage with Examples, exit 0', () => {
    const r = run(['--help']);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(r.stdout).toMatch(/^Usage: extract /);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('--format');
  });

  it('--version: the package.json version, exit 0', () => {
    expect(run(['--version'])).toEqual({ status: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('a reader that closes early (| head)', () => {
  it.each([3, 20])('ndjson of %i files | head -1: exactly one line, exit 0, no EPIPE trace', (n) => {
    // 20 copies (about 120 KB) outgrow the pipe buffer, so the CLI really writes into a closed pipe.
    const files = Array.from({ length: n }, () => REL).join(' ');
    const r = sh(`node bin/extract.js --format ndjson ${files} | head -1; echo "status:\${PIPESTATUS[0]}" >&2`);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(r.stdout).source).toBe(REL);
    expect(r.stderr).toBe('status:0\n');
  });

  it('json | head -c 100: exit 0, no EPIPE trace', () => {
    const files = Array.from({ length: 20 }, () => REL).join(' ');
    const r = sh(`node bin/extract.js --format json ${files} | head -c 100; echo "status:\${PIPESTATUS[0]}" >&2`);
    expect(r.status).toBe(0);
    expect(r.stdout).toHaveLength(100);
    expect(r.stderr).toBe('status:0\n');
  });
});
