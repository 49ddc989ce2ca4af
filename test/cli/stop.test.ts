/** Stop signals and memory through the real CLI: a run stops within a second, even in the middle of a large article,
 *  with what it wrote still whole; an article that does not fit in memory is reported, and the others go on. */
import { spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/types.js';
import { BIN, ROOT, SEED, tempDir } from './run.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const SENTENCE = 'Air defences destroyed 12 drones over the Belgorod region on 13 December, Governor Vyacheslav Gladkov said, and 2 people were injured. ';
/** ~11 MB: many seconds of extraction, on any machine this runs on. */
const big = tmp.file('big.txt', SENTENCE.repeat(80_000));

/** The bound is a second; it takes 0.1-0.3 s here, longer when other work shares the two CPUs. */
const STOP_MS = 1500;

interface Stopped {
  code: number | null;
  stdout: string;
  stderr: string;
  /** From the signal to the exit, in ms. */
  ms: number;
}

/** `extract ...args`, sent `signals` (a second one right after the first, if given) once `ready(stdout)` holds. */
async function stopWhen(args: string[], ready: (stdout: string) => boolean, signals: NodeJS.Signals[]): Promise<Stopped> {
  const child = spawn(BIN, args, { cwd: ROOT });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
  await new Promise<void>((resolve) => {
    if (ready('')) resolve();
    child.stdout.on('data', (d) => {
      stdout += d;
      if (ready(stdout)) resolve();
    });
  });
  // Well into the large article: the run has read it and handed it to a worker.
  await new Promise((resolve) => setTimeout(resolve, 700));
  const t0 = performance.now();
  for (const signal of signals) child.kill(signal);
  const code = await closed;
  return { code, stdout, stderr, ms: performance.now() - t0 };
}

describe('a stop signal in the middle of a large article', () => {
  it('timeout 3 extract big.txt: exit 143 within a second of the signal, an empty NDJSON output, and why', () => {
    const t0 = performance.now();
    const r = spawnSync('timeout', ['--preserve-status', '3', BIN, '--format', 'ndjson', big], { cwd: ROOT, encoding: 'utf8' });
    const ms = performance.now() - t0;
    expect({ status: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({ status: 143, stdout: '', stderr: 'extract: stopped by SIGTERM: 0 article(s) written, 1 not finished\n' });
    expect(ms).toBeLessThan(3000 + STOP_MS);
  });

  it('kill -TERM after the first article: that article in a closed JSON array, exit 143', async () => {
    const r = await stopWhen(['--format', 'json', SEED, big, SEED], (out) => out.includes('"records"'), ['SIGTERM']);
    expect(r.code).toBe(143);
    expect(r.ms).toBeLessThan(STOP_MS);
    expect((JSON.parse(r.stdout) as Article[]).map((a) => a.source)).toEqual([SEED]);
    expect(r.stderr).toBe('extract: stopped by SIGTERM: 1 article(s) written, 2 not finished\n');
  });

  it('Ctrl-C with --jobs 2 and CSV: whole rows only, exit 130', async () => {
    const r = await stopWhen(['--format', 'csv', '--jobs', '2', SEED, big, SEED], (out) => out.split('\n').length > 2, ['SIGINT']);
    expect(r.code).toBe(130);
    expect(r.ms).toBeLessThan(STOP_MS);
    expect(r.stdout.endsWith('\r\n')).toBe(true);
    const rows = parse(r.stdout, { columns: true }) as { source: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((row) => row.source))).toEqual(new Set([SEED]));
    expect(r.stderr).toMatch(/^extract: stopped by SIGINT: 1 article\(s\) written, 2 not finished\n$/);
  });

  it('a second signal exits at once, a run that does not stop exits within a second', () => {
    // The stop handler of the CLI with a run that never ends: only the second signal, or the fallback, ends it.
    const script = `
      const { listenForStop } = await import(${JSON.stringify(join(ROOT, 'dist', 'cli', 'stop.js'))});
      listenForStop(() => {});
      setInterval(() => {}, 1000);
      process.kill(process.pid, process.argv[1]);
      if (process.argv[2] === 'twice') setTimeout(() => process.kill(process.pid, 'SIGINT'), 50);`;
    const timed = (...args: string[]) => {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', script, ...args], { encoding: 'utf8' });
      return { status: r.status, stderr: r.stderr, ms: performance.now() - t0 };
    };
    const once = timed('SIGTERM');
    expect({ status: once.status, stderr: once.stderr }).toEqual({ status: 143, stderr: '' });
    expect(once.ms).toBeGreaterThan(800);
    const twice = timed('SIGTERM', 'twice');
    expect({ status: twice.status, stderr: twice.stderr }).toEqual({ status: 143, stderr: '' });
    expect(twice.ms).toBeLessThan(once.ms - 300);
  });
});

describe('an article too large for memory', () => {
  it('is written with no records and a warning, told in one line on stderr, exit 1; the others are extracted', () => {
    // A 40 MB heap (this thread's and the workers') stands in for an article larger than 1 GB could hold.
    const slow = tmp.file('slow.txt', SENTENCE.repeat(40_000));
    const r = spawnSync(process.execPath, ['--max-old-space-size=40', BIN, '--format', 'json', '--jobs', '1', SEED, slow, SEED], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 1, stderr: `extract: article too large: ${slow} (5,400,000 characters): its extraction ran out of memory\n` });
    const articles = JSON.parse(r.stdout) as Article[];
    expect(articles.map((a) => [a.source, a.records.length > 0, a.warnings.some((w) => w.code === 'article-too-large')])).toEqual([
      [SEED, true, false],
      [slow, false, true],
      [SEED, true, false],
    ]);
    expect(articles[2]).toEqual(articles[0]);
  }, 60_000);
});
