#!/usr/bin/env node
// `npm run eval`: scores the extractor on every evaluation set in corpus/floors.json (the dev sets and the seed) and
// prints each set's table, as `extract eval DIR` does, with the floors each score must stay above.
//
//   node scripts/eval.js [--raise-floors] [-v]
//
// --raise-floors  write today's scores into corpus/floors.json where they are above the floors (never lowers one)
// -v              list each miss and false hit
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const FLOORS = join(ROOT, 'corpus', 'floors.json');
const { values: flags } = parseArgs({ options: { 'raise-floors': { type: 'boolean', default: false }, verbose: { type: 'boolean', short: 'v', default: false } } });

const { evaluate, renderEval } = await import(join(ROOT, 'dist', 'eval', 'run.js')).catch(() => {
  console.error('eval: dist/ is missing: run `npm run build` first');
  process.exit(2);
});
const { belowFloors, raiseFloors } = await import(join(ROOT, 'dist', 'eval', 'floors.js'));

const file = JSON.parse(readFileSync(FLOORS, 'utf8'));
let failed = false;
for (const [set, floors] of Object.entries(file.sets)) {
  const result = await evaluate(join(ROOT, set));
  if ('error' in result) {
    console.error(`eval: ${set}: ${result.error}`);
    failed = true;
    continue;
  }
  console.log(`\n${set}`);
  process.stdout.write(renderEval(result, { verbose: flags.verbose, color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR }));
  const below = belowFloors(set, result.summary, floors);
  for (const line of below) console.log(`BELOW FLOOR ${line}`);
  if (below.length) failed = true;
  if (flags['raise-floors']) file.sets[set] = raiseFloors(floors, result.summary);
}
if (flags['raise-floors']) {
  writeFileSync(FLOORS, `${JSON.stringify(file, null, 2)}\n`);
  console.log(`\nfloors written to corpus/floors.json`);
}
process.exitCode = failed ? 1 : 0;
