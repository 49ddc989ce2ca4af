#!/usr/bin/env -S node --no-regexp-tier-up --max-inlined-bytecode-size-cumulative=300 --max-old-space-size=1024
// --no-regexp-tier-up: V8 runs a new regular expression as bytecode first and compiles it again to machine code once
// it is used; for the extractor's large patterns that double compilation cost ~150 ms in every thread that starts (the
// first article took 217 ms with it, 76 ms without; later articles run the same). It is given here, at start-up,
// for the whole process and its worker threads. Set later, from code (v8.setFlagsFromString), it crashed node with
// SIGSEGV in about 1 run in 200 (2026-11-25: 4 of 800 runs; 0 of 800 with the flag on the command line).
// --max-inlined-bytecode-size-cumulative=300 (V8's default is 920): each thread's optimising compiler inlines less
// into the extractors' large functions, so it compiles them sooner and in less CPU time, and the code it makes ran
// as fast. 10,000 benchmark articles, median of 5 (2026-11-26): --jobs 1 5.54 -> 5.43 s, CPU 6.95 -> 6.59 s;
// --jobs 2 (median of 3) 5.15 -> 4.83 s, CPU 9.87 -> 9.19 s. Output is the same, byte for byte.
// --max-old-space-size=1024: the old-generation limit the worker threads get (src/batch/pool.ts), for this thread
// too. V8 grows a heap by a factor that rises with its limit, up to 4 x the live data at node's default (~4 GB
// here); at 1 GB it is ~1.6 x. The main thread of a batch run only reads and writes, its live data a few MB, but
// its garbage (read chunks, output strings) grew to 50-90 MB before a full collection; capped, 30,000 articles with
// --jobs 1 peaked at ~220 MB RSS instead of ~250. A 20 MB single article still runs (436 MB RSS).
const { main } = await import('../dist/cli/main.js');

await main(process.argv);
