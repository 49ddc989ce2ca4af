#!/usr/bin/env node
// A large Telegram Desktop export, generated, then read by the real CLI (`--input telegram`): its time and peak
// memory, to show the export is streamed (memory flat whatever its size). Not a test: it prints figures.
//
//   node scripts/bench-telegram.js [--mb 200] [--jobs N] [--keep]
//
// The messages are the benchmark corpus's articles (scripts/bench-corpus.js), a tenth of them service messages and a
// tenth media-only, every third as an array of text pieces, in the shape Telegram Desktop writes.
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, existsSync, mkdtempSync, openSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpus } from './bench-corpus.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const BIN = join(ROOT, 'bin', 'extract.js');
const TIME = '/usr/bin/time';
const MB = 1e6;

const { values: flags } = parseArgs({
  options: { mb: { type: 'string', default: '200' }, jobs: { type: 'string', default: String(availableParallelism()) }, keep: { type: 'boolean', default: false } },
});
const SIZE = Number(flags.mb) * MB;
if (!(SIZE > 0) || !existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  console.error('bench-telegram: --mb must be a positive number, and dist/ must be built (npm run build)');
  process.exit(2);
}

/** One message as Telegram Desktop writes it. */
function message(id, date, kind, text) {
  const base = { id, type: kind === 'service' ? 'service' : 'message', date, date_unixtime: String(Date.parse(`${date}Z`) / 1000) };
  if (kind === 'service') return { ...base, actor: 'Bench Channel', actor_id: 'channel1000000001', action: 'pin_message', message_id: id - 1, text: '', text_entities: [] };
  const from = { from: 'Bench Channel', from_id: 'channel1000000001' };
  if (kind === 'media') return { ...base, ...from, photo: `photos/photo_${id}.jpg`, width: 1280, height: 960, text: '', text_entities: [] };
  if (kind === 'pieces') {
    const cut = text.indexOf(' ', 40);
    const pieces = cut > 0 ? [{ type: 'bold', text: text.slice(0, cut) }, text.slice(cut)] : [text];
    return { ...base, ...from, text: pieces, text_entities: pieces.map((p) => (typeof p === 'string' ? { type: 'plain', text: p } : p)) };
  }
  return { ...base, ...from, text, text_entities: [{ type: 'plain', text }] };
}

async function generate(path) {
  const out = createWriteStream(path);
  const write = (chunk) => (out.write(chunk) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve)));
  await write('{\n "name": "Bench Channel",\n "type": "public_channel",\n "id": 1000000001,\n "messages": [\n');
  let written = 0;
  let id = 0;
  const counts = { text: 0, service: 0, media: 0 };
  const day = Date.UTC(2024, 0, 1);
  for (const article of corpus({ n: Number.MAX_SAFE_INTEGER, seed: 18 })) {
    id++;
    const kind = id % 10 === 0 ? 'service' : id % 10 === 5 ? 'media' : id % 3 === 0 ? 'pieces' : 'text';
    counts[kind === 'pieces' ? 'text' : kind]++;
    const date = new Date(day + id * 600_000).toISOString().slice(0, 19);
    const json = `${id > 1 ? ',\n' : ''}  ${JSON.stringify(message(id, date, kind, article.text))}`;
    await write(json);
    written += Buffer.byteLength(json);
    if (written >= SIZE) break;
  }
  await write('\n ]\n}\n');
  await new Promise((resolve) => out.end(resolve));
  return { messages: id, ...counts };
}

const dir = mkdtempSync(join(tmpdir(), 'bench-telegram-'));
const file = join(dir, 'result.json');
try {
  const started = Date.now();
  const counts = await generate(file);
  const bytes = statSync(file).size;
  console.log(`export: ${(bytes / MB).toFixed(1)} MB, ${counts.messages} messages (${counts.text} with text, ${counts.service} service, ${counts.media} media-only), generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const devNull = openSync('/dev/null', 'w');
  const run = spawnSync(TIME, ['-f', '%M %e %U %S', BIN, '--input', 'telegram', '--format', 'ndjson', '--quiet', '--jobs', flags.jobs, file], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8' });
  closeSync(devNull);
  const lines = run.stderr.trim().split('\n');
  const [rssKb, seconds, user, sys] = lines[lines.length - 1].split(' ').map(Number);
  for (const line of lines.slice(0, -1)) console.log(`extract said: ${line}`);
  console.log(`extract --input telegram --jobs ${flags.jobs}: exit ${run.status}, ${seconds.toFixed(1)} s (${(bytes / MB / seconds).toFixed(2)} MB/s), CPU ${(user + sys).toFixed(1)} s, peak RSS ${(rssKb / 1024).toFixed(0)} MB`);
  if (run.status !== 0) process.exitCode = 1;
} finally {
  if (flags.keep) console.log(`kept: ${file}`);
  else rmSync(dir, { recursive: true, force: true });
}
