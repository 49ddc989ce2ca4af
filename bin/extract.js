#!/usr/bin/env -S node --no-regexp-tier-up
// --no-regexp-tier-up: V8 runs a new regular expression as bytecode first and compiles it again to machine code once
// it is used; for the extractor's large patterns that double compilation cost ~150 ms in every thread that starts (the
// first article took 217 ms with it, 76 ms without; later articles run the same). It is given here, at start-up,
// for the whole process and its worker threads. Set later, from code (v8.setFlagsFromString), it crashed node with
// SIGSEGV in about 1 run in 200 (2026-11-25: 4 of 800 runs; 0 of 800 with the flag on the command line).
const { main } = await import('../dist/cli/main.js');

await main(process.argv);
