/** Items of an async source in arrays of up to `size`: an array is handed on when full, or as soon as the source has
 *  nothing ready (the next item would mean waiting past this turn of the event loop), so a slow input is never held
 *  back to fill a batch. */
export const IDLE = Symbol('idle');
const turn = () => new Promise<typeof IDLE>((resolve) => setImmediate(resolve, IDLE));

/** What `pending` gives if it settles within this turn of the event loop, else IDLE: nothing ready yet. */
export const readyNow = <T>(pending: Promise<T>): Promise<T | typeof IDLE> => Promise.race([pending, turn()]);

export async function* chunks<T>(source: AsyncIterator<T>, size: number): AsyncGenerator<T[]> {
  // Each read is handled as it starts and awaited later: one failing while the batch before it is being worked on is
  // not "unhandled", and is thrown in its turn.
  const read = () => {
    const next = source.next();
    next.catch(() => {});
    return next;
  };
  let chunk: T[] = [];
  let pending = read();
  for (;;) {
    const next = chunk.length ? await readyNow(pending) : await pending;
    if (next === IDLE) {
      yield chunk;
      chunk = [];
      continue;
    }
    if (next.done) break;
    chunk.push(next.value);
    pending = read();
    if (chunk.length >= size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}
