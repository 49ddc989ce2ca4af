/** Many inputs through the real CLI: directories, NDJSON articles, --jobs, and what a bad input does to the rest.
 *  Each spawn costs ~0.3 s (more with workers), so a describe spawns in beforeAll and its tests share the result. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { Article } from '../../src/types.js';
import { CSV_COLUMNS } from '../../src/format/csv.js';
import { corpus } from '../../scripts/bench-corpus.js';
import { BIN, SEED, badSpans, run, sh, tempDir, type Run } from '../cli/run.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const seedText = readFileSync(SEED, 'utf8');
// "Governor Alexander Bogomaz said 12 drones were destroyed over Bryansk Oblast."
const BRYANSK = 'Governor Alexander Bogomaz said 12 drones were destroyed over Bryansk Oblast.\n';
const sources = (out: string) => (JSON.parse(out) as Article[]).map((a) => a.source);

describe('a directory of 40 articles: --jobs 2 writes exactly what --jobs 1 writes', () => {
  let dir: string;
  beforeAll(() => {
    dir = join(tmp.dir, 'forty');
    let i = 0;
    for (const article of corpus({ n: 40, seed: 4 })) {
      const sub = join(dir, i < 20 ? 'a' : 'b');
      mkdirSync(sub, { recursive: true });
      writeFileSync(join(sub, `${article.id}.txt`), article.text);
      i++;
    }
  });

  it.each(['ndjson', 'json', 'csv'])('%s: byte for byte, in input order, exit 0', (format) => {
    const one = run(['--format', format, '--jobs', '1', dir]);
    const two = run(['--format', format, '--jobs', '2', dir]);
    expect({ status: one.status, stderr: one.stderr }).toEqual({ status: 0, stderr: '' });
    expect({ status: two.status, stderr: two.stderr }).toEqual({ status: 0, stderr: '' });
    expect(one.stdout.length).toBeGreaterThan(10_000);
    expect(two.stdout).toBe(one.stdout);
    if (format === 'json') expect(sources(two.stdout)).toEqual([...sources(one.stdout)].sort());
  });

  it('--jobs 3 with a window smaller than the input still keeps the order (json)', () => {
    const r = run(['--format', 'json', '--jobs', '3', dir, join(dir, 'a')]);
    expect(r.status).toBe(0);
    const got = sources(r.stdout);
    expect(got).toHaveLength(60);
    expect(got.slice(40)).toEqual(got.slice(0, 20));
  });
});

describe('directories: every *.txt below, sorted by path; other files ignored', () => {
  it('nested directories, mixed with files and stdin, in the order given', () => {
    const root = join(tmp.dir, 'tree');
    for (const [name, text] of [
      ['b.txt', BRYANSK],
      ['a.txt', BRYANSK],
      ['a/z.txt', BRYANSK],
      ['a-b.txt', BRYANSK],
      ['10.txt', BRYANSK],
      ['9.txt', BRYANSK],
      ['notes.md', 'not an article'],
      ['a/deep/er/x.txt', BRYANSK],
    ]) {
      mkdirSync(join(root, name, '..'), { recursive: true });
      writeFileSync(join(root, name), text);
    }
    const other = tmp.file('other.txt', BRYANSK);
    const r = run(['--format', 'json', other, root, '-'], { input: seedText });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const rel = ['10.txt', '9.txt', 'a-b.txt', 'a.txt', 'a/deep/er/x.txt', 'a/z.txt', 'b.txt'];
    expect(sources(r.stdout)).toEqual([other, ...rel.map((f) => join(root, f)), '-']);
    const articles = JSON.parse(r.stdout) as Article[];
    expect(badSpans(seedText, articles[articles.length - 1].records)).toEqual([]);
  });

  it('a directory with no *.txt: a one-line message naming it, exit 1, the other inputs still written', () => {
    const empty = join(tmp.dir, 'empty');
    mkdirSync(join(empty, 'sub'), { recursive: true });
    writeFileSync(join(empty, 'sub', 'readme.md'), 'nothing here');
    const other = tmp.file('other2.txt', BRYANSK);
    const r = run(['--format', 'json', empty, other, '--jobs', '2']);
    expect(r.stderr).toBe(`extract: ${empty}: a directory with no *.txt, *.html or *.htm files\n`);
    expect(r.status).toBe(1);
    expect(sources(r.stdout)).toEqual([other]);
  });
});

describe('--input ndjson', () => {
  const feedLines = [
    JSON.stringify({ id: 'seed-1', text: seedText, date: '2024-12-14', url: 'https://news.example/seed' }),
    '{"id": "broken", "text": ',
    JSON.stringify({ text: BRYANSK }),
    '',
    JSON.stringify({ id: 7, text: BRYANSK, date: '2024-12-16T08:00:00+03:00' }),
    JSON.stringify({ id: 'no-text', txt: BRYANSK }),
    JSON.stringify({ id: 'bad-date', text: BRYANSK, date: '16/12/2024' }),
  ];
  const feed = feedLines.join('\n') + '\n';
  const PROBLEMS = (name: string) =>
    [`${name}:2: not JSON`, `${name}:6: "text" is missing or not a string`, `${name}:7: "date" is not a date (YYYY-MM-DD)`];
  let path: string;
  let json: Run;
  let articles: Article[];
  beforeAll(() => {
    path = tmp.file('feed.ndjson', feed);
    json = run(['--input', 'ndjson', '--format', 'json', '--date', '2024-01-01', path]);
    articles = JSON.parse(json.stdout) as Article[];
  });

  it('a malformed line: one stderr line naming the input and line number, the other lines written, exit 1', () => {
    expect(json.status).toBe(1);
    const lines = json.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    PROBLEMS(path).forEach((start, i) => expect(lines[i].startsWith(`extract: ${start}`)).toBe(true));
    expect(articles.map((a) => a.source)).toEqual(['seed-1', `${path}:3`, '7']);
  });

  it('id and url go into the article object only when present; date overrides --date', () => {
    expect(articles.map(({ source, id, url, reference_date }) => ({ source, id, url, reference_date }))).toEqual([
      { source: 'seed-1', id: 'seed-1', url: 'https://news.example/seed', reference_date: '2024-12-14' },
      { source: `${path}:3`, id: undefined, url: undefined, reference_date: '2024-01-01' },
      { source: '7', id: 7, url: undefined, reference_date: '2024-12-16' },
    ]);
    expect(Object.keys(articles[0]).slice(0, 5)).toEqual(['source', 'id', 'url', 'language', 'reference_date']);
    expect(Object.keys(articles[1])).not.toContain('id');
    expect(badSpans(seedText, articles[0].records)).toEqual([]);
    expect(badSpans(BRYANSK, articles[1].records)).toEqual([]);
  });

  it('the same records as the text itself gives', () => {
    const r = run(['--format', 'json', '--date', '2024-12-14', SEED]);
    expect(articles[0].records).toEqual((JSON.parse(r.stdout) as Article[])[0].records);
  });

  it('ndjson output: id and url in every record of an article that has them, and only there', () => {
    const r = run(['--input', 'ndjson', '--format', 'ndjson', path]);
    const rows = r.stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      if (row.source === 'seed-1') expect(row).toMatchObject({ id: 'seed-1', url: 'https://news.example/seed' });
      else if (row.source === '7') expect(Object.keys(row).slice(0, 4)).toEqual(['source', 'id', 'language', 'type']);
      else expect(Object.keys(row)).not.toContain('id');
    }
  });

  it('csv: id and url columns after the usual ones, empty where the article has none', () => {
    const r = run(['--input', 'ndjson', '--format', 'csv', path]);
    expect(r.stdout.split('\r\n')[0]).toBe([...CSV_COLUMNS, 'id', 'url'].join(','));
    const rows = parse(r.stdout, { columns: true }) as Record<string, string>[];
    expect(new Set(rows.map((row) => `${row.source}|${row.id}|${row.url}`))).toEqual(
      new Set(['seed-1|seed-1|https://news.example/seed', `${path}:3||`, '7|7|']),
    );
  });

  it('stdin, with --jobs 2: the same articles, named "-:LINE" when they have no id', () => {
    const r = run(['--input', 'ndjson', '--format', 'json', '--date', '2024-01-01', '--jobs', '2'], { input: feed });
    expect(r.status).toBe(1);
    expect(r.stderr.trimEnd().split('\n').map((l) => l.slice(0, l.indexOf(':', 'extract: -:'.length)))).toEqual(['extract: -:2', 'extract: -:6', 'extract: -:7']);
    expect(JSON.parse(r.stdout)).toEqual(articles.map((a) => (a.source === `${path}:3` ? { ...a, source: '-:3' } : a)));
  });

  it('text input keeps the old csv header', () => {
    const r = run(['--format', 'csv', SEED]);
    expect(r.stdout.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });
});

describe('Ctrl-C with worker threads', () => {
  it('SIGINT during a --jobs 2 run: the articles written so far, a closed JSON array, exit 130', async () => {
    const dir = join(tmp.dir, 'interrupted');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 300; i++) writeFileSync(join(dir, `${String(i).padStart(3, '0')}.txt`), seedText);
    const child = spawn(BIN, ['--format', 'json', '--jobs', '2', dir]);
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // Interrupted once the first article is out: workers are running, with more articles in flight.
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes('"records"')) resolve();
      }),
    );
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const articles = JSON.parse(stdout) as Article[];
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(300);
    expect(stderr).toMatch(new RegExp(`^extract: stopped by SIGINT: ${articles.length} article\\(s\\) written, \\d+ not finished(, the inputs after them not read)?\n$`));
  });
});

describe('a slow stream with worker threads', () => {
  /** `extract --input ndjson --jobs N -` fed `ids` (one line each), stdin left open: its stdout once it holds a record
   *  of `last`, checked to be still running; then stdin closes and the exit code must be 0. */
  async function whileOpen(jobs: string, ids: string[], last: string): Promise<string> {
    const child = spawn(BIN, ['--input', 'ndjson', '--format', 'ndjson', '--jobs', jobs, '-']);
    let stdout = '';
    for (const id of ids) child.stdin.write(`${JSON.stringify({ id, text: BRYANSK })}\n`);
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (d) => {
        stdout += d;
        if (stdout.includes(`"source":"${last}"`)) resolve();
      }),
    );
    expect(child.exitCode).toBe(null);
    child.stdin.end();
    expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
    return stdout;
  }

  it.each(['1', '2'])('--jobs %s: the first article is written before a second arrives (a feed that trickles in is not held back)', async (jobs) => {
    // Nothing more comes after the one line: the article must still come out.
    expect(await whileOpen(jobs, ['only'], 'only')).toContain('"source":"only"');
  });

  it('an article is written before the next one arrives: a part-filled batch is not held back', async () => {
    // The two articles must come out while the reader still waits for more.
    const stdout = await whileOpen('2', ['first', 'second'], 'second');
    expect(stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).source)).toEqual(expect.arrayContaining(['first', 'second']));
  });
});

describe('a reader that closes early, with worker threads', () => {
  it('ndjson of a directory, --jobs 2 | head -1: one line, exit 0, nothing on stderr', () => {
    const dir = join(tmp.dir, 'many');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 30; i++) writeFileSync(join(dir, `${String(i).padStart(2, '0')}.txt`), seedText);
    const r = sh(`node bin/extract.js --format ndjson --jobs 2 ${dir} | head -1; echo "extract:\${PIPESTATUS[0]}" >&2`);
    expect(r.stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(r.stdout).source).toBe(join(dir, '00.txt'));
    expect(r.stderr).toBe('extract:0\n');
  });
});

// util-linux `script` runs a command on a pseudo-terminal: stderr is a TTY there.
const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('the progress line: on a terminal only, never in the output', () => {
  let dir: string;
  let plain: Run;
  beforeAll(() => {
    dir = join(tmp.dir, 'progress');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 4; i++) writeFileSync(join(dir, `${i}.txt`), BRYANSK);
    plain = run(['--format', 'ndjson', dir]);
  });
  const onTerminal = (flags: string, out: string) =>
    sh(`script -qec "node bin/extract.js --format ndjson ${flags} ${dir} > ${out}" /dev/null; echo "exit:$?"`);

  it('stderr a terminal, several articles: done/total and articles/s on stderr; stdout as without it', () => {
    const out = join(tmp.dir, 'progress.out');
    const r = onTerminal('', out);
    expect(r.stdout).toMatch(/\d\/4 articles {2}[\d.]+\/s/);
    expect(r.stdout).toMatch(/exit:0\s*$/);
    expect(readFileSync(out, 'utf8')).toBe(plain.stdout);
  });

  it('--quiet: nothing', () => {
    const r = onTerminal('--quiet', join(tmp.dir, 'quiet.out'));
    expect(r.stdout.replace(/\r/g, '')).toBe('exit:0\n');
  });

  it('stderr a pipe: nothing', () => {
    expect(plain.stderr).toBe('');
  });
});

describe('bad usage: exit 2', () => {
  it.each([['--jobs', '0'], ['--jobs', 'many'], ['--input', 'xml']])('%s %s', (flag, value) => {
    const r = run([flag, value, SEED]);
    expect({ status: r.status, stdout: r.stdout }).toEqual({ status: 2, stdout: '' });
    expect(r.stderr).toContain(`'${value}' is invalid`);
  });
});
