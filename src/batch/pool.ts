/** Extraction over many articles, each article's output text in input order. A single small article runs in this
 *  thread and starts no worker (it must stay quick); a large one runs in a worker, which a stop signal can end at once
 *  and whose heap running out ends only that worker (see `tooLarge`); otherwise worker threads start as work arrives, up
 *  to `jobs`, with at most `window` batches read but not yet written, so memory stays flat however long the input.
 *  `--jobs 1` is one worker too: this thread reads, parses and writes while the worker extracts (see workerHeap). */
import { Worker } from 'node:worker_threads';
import { ordered } from './ordered.js';
import { chunks, IDLE, readyNow } from './chunks.js';
import { tooLarge, type Output, type Result, type Task } from './article.js';

/** A batch of tasks for one worker; `seq` numbers the first from 0 in input order, the rest follow it. It is also
 *  the article's index in the output. */
export interface Request {
  seq: number;
  tasks: Task[];
}
export type Reply = { seq: number; results: Result[] };

/** Articles per batch at most: per message to a worker, and per `extractAll` call in it. One message per article
 *  cost each worker about 5% of its time in postMessage; extracting many articles stage by stage keeps each stage's
 *  code in cache (in-process, 2,000 benchmark articles: 2.55 MB/s one by one, 3.4 MB/s in batches of 16, 3.8 MB/s
 *  in batches of 64). Batches come from `chunks`: full, or cut short when the reader pauses, so a slow input is not
 *  held back. */
const BATCH = 64;

export interface PoolOptions {
  jobs: number;
  output: Output;
  /** Batches in flight (sent, or done and waiting for an earlier one); default two per worker. */
  window?: number;
  /** Aborted: the worker threads are terminated at once and the output ends with the articles already yielded. */
  signal?: AbortSignal;
  /** An article its worker's heap could not hold: its input, with the message for it. */
  onProblem?: (message: string) => void;
}

/** The longest article run in this thread when it is the only one, in UTF-16 code units. Extraction is linear, about
 *  a second per MB at worst, so a stop signal waits at most ~0.1 s for it; a longer one goes to a worker. */
const IN_THREAD_MAX = 100_000;
export async function* renderAll(tasks: AsyncIterable<Task>, { jobs, output, window = 2 * jobs, signal, onProblem }: PoolOptions): AsyncGenerator<string> {
  const source = tasks[Symbol.asyncIterator]();
  const first = await source.next();
  if (first.done) return;
  // A second article not read yet (a stream that trickles in) counts as more to come, so the first is not held back
  // waiting for it.
  const pending = source.next();
  pending.catch(() => {}); // awaited in turn below
  const second = await readyNow(pending);
  if (second !== IDLE && second.done && first.value.text.length <= IN_THREAD_MAX) {
    const render = (await import('./task.js')).renderer(output);
    yield* texts(render([first.value], 0), onProblem);
    return;
  }
  const pool = new Pool(jobs, output);
  signal?.addEventListener('abort', () => void pool.close(), { once: true });
  try {
    for await (const results of ordered(chunks(resume(first.value, pending, source), BATCH), (batch) => pool.submit(batch), window)) {
      yield* texts(results, onProblem);
    }
  } catch (err) {
    // Stopped on purpose (the reader has gone, or Ctrl-C): the articles in flight are dropped, not failures.
    if (!signal?.aborted) throw err;
  } finally {
    await pool.close();
  }
}

/** A batch's output texts, in order, up to the first article that failed: the run fails with it. An article too
 *  large is written (with no records, see `tooLarge`) and told to `onProblem`. */
function* texts(results: Result[], onProblem?: (message: string) => void): Generator<string> {
  for (const result of results) {
    if ('error' in result) throw new Error(result.error);
    if (result.problem) onProblem?.(result.problem);
    yield result.text;
  }
}

/** `head`, what `pending` (the source's next) gives, then the rest of `source`. */
async function* resume<T>(head: T, pending: Promise<IteratorResult<T>>, source: AsyncIterator<T>): AsyncGenerator<T> {
  yield head;
  for (let next = await pending; !next.done; next = await source.next()) yield next.value;
}

/**
 * A worker keeps ~25 MB live, but V8 sizes a heap by its limit: with the default (~4 GB here) it lets garbage grow
 * fourfold before a full collection, and two workers peaked at ~370 MB RSS over 10,000 articles. A 1 GB old
 * generation (growth factor ~1.5, and still some forty times what an article needs) brought that to ~220 MB; the
 * main thread gets the same limit from `--max-old-space-size` on bin/extract.js's #! line.
 *
 * The young generation trades memory for time. With several workers each gets 8 MB: with both cores busy, scavenges
 * took ~9% of a worker's time at 4 MB; 10,000 articles with --jobs 2 (2026-11-25, batched messages) ran 9.1 s at
 * 4 MB, 8.5 s at 8 MB (peak RSS 225 MB), 8.0 s at 16 MB (240 MB, too near the 250 MB budget). A single worker
 * (`--jobs 1`) gets 48 MB. 2026-11-26, 10,000 articles, median of 4: the same articles extracted in the main thread
 * took 5.33 s; on one worker 5.04 s at 32 MB, 4.94 s at 64 MB, 4.90 s at 96 MB. With the main thread's old
 * generation capped too, median of 3: 4.64 s at 64 MB, 4.75 s at 48 MB; but 100,000 articles peaked at 251 MB RSS
 * at 64 MB, 205 MB at 48 MB.
 */
const workerHeap = (jobs: number) => ({ maxOldGenerationSizeMb: 1024, maxYoungGenerationSizeMb: jobs === 1 ? 48 : 8 });

interface Pending {
  tasks: Task[];
  resolve: (results: Result[]) => void;
  reject: (err: Error) => void;
}

type Slot = { worker: Worker; pending: Map<number, Pending> };

class Pool {
  private readonly workers: Slot[] = [];
  private seq = 0;
  private closing = false;

  constructor(
    private readonly jobs: number,
    private readonly output: Output,
  ) {}

  /** A batch to the least busy worker; its results when the worker sends them back. */
  submit(tasks: Task[]): Promise<Result[]> {
    const seq = this.seq;
    this.seq += tasks.length;
    return this.send(tasks, seq);
  }

  private send(tasks: Task[], seq: number): Promise<Result[]> {
    const slot = this.pick();
    const results = new Promise<Result[]>((resolve, reject) => slot.pending.set(seq, { tasks, resolve, reject }));
    slot.worker.postMessage({ seq, tasks } satisfies Request);
    return results;
  }

  /** The batches of a worker whose heap ran out, again, in new workers. A worker takes its batches in the order sent,
   *  so the first was the one running: it goes again one article at a time, and the article that did not fit alone
   *  is written as too large. The batches after it had not started, and go again as they were. */
  private retry(pending: Map<number, Pending>): void {
    let running = true;
    for (const [seq, { tasks, resolve, reject }] of pending) {
      const again = (batches: Task[][]) =>
        Promise.all(batches.map((batch, i) => this.send(batch, seq + i))).then((results) => resolve(results.flat()), reject);
      if (!running) again([tasks]);
      else if (tasks.length === 1) resolve([tooLarge(this.output, tasks[0], seq)]);
      else again(tasks.map((task) => [task]));
      running = false;
    }
  }

  /** The least busy worker; a new one while every worker has work and there are fewer than `jobs`. */
  private pick(): Slot {
    const idlest = this.workers.reduce<Slot | undefined>((best, w) => (best && best.pending.size <= w.pending.size ? best : w), undefined);
    if (idlest && (idlest.pending.size === 0 || this.workers.length >= this.jobs)) return idlest;
    return this.spawn();
  }

  private spawn(): Slot {
    const worker = new Worker(new URL('./worker.js', import.meta.url), { workerData: this.output, resourceLimits: workerHeap(this.jobs) });
    const slot: Slot = { worker, pending: new Map<number, Pending>() };
    let failure: Error | null = null;
    worker.on('message', ({ seq, results }: Reply) => {
      slot.pending.get(seq)?.resolve(results);
      slot.pending.delete(seq);
    });
    worker.on('error', (err) => (failure = err));
    worker.on('exit', (code) => {
      this.workers.splice(this.workers.indexOf(slot), 1);
      const pending = new Map(slot.pending);
      slot.pending.clear();
      if (!this.closing && (failure as NodeJS.ErrnoException | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return this.retry(pending);
      const err = failure ?? new Error(`a worker thread stopped (exit code ${code})`);
      for (const p of pending.values()) p.reject(err);
    });
    this.workers.push(slot);
    return slot;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
  }
}
