/** A worker thread for `--jobs N`: tasks in, each article's output text out, tagged with its place in the output. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderer, type Output } from './task.js';
import type { Reply, Request, Result } from './pool.js';

const port = parentPort;
if (!port) throw new Error('batch/worker.js runs only as a worker thread');
const render = renderer(workerData as Output);
port.on('message', ({ seq, tasks }: Request) => {
  const results = tasks.map((task, i): Result => {
    try {
      return { text: render(task, seq + i) };
    } catch (err) {
      // A throwing rule is a bug: the main thread fails the run with it, as the in-thread path would.
      return { error: err instanceof Error ? err.message : String(err) };
    }
  });
  port.postMessage({ seq, results } satisfies Reply);
});
