/** Up to `limit` pieces of async work under way at once, results in the order of their inputs: file reads ahead of
 *  extraction, and articles out to worker threads. Inputs are taken as fast as they come, but a finished result is
 *  never held back waiting for the next input: a slow stream (a feed written as events happen) gets each article out
 *  as soon as it is done. */
export async function* ordered<T, R>(inputs: AsyncIterable<T> | Iterable<T>, start: (input: T) => Promise<R>, limit: number): AsyncGenerator<R> {
  const source = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  const started: Promise<R>[] = [];
  let next: Promise<IteratorResult<T>> | null = null;
  let more = true;
  for (;;) {
    if (more && !next && started.length < limit) next = Promise.resolve(source.next());
    if (next) {
      const oldest = started[0];
      // An input ready at the same time as the oldest result is taken first, which keeps the work under way full.
      const first = oldest ? await Promise.race([next.then(() => 'input' as const), oldest.then(() => 'result' as const, () => 'result' as const)]) : 'input';
      if (first === 'input') {
        const item = await next;
        next = null;
        if (item.done) more = false;
        else {
          const result = start(item.value);
          // Awaited in turn below; a later one failing first must not count as unhandled meanwhile.
          result.catch(() => {});
          started.push(result);
        }
        continue;
      }
    }
    const oldest = started.shift();
    if (oldest === undefined) return;
    yield await oldest;
  }
}
