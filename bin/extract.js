#!/usr/bin/env node
import { setFlagsFromString } from 'node:v8';

// V8 runs a new regular expression as bytecode first and compiles it again to machine code once it is used: for the
// extractor's large patterns that double compilation cost ~150 ms in every thread that starts (the first article
// took 217 ms with it, 76 ms without; later articles run the same). Process-wide, so worker threads get it too;
// set before any pattern runs.
setFlagsFromString('--no-regexp-tier-up');
const { main } = await import('../dist/cli/main.js');

await main(process.argv);
