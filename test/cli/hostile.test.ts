/** Hostile and broken input through the real CLI: each case's message and exit code, and nothing lost. */
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { BIN, badSpans, run, SEED, sh, tempDir } from './run.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const seed = readFileSync(SEED, 'utf8');
/** A directory of 400 copies of the seed, enough that a run is still going when it is interrupted. */
function manyFiles(name: string): string {
  const dir = join(tmp.dir, name);
  mkdirSync(dir);
  for (let i = 0; i < 400; i++) writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), seed.repeat(3));
  return dir;
}
const json = (stdout: string) => JSON.parse(stdout) as Article[];

describe('each kind of input: its message and exit code', () => {
  it('an empty file and a whitespace-only file are articles with no records, exit 0', () => {
    const r = run(['--format', 'json', tmp.file('empty.txt', ''), tmp.file('blank.txt', ' \n\t\r\n ')]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(json(r.stdout).map((a) => a.records.length)).toEqual([0, 0]);
  });

  it('a binary file (NUL bytes) is skipped with a message, exit 1', () => {
    const path = tmp.file('a.out', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]));
    const r = run(['--format', 'json', path]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 1, stderr: `extract: ${path}: binary file (NUL bytes), skipped\n` });
    expect(json(r.stdout)).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file: permission denied, exit 1', () => {
    const path = tmp.file('secret.txt', 'drones');
    chmodSync(path, 0o000);
    const r = run(['--format', 'json', path]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 1, stderr: `extract: ${path}: permission denied\n` });
  });

  it('invalid UTF-8 is decoded with replacement characters and a warning, exit 0', () => {
    const path = tmp.file('bad.txt', Buffer.concat([Buffer.from('Air defences destroyed 12 drones over the Kursk region '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' overnight.')]));
    const r = run(['--format', 'json', path]);
    expect(r.status).toBe(0);
    const [article] = json(r.stdout);
    expect(article.warnings.map((w) => w.code)).toContain('invalid-utf8');
    expect(article.records.filter((x) => x.type === 'drone_count').map((x) => ('count' in x ? x.count : 0))).toEqual([12]);
  });

  it('UTF-16 LE and BE with a BOM are decoded; offsets index the decoded text', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seed, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const r = run(['--format', 'json', tmp.file('le.txt', le), tmp.file('be.txt', be)]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    for (const article of json(r.stdout)) {
      expect(article.records.some((x) => x.type === 'drone_count' && 'count' in x && x.count === 94)).toBe(true);
      expect(badSpans(seed, article.records)).toEqual([]);
    }
  });

  it('CRLF and lone CR line ends: the same facts, offsets index the text as read', () => {
    for (const [name, text] of [['crlf.txt', seed.replace(/\n/g, '\r\n')], ['cr.txt', seed.replace(/\n/g, '\r')]]) {
      const r = run(['--format', 'json', tmp.file(name, text)]);
      const [article] = json(r.stdout);
      expect(badSpans(text, article.records)).toEqual([]);
      expect(article.records.filter((x) => x.type === 'drone_count').length).toBe(6);
    }
  });

  it('an HTML page with emoji and combining marks: read as a page, offsets stay valid UTF-16 indices of its text', () => {
    const text = `<html><body><p>Governor 😀 Alexander Drozdenko said: «In the skies of the Leningrad Region, air defences destroyed 3 UAVs.»</p>\n<div>Cafe\u0301 windows were shattered in two private houses 🏚️ in Kursk Oblast.</div></body></html>`;
    const r = run(['--format', 'json', '--with-text', tmp.file('page.html', text)]);
    expect(r.status).toBe(0);
    const [article] = json(r.stdout);
    expect(article.text).toBe('Governor 😀 Alexander Drozdenko said: «In the skies of the Leningrad Region, air defences destroyed 3 UAVs.»\n\nCafe\u0301 windows were shattered in two private houses 🏚️ in Kursk Oblast.');
    expect(badSpans(article.text ?? '', article.records)).toEqual([]);
    expect(article.records.some((x) => x.type === 'drone_count' && 'count' in x && x.count === 3)).toBe(true);
  });

  it('a 50 MB file and a 5 MB line with no sentence end finish, and find their facts', () => {
    const fact = 'Air defences destroyed 12 drones over the Belgorod region overnight, Governor Vyacheslav Gladkov said. ';
    const unit = `${'Residents of the city went about their day as usual, and the markets were busy. '.repeat(120)}${fact}\n`;
    const big = tmp.file('big.txt', unit.repeat(Math.ceil(50e6 / unit.length)));
    const line = tmp.file('line.txt', unit.replace(/[.\n]/g, ';').repeat(Math.ceil(5e6 / unit.length)));
    const r = run(['--format', 'ndjson', big, line]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const counts = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.type === 'drone_count');
    expect(counts.map((c) => [c.source === big ? 'big' : 'line', c.count, c.region])).toEqual([
      ['big', 12, 'RU-BEL'],
      ['line', 12, 'RU-BEL'],
    ]);
  }, 60_000);

  it('good and bad files in one run: every good one comes out, in order, exit 1 at the end', () => {
    const good = tmp.file('good.txt', seed);
    const r = run(['--format', 'json', good, tmp.file('bin.dat', Buffer.from([0, 1, 2])), '/no/such/file.txt', good]);
    expect(r.status).toBe(1);
    expect(json(r.stdout).map((a) => a.source)).toEqual([good, good]);
    expect(r.stderr.trim().split('\n')).toHaveLength(2);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('pipes, signals and --output', () => {
  it('| head -1 exits 0 with no EPIPE trace', () => {
    const files = Array.from({ length: 30 }, (_, i) => tmp.file(`p${i}.txt`, seed));
    const r = sh(`${BIN} --format ndjson ${files.join(' ')} | head -1; echo "extract=\${PIPESTATUS[0]}" >&2`);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toBe('extract=0\n');
  });

  it('SIGINT during a batch: whole articles so far, a closed JSON array, exit 130', async () => {
    const dir = manyFiles('many');
    const child = spawn(BIN, ['--format', 'json', '--jobs', '1', dir]);
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    // Once an article is out: the first data may be the "[" alone.
    await new Promise<void>((resolve) => child.stdout.on('data', () => stdout.includes('"records"') && resolve()));
    child.kill('SIGINT');
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    const articles = json(stdout);
    expect(articles.length).toBeGreaterThan(0);
    expect(articles.length).toBeLessThan(400);
  });

  it('--output writes atomically: an interrupted run leaves the old file as it was', async () => {
    const out = tmp.file('facts.json', 'the good old file\n');
    const dir = manyFiles('many2');
    const child = spawn(BIN, ['--format', 'json', '--jobs', '1', '--output', out, dir]);
    await new Promise((resolve) => setTimeout(resolve, 600));
    child.kill('SIGINT');
    await new Promise((resolve) => child.on('close', resolve));
    expect(readFileSync(out, 'utf8')).toBe('the good old file\n');
    const done = run(['--format', 'json', '--output', out, SEED]);
    expect({ status: done.status, stdout: done.stdout }).toEqual({ status: 0, stdout: '' });
    expect(json(readFileSync(out, 'utf8'))[0].source).toBe(SEED);
  });
});
