#!/usr/bin/env node
// Differential check: the extractor of this tree against the one of an earlier revision, on the same texts. For
// changes meant to keep output the same (speed work, refactors), and to see what a rule change moves.
//
//   npm run build && node scripts/differential.js --base <rev> [--n 20000] [--seed 7] [--show 12]
//
// The texts: the benchmark corpus (3,000 articles), every .txt of the dev set, the seed and the fixtures, then --n
// mutants of their sentences (odd characters, astral letters, upper case, words moved, durations put in front of
// dates). Prints each text whose article differs, with the records only one side has, and a count; exits 0 either
// way (a difference is something to read, not a failure). The base is built once in a git worktree under the system
// temp dir, sharing this tree's node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { corpus, prng } from './bench-corpus.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { values: flags } = parseArgs({
  options: { base: { type: 'string' }, n: { type: 'string', default: '20000' }, seed: { type: 'string', default: '7' }, show: { type: 'string', default: '12' } },
});
if (!flags.base) {
  console.error('differential: --base <git revision> is required');
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'extract.js'))) {
  console.error('differential: dist/ is missing: run `npm run build` first');
  process.exit(2);
}

const git = (...args) => execFileSync('git', ['-C', ROOT, ...args], { encoding: 'utf8' }).trim();
const base = git('rev-parse', '--short', flags.base);
const worktree = mkdtempSync(join(tmpdir(), `extract-base-${base}-`));
rmSync(worktree, { recursive: true });
git('worktree', 'add', '--detach', worktree, base);
try {
  symlinkSync(join(ROOT, 'node_modules'), join(worktree, 'node_modules'));
  execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(worktree, 'tsconfig.json')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(worktree, 'scripts', 'copy-data.js')], { cwd: worktree, stdio: 'inherit' });
  const before = await import(pathToFileURL(join(worktree, 'dist', 'extract.js')).href);
  const after = await import(pathToFileURL(join(ROOT, 'dist', 'extract.js')).href);
  compare(before.extract, after.extract);
} finally {
  git('worktree', 'remove', '--force', worktree);
}

function* texts() {
  for (const a of corpus({ n: 3000, seed: 7 })) yield { text: a.text, referenceDate: a.date };
  const files = [];
  for (const dir of [join(ROOT, 'corpus', 'dev', 'en'), join(ROOT, 'corpus', 'seed'), join(ROOT, 'fixtures')]) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) files.push(readFileSync(join(dir, f), 'utf8'));
  }
  for (const text of files) yield { text, referenceDate: null };
  const sentences = files.flatMap((t) => t.split(/(?<=[.!?»])\s+/)).filter((s) => s.length > 10);
  const words = [...new Set(sentences.join(' ').split(/\s+/))];
  const random = prng(Number(flags.seed));
  const pick = (list) => list[Math.floor(random() * list.length)];
  const odd = ['ſ', 'K', 'x', '1', '-', '—', 'é', 'Ж', '𝐀', ',', '.', ' ', "'", '’', '5', 'a', 'A', 'İ', 'ß'];
  const durations = ['two days after ', 'three days before ', 'within 2 hours ', 'for 5 h ', 'a week later ', 'last 24 hours '];
  const mutate = (sentence) => {
    let out = sentence;
    for (let i = 0, n = 1 + Math.floor(random() * 4); i < n; i++) {
      const at = Math.floor(random() * (out.length + 1));
      const op = random();
      if (op < 0.25) out = out.slice(0, at) + pick(odd) + out.slice(at);
      else if (op < 0.45) out = `${out.slice(0, at)} ${pick(words)} ${out.slice(at)}`;
      else if (op < 0.55) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(random() * 5));
      else if (op < 0.65) out = out.toUpperCase();
      else if (op < 0.75) out = out.slice(0, at) + pick(durations) + out.slice(at);
      else out = `${out} ${pick(sentences)}`;
    }
    return out;
  };
  for (let i = 0; i < Number(flags.n); i++) {
    const parts = Array.from({ length: 1 + Math.floor(random() * 4) }, () => mutate(pick(sentences)));
    yield { text: parts.join(random() < 0.5 ? ' ' : '\n'), referenceDate: random() < 0.7 ? '2024-05-20' : null };
  }
}

function compare(before, after) {
  const key = (r) => JSON.stringify(r);
  let total = 0;
  let differ = 0;
  for (const { text, referenceDate } of texts()) {
    total++;
    const a = before(text, { referenceDate });
    const b = after(text, { referenceDate });
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (++differ > Number(flags.show)) continue;
    const ka = new Set(a.records.map(key));
    const kb = new Set(b.records.map(key));
    console.log(`--- ${JSON.stringify(text.slice(0, 240))}`);
    if (a.reference_date !== b.reference_date) console.log(`  reference_date: ${a.reference_date} -> ${b.reference_date}`);
    for (const r of a.records) if (!kb.has(key(r))) console.log(`  - ${r.type} ${JSON.stringify(r.text)} ${key(r)}`);
    for (const r of b.records) if (!ka.has(key(r))) console.log(`  + ${r.type} ${JSON.stringify(r.text)} ${key(r)}`);
  }
  console.log(`\n${total} texts against ${base}: ${differ} differ`);
}
