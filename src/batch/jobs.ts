/** The default for `--jobs`: worker threads that pay for themselves on a machine with `cpus` CPUs.
 *
 *  One worker already keeps about 1.3 cores busy: the main thread reads, parses and writes beside it, and V8
 *  compiles and collects garbage on threads of its own. A second worker also pays its own JIT warm-up and gets a
 *  smaller young generation (pool.ts). On 2 CPUs shared with other work (2026-12-03, 8 interleaved runs each,
 *  load average 6-13) `--jobs 2` ran at 0.56 × the speed of `--jobs 1` at best and 0.71 × in the median on 5.3 MB
 *  of fact-dense reports, 0.63 × and 0.78 × on 24.6 MB of the synthetic corpus, at 1.4-1.6 × the CPU time; on an
 *  idle 2-CPU machine it had reached only 1.05 × (docs/benchmarks.md). So workers start only beyond the two cores
 *  one worker's process uses. Above 2 CPUs this is not measured; the cap
 *  keeps memory bounded (each worker adds its own heap, ~40 MB RSS) where the main thread's ordered writing would
 *  limit what more workers could add anyway. */
const MAX_DEFAULT_JOBS = 8;

export function defaultJobs(cpus: number): number {
  return Math.min(MAX_DEFAULT_JOBS, Math.max(1, cpus - 2));
}
