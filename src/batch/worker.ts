/** A worker thread for `--jobs N`: tasks in, each article's output text out, tagged with its place in the output. */
import { parentPort, workerData } from 'node:worker_threads';
import { renderer, type Output } from './task.js';
import type { Reply, Request } from './pool.js';

const port = parentPort;
if (!port) throw new Error('batch/worker.js runs only as a worker thread');
const render = renderer(workerData as Output);
port.on('message', ({ seq, tasks }: Request) => {
  port.postMessage({ seq, results: render(tasks, seq) } satisfies Reply);
});
