#!/usr/bin/env node
// `npm run scaling`: the scaling check of test/scaling.test.ts at larger sizes, and the hostile rows of the real CLI.
// Not part of `npm test`: it takes a minute or more. Exits 1 when doubling the input more than triples the time (per
// doubling, n to 4n), or when a case runs slower than 2 s per MB.
//
//   node scripts/scaling.js [--chars 500000] [--runs 3] [--cli]
//
// --chars  the size of each case at n, in characters (then 2n and 4n)
// --runs   timings per size; the least counts
// --cli    also run each repeated phrase through bin/extract.js at three sizes: wall time and peak RSS (/usr/bin/time)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { CASES, MAX_RATIO, scale, sizeFor } from './scaling-cases.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const MAX_MS_PER_MB = 2000;
const { values: flags } = parseArgs({ options: { chars: { type: 'string', default: '500000' }, runs: { type: 'string', default: '3' }, cli: { type: 'boolean', default: false } } });
if (!existsSync(join(ROOT, 'dist', 'extract.js'))) {
  console.error('scaling: dist/ is missing: run `npm run build` first');
  process.exit(2);
}
const { extract } = await import(join(ROOT, 'dist', 'extract.js'));

let failed = false;
console.log(`case                  ${['n', '2n', '4n'].map((s) => `${s.padStart(9)} chars  CPU ms`).join('  ')}     x2     x2  per x2   ms/MB`);
for (const [name, make] of CASES) {
  const { times, ratios, growth } = scale(extract, make, sizeFor(make, Number(flags.chars)), Number(flags.runs));
  const perMb = times[2].ms / (times[2].chars / 1e6);
  const bad = growth > MAX_RATIO || perMb > MAX_MS_PER_MB;
  failed ||= bad;
  const cells = times.map((t) => `${String(t.chars).padStart(15)} ${t.ms.toFixed(0).padStart(7)}`).join('  ');
  console.log(`${name.padEnd(22)}${cells}  ${[...ratios, growth].map((r) => r.toFixed(2).padStart(5)).join('  ')}  ${perMb.toFixed(0).padStart(6)}${bad ? '  FAIL' : ''}`);
}

/** The rows of the report this check was written for: a phrase repeated, no full stop, through the real CLI. */
const CLI_ROWS = [
  ['2 people were injured and ', [20_000, 40_000, 80_000]],
  ['windows were shattered in 5 houses and ', [20_000, 40_000, 80_000]],
  ['on 13 December and ', [20_000, 40_000, 80_000]],
  ['5 drones ', [40_000, 80_000, 160_000]],
];
if (flags.cli) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-scaling-'));
  try {
    console.log('\nend to end, extract --format ndjson FILE: wall s, CPU s, peak RSS MB, exit code; CPU s per MB past start-up');
    for (const [phrase, sizes] of CLI_ROWS) {
      const runs = sizes.map((n) => {
        const file = join(dir, 'row.txt');
        writeFileSync(file, phrase.repeat(n));
        const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', join(ROOT, 'bin', 'extract.js'), '--format', 'ndjson', '--quiet', file], { encoding: 'utf8', maxBuffer: 1 << 30 });
        const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
        failed ||= r.status !== 0;
        return { n, mb: (phrase.length * n) / 1e6, wall, cpu: user + sys, rssMb: rssKb / 1024, status: r.status };
      });
      // The cost of the text itself: from the smallest size to the largest, so start-up (node, the worker thread, the
      // patterns) does not count; in CPU time, as the wall clock of a shared machine also counts others' work (one
      // run here: 0.8 -> 3.2 s wall, 0.9 -> 2.1 s CPU).
      const perMb = (runs[2].cpu - runs[0].cpu) / (runs[2].mb - runs[0].mb);
      failed ||= perMb > MAX_MS_PER_MB / 1000;
      const cells = runs.map((r) => `x${r.n}: ${r.wall.toFixed(1)} s, ${r.cpu.toFixed(1)} CPU s, ${r.rssMb.toFixed(0)} MB, exit ${r.status}`);
      console.log(`${JSON.stringify(phrase).padEnd(44)} ${cells.join(' | ')}; ${perMb.toFixed(2)} s/MB`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
process.exit(failed ? 1 : 0);
