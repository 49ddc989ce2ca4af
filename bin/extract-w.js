#!/usr/bin/env -S node --no-regexp-tier-up
import { main } from "../dist/cli/main-w.js";
await main(process.argv);
