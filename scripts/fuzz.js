// npm run fuzz [-- --minutes 10 --seed 1 --out fuzz-out]
// Mutates the fixtures and the dev corpus (corpus/dev) for a set time and runs the extractor on each mutant in
// a worker thread. Reports every crash (an exception), hang (more than 2 s on one article) and schema violation
// (output that the shipped JSON Schema rejects, or evidence that does not index the input), saving the input for
// replay: `node bin/extract.js --format json fuzz-out/<kind>-<n>.txt`.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { parseArgs } from 'node:util';
import { prng } from './bench-corpus.js';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, seed: { type: 'string', default: '1' }, out: { type: 'string', default: 'fuzz-out' } },
});
const deadline = Date.now() + Number(values.minutes) * 60_000;
const random = prng(Number(values.seed));
const HANG_MS = 2000;

const dirs = ['fixtures', 'corpus/dev/en', 'corpus/dev/ru'].filter((d) => existsSync(d));
const texts = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(join(d, f), 'utf8')));
const pieces = ['drones', ' 94 ', 'Oblast', ', ', ' and ', '«', '»', '\u0000', '\uFFFD', '\r\n', '\r', '\u200B', 'é', 'e\u0301', '😀', '\uD800', '.', '...', '—', '<p>', '</div>', 'December 13th', '12-13 March', 'Governor ', 'Kyiv', 'the night of ', ' each', 'five of which', '9'.repeat(30), ' '.repeat(500), 'a'.repeat(5000)];

const int = (n) => Math.floor(random() * n);
const pick = (list) => list[int(list.length)];

/** One random edit: delete, duplicate, insert a piece, swap two slices, splice another text in, or change case. */
function mutate(text) {
  const at = int(text.length + 1);
  const len = int(Math.min(200, text.length - at + 1));
  switch (int(7)) {
    case 0: return text.slice(0, at) + text.slice(at + len);
    case 1: return text.slice(0, at) + text.slice(at, at + len).repeat(1 + int(20)) + text.slice(at + len);
    case 2: return text.slice(0, at) + pick(pieces) + text.slice(at);
    case 3: { const other = pick(texts); const from = int(other.length); return text.slice(0, at) + other.slice(from, from + int(400)) + text.slice(at); }
    case 4: return text.slice(0, at) + text.slice(at, at + len).toUpperCase() + text.slice(at + len);
    case 5: return text.slice(at) + text.slice(0, at);
    default: return Array.from({ length: 1 + int(5) }, () => String.fromCharCode(int(0x3000))).join('') + text;
  }
}

const worker = () => new Worker(new URL('./fuzz-worker.js', import.meta.url));
let w = worker();
const counts = { runs: 0, crash: 0, hang: 0, schema: 0 };
mkdirSync(values.out, { recursive: true });
const save = (kind, text, detail) => {
  const name = join(values.out, `${kind}-${counts[kind]}.txt`);
  writeFileSync(name, text);
  writeFileSync(`${name}.why`, `${detail}\n`);
  console.log(`${kind}: ${name}: ${detail.split('\n')[0]}`);
};

function runOne(text) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      w.terminate();
      w = worker();
      resolve({ kind: 'hang', detail: `no answer within ${HANG_MS} ms` });
    }, HANG_MS);
    w.once('message', (result) => {
      clearTimeout(timer);
      resolve(result);
    });
    w.postMessage(text);
  });
}

while (Date.now() < deadline) {
  let text = pick(texts);
  for (let i = 1 + int(8); i > 0; i--) text = mutate(text);
  const result = await runOne(text);
  counts.runs++;
  if (result.kind !== 'ok') {
    counts[result.kind]++;
    save(result.kind, text, result.detail);
  }
  if (counts.runs % 500 === 0) console.error(JSON.stringify(counts));
}
await w.terminate();
console.log(JSON.stringify({ minutes: Number(values.minutes), ...counts }));
process.exitCode = counts.crash + counts.hang + counts.schema ? 1 : 0;
