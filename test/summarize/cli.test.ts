/** runSummarize, the CLI edge: inputs of each kind, bad input, bad flags, exit codes. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runTask } from '../../src/batch/task.js';
import { runSummarize, type SummarizeFlags } from '../../src/cli/summarize.js';
import type { Summary } from '../../src/summarize/types.js';

const SEED = new URL('../../fixtures/leningrad-drones.txt', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'extract-summarize-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function run(inputs: string[], flags: Partial<SummarizeFlags> = {}) {
  let stdout = '';
  const stderr: string[] = [];
  const status = await runSummarize(inputs, { color: false, format: 'json', ...flags }, { write: (t) => void (stdout += t), error: (l) => stderr.push(l), tty: false });
  return { status, stdout, stderr };
}

const record = (source: string, count: number, region: string | null, claimant: string | null) =>
  JSON.stringify({ source, type: 'drone_count', text: 'x', start: 0, end: 1, sentence: 0, confidence: 0.9, rule: 'test', count, region, action: 'destroyed', qualifier: 'exact', date: '2024-09-15', claimant });

describe('--records', () => {
  const good = file('good.ndjson', [record('tass', 41, 'RU-BRY', 'Russian Defence Ministry'), record('ria', 41, 'RU-BRY', 'Russian Defence Ministry'), ''].join('\n'));
  const bad = file('bad.ndjson', [record('gov', 12, 'RU-BRY', 'Alexander Bogomaz'), 'not json', record('gov', 3, 'RU-KRS', 'Alexander Bogomaz')].join('\n'));

  it('summarises the records of several files', async () => {
    const { status, stdout, stderr } = await run([good], { records: true });
    expect([status, stderr]).toEqual([0, []]);
    const summary = JSON.parse(stdout) as Summary;
    expect(summary.claims).toEqual([expect.objectContaining({ count: 41, sources: ['tass', 'ria'], source_count: 2 })]);
  });

  it('names a bad line in one line on stderr, exits 1, and still summarises the rest', async () => {
    const { status, stdout, stderr } = await run([good, bad, join(dir, 'missing.ndjson')], { records: true });
    expect(status).toBe(1);
    expect(stderr).toEqual([expect.stringMatching(/^extract summarize: .*bad\.ndjson:2: not JSON/), `extract summarize: ${join(dir, 'missing.ndjson')}: no such file`]);
    const summary = JSON.parse(stdout) as Summary;
    expect(summary.regions.map((r) => [r.code, r.drones])).toEqual([['RU-BRY', 41], ['RU-KRS', 3]]);
    expect(summary.conflicts).toHaveLength(1);
  });

  it('writes geojson, and notes on stderr what it could not map', async () => {
    const odd = file('odd.ndjson', record('x', 2, 'XX-NEW', null));
    const { status, stdout, stderr } = await run([good, odd], { records: true, format: 'geojson' });
    expect(status).toBe(0);
    expect(JSON.parse(stdout).features.map((f: { id: string }) => f.id)).toEqual(['RU-BRY']);
    expect(stderr).toEqual(['extract summarize: note: no map point (left out of geojson): XX-NEW']);
  });
});

describe('text inputs', () => {
  it('extracts each article, then summarises; the same as summarising its records', async () => {
    const text = await run([SEED], { date: '2024-12-14' });
    expect([text.status, text.stderr]).toEqual([0, []]);
    const summary = JSON.parse(text.stdout) as Summary;
    expect(summary.articles).toBe(1);
    expect(summary.claims.length).toBeGreaterThan(0);

    // What `extract --format ndjson` prints: one record per line with its source.
    const article = runTask({ source: SEED, text: readFileSync(SEED, 'utf8'), referenceDate: '2024-12-14' });
    const ndjson = file('seed.ndjson', article.records.map((r) => JSON.stringify({ source: article.source, ...r })).join('\n'));
    const records = await run([ndjson], { records: true, date: '2024-12-14' });
    expect(JSON.parse(records.stdout)).toEqual(summary);
  });

  it('reports an unreadable input and goes on', async () => {
    const { status, stdout, stderr } = await run([join(dir, 'nope.txt'), SEED]);
    expect(status).toBe(1);
    expect(stderr).toEqual([`extract summarize: ${join(dir, 'nope.txt')}: no such file`]);
    expect((JSON.parse(stdout) as Summary).articles).toBe(1);
  });

  it('reads --input ndjson articles', async () => {
    const feed = file('feed.ndjson', JSON.stringify({ id: 'a1', text: readFileSync(SEED, 'utf8'), date: '2024-12-14' }));
    const { status, stdout } = await run([feed], { input: 'ndjson' });
    expect(status).toBe(0);
    expect((JSON.parse(stdout) as Summary).claims.every((c) => c.sources.includes('a1'))).toBe(true);
  });
});

describe('usage', () => {
  it.each([
    [{ from: '2024-13-01' }, '--from: expected a date as YYYY-MM-DD, e.g. 2024-09-15'],
    [{ to: 'yesterday' }, '--to: expected a date as YYYY-MM-DD, e.g. 2024-09-15'],
    [{ from: '2024-09-16', to: '2024-09-15' }, '--from 2024-09-16 is after --to 2024-09-15'],
    [{ records: true, input: 'ndjson' as const }, expect.stringContaining('give one')],
  ])('rejects %o with exit 2 and reads nothing', async (flags, message) => {
    const { status, stdout, stderr } = await run([join(dir, 'never-read')], flags);
    expect([status, stdout, stderr]).toEqual([2, '', [typeof message === 'string' ? `extract summarize: ${message}` : expect.stringMatching(/^extract summarize: .*give one$/)]]);
  });

  it('writes a table by default on a terminal, json elsewhere', async () => {
    const good = file('one.ndjson', record('tass', 5, 'RU-BRY', null));
    let out = '';
    await runSummarize([good], { color: false, records: true }, { write: (t) => void (out += t), error: () => {}, tty: true });
    expect(out).toMatch(/^5 drones claimed/);
    expect(JSON.parse((await run([good], { records: true, format: undefined })).stdout).drones).toBe(5);
  });
});
