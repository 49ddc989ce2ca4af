#!/usr/bin/env node
// `npm run bench`: the real CLI end to end over two deterministic corpora, against the speed and memory targets. Not
// a test: it prints figures, and exits 1 only when a run itself fails.
//   synthetic   report-like articles from templates (scripts/bench-corpus.js): three sentences in four carry no fact
//   fact-dense  the evaluation texts' paragraphs recombined (scripts/bench-dense.js): nearly every sentence does
//
//   node scripts/bench.js [--n 10000] [--dense-mb 5] [--repeat 1] [--scale] [--keep] [--bin PATH]
//
// --n         articles in the synthetic corpus (default 10,000)
// --dense-mb  megabytes of text in the fact-dense corpus (default 5)
// --repeat    run each corpus's runs this many times, interleaved, and keep each run's fastest (other work on the
//             machine only ever slows a run down)
// --scale     also run the synthetic corpus at 10 × n, to show cost linear in n and memory flat
// --keep      leave the corpora in their temp dirs (the paths are printed)
// --bin       the extract to run, default this tree's bin/extract.js: another build's, to compare two versions on
//             the same corpora (docs/benchmarks.md)
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpus } from './bench-corpus.js';
import { DENSE_SETS, denseCorpus } from './bench-dense.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const TIME = '/usr/bin/time';
const MB = 1e6;
const TARGETS = { oneWorkerMBps: 5, jobs2Speedup: 1.7, peakRssMB: 250, smallArticleMs: 400 };
/** Articles per directory of the .txt tree, so no directory holds 100,000 files. */
const PER_DIR = 1000;
/** The compromise floor is measured in this process on about this many articles of each corpus. */
const FLOOR_SAMPLE = 300;

const { values: flags } = parseArgs({
  options: {
    n: { type: 'string', default: '10000' },
    'dense-mb': { type: 'string', default: '5' },
    repeat: { type: 'string', default: '1' },
    scale: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    bin: { type: 'string' },
  },
});
const BIN = flags.bin ?? join(ROOT, 'bin', 'extract.js');
const N = Number(flags.n);
if (!Number.isInteger(N) || N < 2) {
  console.error('bench: --n must be a whole number, 2 or more');
  process.exit(2);
}
const REPEAT = Number(flags.repeat);
if (!Number.isInteger(REPEAT) || REPEAT < 1) {
  console.error('bench: --repeat must be a whole number, 1 or more');
  process.exit(2);
}
const DENSE_BYTES = Number(flags['dense-mb']) * MB;
if (!(DENSE_BYTES > 0)) {
  console.error('bench: --dense-mb must be a number above 0');
  process.exit(2);
}
if (!existsSync(BIN)) {
  console.error(`bench: ${BIN}: no such file`);
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

/** Writes the fact-dense corpus as one NDJSON file; returns its path, article count and the text's size. */
async function writeDense(dir, size) {
  const feed = join(dir, 'dense.ndjson');
  const out = createWriteStream(feed);
  let bytes = 0;
  let n = 0;
  for (const article of denseCorpus({ bytes: size, seed: 1 })) {
    bytes += Buffer.byteLength(article.text);
    n++;
    if (!out.write(JSON.stringify(article) + '\n')) await new Promise((resolve) => out.once('drain', resolve));
  }
  await new Promise((resolve) => out.end(resolve));
  return { feed, n, bytes };
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

/** The reference floor: a bare compromise pass, nlp(text) and .sentences(), over `texts` in this process, MB/s. */
function compromiseFloor(texts) {
  const nlp = createRequire(import.meta.url)('compromise');
  nlp(texts[0]).sentences(); // its lexicon loads on first use
  const started = process.hrtime.bigint();
  let bytes = 0;
  for (const text of texts) {
    nlp(text).sentences();
    bytes += Buffer.byteLength(text);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { articles: texts.length, MBps: bytes / MB / seconds };
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

/** The runs, each timed; with --repeat R, R rounds of all of them in turn, and each run's fastest round kept (its
 *  CPU seconds and peak RSS from that round). `n` articles, `bytes` of text. */
function timeRuns(runs, dir, n, bytes) {
  const best = runs.map(() => null);
  for (let round = 1; round <= REPEAT; round++) {
    runs.forEach((run, i) => {
      process.stderr.write(`bench: ${run.name}${REPEAT > 1 ? ` (round ${round} of ${REPEAT})` : ''} ...\n`);
      const timed = runCli(run.args, dir);
      if (best[i] === null || timed.seconds < best[i].seconds) best[i] = timed;
    });
  }
  return runs.map((run, i) => {
    const { seconds, peakMB, cpu } = best[i];
    return { ...run, seconds, peakMB, cpu, perSecond: n / seconds, MBps: bytes / MB / seconds };
  });
}

const stream = (jobs, feed) => ({ name: `ndjson stream, --jobs ${jobs}`, args: ['--input', 'ndjson', '--format', 'ndjson', '--quiet', '--jobs', String(jobs), feed] });

/** Runs `body(dir)` in a fresh temp dir, removed afterwards unless --keep. */
async function inTempDir(body) {
  const dir = mkdtempSync(join(tmpdir(), 'extract-bench-'));
  try {
    return await body(dir);
  } finally {
    if (flags.keep) process.stderr.write(`bench: corpus kept in ${dir}\n`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

function benchSynthetic(n) {
  return inTempDir(async (dir) => {
    process.stderr.write(`bench: writing ${n} synthetic articles to ${dir} ...\n`);
    const { feed, tree, bytes } = await writeCorpus(dir, n);
    const runs = [stream(1, feed), stream(2, feed), { name: `${n} .txt files, --jobs 1`, args: ['--format', 'ndjson', '--quiet', '--jobs', '1', tree] }];
    return { title: `synthetic corpus, N = ${n}`, n, bytes, results: timeRuns(runs, dir, n, bytes), targets: true };
  });
}

function benchDense(size) {
  return inTempDir(async (dir) => {
    process.stderr.write(`bench: writing ${fmt(size / MB)} MB of fact-dense articles to ${dir} ...\n`);
    const { feed, n, bytes } = await writeDense(dir, size);
    return { title: `fact-dense corpus (${DENSE_SETS.join(' + ')} recombined)`, n, bytes, results: timeRuns([stream(1, feed), stream(2, feed)], dir, n, bytes), targets: false };
  });
}

/** The synthetic corpus is held to the targets; the fact-dense one is reported beside it, with the memory target only. */
function report({ title, n, bytes, results, targets }, floor) {
  const [one, two] = results;
  console.log(`\n${title}: ${n} articles, ${fmt(bytes / MB)} MB of text (${fmt(bytes / n, 0)} bytes/article)`);
  console.log('run                             wall s    CPU s   articles/s   MB/s   peak RSS MB   target');
  for (const r of results) {
    const rssOk = r.peakMB === null ? null : r.peakMB <= TARGETS.peakRssMB;
    let target = `RSS <= ${TARGETS.peakRssMB} ${verdict(rssOk)}`;
    if (r === one && targets) target = `>= ${TARGETS.oneWorkerMBps} MB/s ${verdict(r.MBps >= TARGETS.oneWorkerMBps)}; ${target}`;
    if (r === two) target = `${fmt(two.perSecond / one.perSecond, 2)}x one worker${targets ? ` (target >= ${TARGETS.jobs2Speedup}x) ${verdict(two.perSecond / one.perSecond >= TARGETS.jobs2Speedup)}` : ''}; ${target}`;
    console.log(`${r.name.padEnd(30)} ${fmt(r.seconds).padStart(7)} ${fmt(r.cpu).padStart(8)} ${fmt(r.perSecond).padStart(12)} ${fmt(r.MBps, 2).padStart(6)} ${fmt(r.peakMB).padStart(13)}   ${target}`);
  }
  console.log(`compromise floor (nlp + .sentences(), ${floor.articles} of these articles in-process): ${fmt(floor.MBps, 2)} MB/s; extract --jobs 1 is ${fmt(one.MBps / floor.MBps, 2)}x that`);
}

const loadStart = loadavg()[0];
const { defaultJobs } = await import(join(ROOT, 'dist', 'batch', 'jobs.js'));
const machine = `${availableParallelism()} x ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}, ${process.platform}`;
console.log(`extract benchmark: ${machine}${existsSync(TIME) ? '' : ' (no /usr/bin/time: peak RSS not measured)'}`);
console.log(`default --jobs on this machine: ${defaultJobs(availableParallelism())}${REPEAT > 1 ? `; each run's fastest of ${REPEAT}, interleaved` : ''}`);
const sizes = flags.scale ? [N, 10 * N] : [N];
const syntheticFloor = compromiseFloor([...corpus({ n: Math.min(N, FLOOR_SAMPLE), seed: 1 })].map((a) => a.text));
const all = [];
for (const n of sizes) {
  const result = await benchSynthetic(n);
  all.push(result);
  report(result, syntheticFloor);
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
const denseFloor = compromiseFloor([...denseCorpus({ bytes: FLOOR_SAMPLE * 1000, seed: 1 })].map((a) => a.text));
report(await benchDense(DENSE_BYTES), denseFloor);
const scratch = mkdtempSync(join(tmpdir(), 'extract-bench-'));
const ms = smallArticle(scratch);
rmSync(scratch, { recursive: true, force: true });
console.log(`\none small article, process start to exit (median of 5): ${fmt(ms, 0)} ms (target <= ${TARGETS.smallArticleMs} ms) ${verdict(ms <= TARGETS.smallArticleMs)}`);
console.log(`load average (1 min) at the start ${fmt(loadStart, 2)}, at the end ${fmt(loadavg()[0], 2)}: above ~0.2, other work shared the CPUs and wall times are pessimistic`);
