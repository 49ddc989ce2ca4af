/** Extraction over many articles, each article's output text in input order. One article, or `jobs: 1`, runs in this
 *  thread and starts no worker (a single small article must stay quick); otherwise worker threads start as work
 *  arrives, up to `jobs`, with at most `window` articles read but not yet written, so memory stays flat however long
 *  the input. */
import { Worker } from 'node:worker_threads';
import { ordered } from './ordered.js';
import type { Output, Task } from './task.js';

/** `seq` numbers tasks from 0 in input order: it is also the article's index in the output. */
export interface Request {
  seq: number;
  task: Task;
}
export type Reply = { seq: number; text: string } | { seq: number; error: string };

export interface PoolOptions {
  jobs: number;
  output: Output;
  /** Articles in flight (sent, or done and waiting for an earlier one); default 4 × jobs. */
  window?: number;
  /** Aborted: the worker threads are terminated at once and the output ends with the articles already yielded. */
  signal?: AbortSignal;
}

export async function* renderAll(tasks: AsyncIterable<Task>, { jobs, output, window = 4 * jobs, signal }: PoolOptions): AsyncGenerator<string> {
  const source = tasks[Symbol.asyncIterator]();
  const first = await source.next();
  if (first.done) return;
  const second = jobs > 1 ? await source.next() : undefined;
  if (second === undefined || second.done) {
    const render = (await import('./task.js')).renderer(output);
    let index = 0;
    yield render(first.value, index++);
    if (second === undefined) for (let next = await source.next(); !next.done; next = await source.next()) yield render(next.value, index++);
    return;
  }
  const pool = new Pool(jobs, output);
  signal?.addEventListener('abort', () => void pool.close(), { once: true });
  try {
    yield* ordered(resume([first.value, second.value], source), (task) => pool.submit(task), window);
  } catch (err) {
    // Stopped on purpose (the reader has gone, or Ctrl-C): the articles in flight are dropped, not failures.
    if (!signal?.aborted) throw err;
  } finally {
    await pool.close();
  }
}

/** `head`, then the rest of `source`. */
async function* resume<T>(head: T[], source: AsyncIterator<T>): AsyncGenerator<T> {
  yield* head;
  for (let next = await source.next(); !next.done; next = await source.next()) yield next.value;
}

/**
 * A worker keeps ~25 MB live, but V8 sizes a heap by its limit: with the default (~4 GB here) it lets garbage grow
 * fourfold before a full collection, and two workers peaked at ~370 MB RSS over 10,000 articles. A 1 GB old
 * generation (growth factor ~1.5, and still some forty times what an article needs) and a 4 MB young one brought
 * that to ~220 MB; CPU went from ~26 to ~27 s, within the noise. The thread running `--jobs 1` keeps node's defaults.
 */
const WORKER_HEAP = { maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: 4 };

interface Pending {
  resolve: (text: string) => void;
  reject: (err: Error) => void;
}

class Pool {
  private readonly workers: { worker: Worker; pending: Map<number, Pending> }[] = [];
  private seq = 0;

  constructor(
    private readonly jobs: number,
    private readonly output: Output,
  ) {}

  submit(task: Task): Promise<string> {
    const seq = this.seq++;
    const slot = this.pick();
    const result = new Promise<string>((resolve, reject) => slot.pending.set(seq, { resolve, reject }));
    slot.worker.postMessage({ seq, task } satisfies Request);
    return result;
  }

  /** The least busy worker; a new one while every worker has work and there are fewer than `jobs`. */
  private pick() {
    const idlest = this.workers.reduce<(typeof this.workers)[number] | undefined>((best, w) => (best && best.pending.size <= w.pending.size ? best : w), undefined);
    if (idlest && (idlest.pending.size === 0 || this.workers.length >= this.jobs)) return idlest;
    return this.spawn();
  }

  private spawn() {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.output, resourceLimits: WORKER_HEAP });
    const slot = { worker, pending: new Map<number, Pending>() };
    const failAll = (err: Error) => {
      for (const p of slot.pending.values()) p.reject(err);
      slot.pending.clear();
    };
    worker.on('message', (reply: Reply) => {
      const pending = slot.pending.get(reply.seq);
      slot.pending.delete(reply.seq);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.text);
    });
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new Error(`a worker thread stopped (exit code ${code})`)));
    this.workers.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
