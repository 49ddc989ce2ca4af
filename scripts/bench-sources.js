#!/usr/bin/env node
// How fast each source reader turns the fixtures under fixtures/sources into article text, before extraction: pages
// (linkedom + Readability), feeds (fast-xml-parser, linkedom for the HTML in items), the Telegram export (stream-json).
// Not a test: it prints figures. Needs dist/ (npm run build).
//
//   node scripts/bench-sources.js [--rounds 200]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SOURCES = join(ROOT, 'fixtures', 'sources');
const { values: flags } = parseArgs({ options: { rounds: { type: 'string', default: '200' } } });
const ROUNDS = Number(flags.rounds);

const loadStart = process.cpuUsage();
const { readPage } = await import(join(ROOT, 'dist', 'sources', 'html.js'));
const { readFeed } = await import(join(ROOT, 'dist', 'sources', 'feed.js'));
const { telegramItems } = await import(join(ROOT, 'dist', 'cli', 'sources.js'));
const loaded = process.cpuUsage(loadStart);
console.log(`load (linkedom, Readability, fast-xml-parser): ${((loaded.user + loaded.system) / 1000).toFixed(0)} ms CPU`);

/** CPU ms per call of `fn` (user + system, over ROUNDS calls, after a tenth as many to warm up): CPU time, not wall
 *  time, so other work on a shared machine counts less. */
async function time(fn) {
  for (let i = 0; i < Math.max(5, ROUNDS / 10); i++) await fn();
  const start = process.cpuUsage();
  for (let i = 0; i < ROUNDS; i++) await fn();
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000 / ROUNDS;
}

const files = (dir) => readdirSync(join(SOURCES, dir)).filter((f) => !f.endsWith('.txt')).map((f) => join(SOURCES, dir, f));

for (const path of files('pages')) {
  const html = readFileSync(path, 'utf8');
  const ms = await time(() => readPage(html));
  console.log(`page  ${path.slice(SOURCES.length + 1).padEnd(32)} ${(html.length / 1024).toFixed(1)} KB  ${ms.toFixed(2)} ms CPU  (${(html.length / 1e3 / ms).toFixed(1)} MB/s)`);
}
for (const path of files('feeds')) {
  const xml = readFileSync(path, 'utf8');
  const ms = await time(() => readFeed(xml));
  console.log(`feed  ${path.slice(SOURCES.length + 1).padEnd(32)} ${(xml.length / 1024).toFixed(1)} KB  ${ms.toFixed(2)} ms CPU  (${(xml.length / 1e3 / ms).toFixed(1)} MB/s)`);
}
const exportPath = join(SOURCES, 'telegram', 'export', 'result.json');
const bytes = statSync(exportPath).size;
const ms = await time(async () => {
  for await (const item of telegramItems(exportPath, { date: null, channel: null })) void item;
});
console.log(`telegram ${'telegram/export/result.json'.padEnd(29)} ${(bytes / 1024).toFixed(1)} KB  ${ms.toFixed(2)} ms CPU  (${(bytes / 1e3 / ms).toFixed(1)} MB/s; see scripts/bench-telegram.js for a large export)`);
