/** The README's GNU parallel recipes, run locally: split across processes, the output is what one run writes.
 *  Skipped where `parallel` is not installed (Debian: apt-get install parallel). */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { corpus } from '../../scripts/bench-corpus.js';
import { run, sh, tempDir } from '../cli/run.js';

const hasParallel = spawnSync('which', ['parallel']).status === 0;
const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe.skipIf(!hasParallel)('GNU parallel', () => {
  let feed: string;
  let tree: string;
  beforeAll(() => {
    const articles = [...corpus({ n: 40, seed: 9 })];
    feed = tmp.file('feed.ndjson', articles.map((a) => JSON.stringify(a) + '\n').join(''));
    tree = join(tmp.dir, 'reports');
    articles.forEach((a, i) => {
      mkdirSync(join(tree, `d${i % 3}`), { recursive: true });
      writeFileSync(join(tree, `d${i % 3}`, `${a.id}.txt`), a.text);
    });
  });

  it('parallel --pipe -N ... --keep-order extract --input ndjson --format ndjson < feed: the single run\'s output', () => {
    const single = run(['--input', 'ndjson', '--format', 'ndjson', feed]);
    expect({ status: single.status, stderr: single.stderr }).toEqual({ status: 0, stderr: '' });
    // -N 7 over 40 lines: six chunks, six processes.
    const split = sh(`parallel --will-cite --pipe -N 7 --keep-order bin/extract.js --input ndjson --format ndjson < ${feed}`);
    expect({ status: split.status, stderr: split.stderr }).toEqual({ status: 0, stderr: '' });
    expect(split.stdout).toBe(single.stdout);
  }, 60_000);

  it('a file tree: find | LC_ALL=C sort | parallel -n ... --keep-order extract: the single run\'s output', () => {
    const single = run(['--format', 'ndjson', tree]);
    expect(single.status).toBe(0);
    const split = sh(`find ${tree} -name '*.txt' | LC_ALL=C sort | parallel --will-cite -n 15 --keep-order bin/extract.js --format ndjson --jobs 1`);
    expect({ status: split.status, stderr: split.stderr }).toEqual({ status: 0, stderr: '' });
    expect(split.stdout).toBe(single.stdout);
  }, 60_000);
});
