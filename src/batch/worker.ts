/** A worker thread for `--jobs N`: tasks in, each article's output text out, tagged with its place in the output. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderer, type Output } from './task.js';
import type { Reply, Request } from './pool.js';

const port = parentPort;
if (!port) throw new Error('batch/worker.js runs only as a worker thread');
const render = renderer(workerData as Output);
port.on('message', ({ seq, task }: Request) => {
  let reply: Reply;
  try {
    reply = { seq, text: render(task, seq) };
  } catch (err) {
    // A throwing rule is a bug: the main thread fails the run with it, as the in-thread path would.
    reply = { seq, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
