#!/usr/bin/env node
// `npm run bench`: the real CLI end to end over a deterministic corpus (scripts/bench-corpus.js), against the targets
// of issue 4. Not a test: it prints figures, and exits 1 only when a run itself fails.
//
//   node scripts/bench.js [--n 10000] [--scale] [--keep]
//
// --n      articles in the corpus (default 10,000)
// --scale  also run at 10 × n, to show cost linear in n and memory flat
// --keep   leave the corpus in its temp dir (its path is printed)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpus } from './bench-corpus.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'extract.js');
const TIME = '/usr/bin/time';
const MB = 1e6;
const TARGETS = { oneWorkerMBps: 5, jobs2Speedup: 1.7, peakRssMB: 250, smallArticleMs: 400 };
/** Articles per directory of the .txt tree, so no directory holds 100,000 files. */
const PER_DIR = 1000;
/** The compromise floor is measured in this process on at most this many articles. */
const FLOOR_SAMPLE = 300;

const { values: flags } = parseArgs({
  options: { n: { type: 'string', default: '10000' }, scale: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } },
});
const N = Number(flags.n);
if (!Number.isInteger(N) || N < 2) {
  console.error('bench: --n must be a whole number, 2 or more');
  process.exit(2);
}
if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench: dist/ is missing: run `npm run build` first');
  process.exit(2);
}

/** Writes n articles as one NDJSON file and as n .txt files; returns the paths and the text's size. */
async function writeCorpus(dir, n) {
  const feed = join(dir, 'feed.ndjson');
  const tree = join(dir, 'txt');
  const out = createWriteStream(feed);
  let bytes = 0;
  let i = 0;
  for (const article of corpus({ n, seed: 1 })) {
    const sub = join(tree, `d${String(Math.floor(i++ / PER_DIR)).padStart(4, '0')}`);
    if (i % PER_DIR === 1) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `${article.id}.txt`), article.text);
    bytes += Buffer.byteLength(article.text);
    if (!out.write(JSON.stringify(article) + '\n')) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return { feed, tree, bytes };
}

/** One CLI run, stdout to /dev/null: wall seconds, CPU seconds (user + system, all threads) and peak RSS in MB (both
 *  null without /usr/bin/time). CPU seconds say what a run costs even when other work shares the machine. */
function runCli(args, dir) {
  const haveTime = existsSync(TIME);
  const timeFile = join(dir, 'time.txt');
  // The bin itself, as a user runs it: its #! line gives node the flags it starts with.
  const command = haveTime ? [TIME, '-o', timeFile, '-f', '%M %U %S', BIN, ...args] : [BIN, ...args];
  const devNull = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command.slice(1), { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', maxBuffer: 64 * MB });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(devNull);
  if (result.status !== 0) throw new Error(`extract ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  if (!haveTime) return { seconds, peakMB: null, cpu: null };
  // The last line: GNU time puts "Command exited with non-zero status" lines before it.
  const [rssKB, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
  return { seconds, peakMB: rssKB / 1024, cpu: user + system };
}

/** The reference floor: a bare compromise pass, nlp(text) and .sentences(), in this process, MB/s. */
function compromiseFloor(n) {
  const nlp = createRequire(import.meta.url)('compromise');
  const sample = [...corpus({ n: Math.min(n, FLOOR_SAMPLE), seed: 1 })].map((a) => a.text);
  nlp(sample[0]).sentences(); // its lexicon loads on first use
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (const text of sample) {
    nlp(text).sentences();
    bytes += Buffer.byteLength(text);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { articles: sample.length, MBps: bytes / MB / seconds };
}

/** One small article, process start to exit, median of 5, in ms. */
function smallArticle(dir) {
  const path = join(dir, 'small.txt');
  writeFileSync(path, 'Governor Alexander Bogomaz said 12 drones were destroyed over Bryansk Oblast on Tuesday.\n');
  const times = Array.from({ length: 5 }, () => runCli(['--format', 'json', path], dir).seconds * 1000).sort((a, b) => a - b);
  return times[2];
}

const fmt = (x, digits = 1) => (x === null ? 'n/a' : x.toFixed(digits));
const verdict = (ok) => (ok === null ? '' : ok ? 'ok' : 'MISSED');

async function benchAt(n) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
  try {
    process.stderr.write(`bench: writing ${n} articles to ${dir} ...\n`);
    const { feed, tree, bytes } = await writeCorpus(dir, n);
    const runs = [
      { name: 'ndjson stream, --jobs 1', args: ['--input', 'ndjson', '--format', 'ndjson', '--quiet', '--jobs', '1', feed] },
      { name: 'ndjson stream, --jobs 2', args: ['--input', 'ndjson', '--format', 'ndjson', '--quiet', '--jobs', '2', feed] },
      { name: `${n} .txt files, --jobs 1`, args: ['--format', 'ndjson', '--quiet', '--jobs', '1', tree] },
    ];
    const results = [];
    for (const run of runs) {
      process.stderr.write(`bench: ${run.name} ...\n`);
      const { seconds, peakMB, cpu } = runCli(run.args, dir);
      results.push({ ...run, seconds, peakMB, cpu, perSecond: n / seconds, MBps: bytes / MB / seconds });
    }
    return { n, bytes, results, dir };
  } finally {
    if (flags.keep) process.stderr.write(`bench: corpus kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function report({ n, bytes, results }, floor) {
  const [one, two] = results;
  console.log(`\nN = ${n} articles, ${fmt(bytes / MB)} MB of text (${fmt(bytes / n, 0)} bytes/article)`);
  console.log('run                             wall s    CPU s   articles/s   MB/s   peak RSS MB   target');
  for (const r of results) {
    const rssOk = r.peakMB === null ? null : r.peakMB <= TARGETS.peakRssMB;
    let target = `RSS <= ${TARGETS.peakRssMB} ${verdict(rssOk)}`;
    if (r === one) target = `>= ${TARGETS.oneWorkerMBps} MB/s ${verdict(r.MBps >= TARGETS.oneWorkerMBps)}; ${target}`;
    if (r === two) target = `>= ${TARGETS.jobs2Speedup}x one worker: ${fmt(two.perSecond / one.perSecond, 2)}x ${verdict(two.perSecond / one.perSecond >= TARGETS.jobs2Speedup)}; ${target}`;
    console.log(`${r.name.padEnd(30)} ${fmt(r.seconds).padStart(7)} ${fmt(r.cpu).padStart(8)} ${fmt(r.perSecond).padStart(12)} ${fmt(r.MBps, 2).padStart(6)} ${fmt(r.peakMB).padStart(13)}   ${target}`);
  }
  console.log(`compromise floor (nlp + .sentences(), ${floor.articles} articles in-process): ${fmt(floor.MBps, 2)} MB/s; extract --jobs 1 is ${fmt(one.MBps / floor.MBps, 2)}x that`);
}

const loadStart = loadavg()[0];
const machine = `${availableParallelism()} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, ${process.platform}`;
console.log(`extract benchmark: ${machine}${existsSync(TIME) ? '' : ' (no /usr/bin/time: peak RSS not measured)'}`);
const sizes = flags.scale ? [N, 10 * N] : [N];
const floor = compromiseFloor(N);
const all = [];
for (const n of sizes) {
  const result = await benchAt(n);
  all.push(result);
  report(result, floor);
}
if (all.length === 2) {
  const [small, big] = all;
  const ratio = (i) => fmt(big.results[i].seconds / small.results[i].seconds, 2);
  const rss = (i) => `${fmt(small.results[i].peakMB)} -> ${fmt(big.results[i].peakMB)} MB`;
  console.log(`\n10 x N: time x${ratio(0)} / x${ratio(1)} / x${ratio(2)} (linear: x10); peak RSS ${rss(0)} / ${rss(1)} / ${rss(2)} (flat: unchanged)`);
  // The 9 N articles the longer run has in addition: start-up and warm-up cancel out, what is left is the steady state.
  const steady = (i) => (big.results[i].seconds - small.results[i].seconds) / (big.n - small.n);
  console.log(`steady state (10 N minus N): --jobs 1 ${fmt(steady(0) * 1000, 2)} ms/article (${fmt(big.bytes / big.n / MB / steady(0), 2)} MB/s), --jobs 2 ${fmt(steady(1) * 1000, 2)} ms/article, ${fmt(steady(0) / steady(1), 2)}x`);
}
const scratch = mkdtempSync(join(tmpdir(), 'extract-bench-'));
const ms = smallArticle(scratch);
rmSync(scratch, { recursive: true, force: true });
console.log(`\none small article, process start to exit (median of 5): ${fmt(ms, 0)} ms (target <= ${TARGETS.smallArticleMs} ms) ${verdict(ms <= TARGETS.smallArticleMs)}`);
console.log(`load average (1 min) at the start ${fmt(loadStart, 2)}, at the end ${fmt(loadavg()[0], 2)}: above ~0.2, other work shared the CPUs and wall times are pessimistic`);
