/** Up to `limit` pieces of async work under way at once, results in the order of their inputs: file reads ahead of
 *  extraction, and articles out to worker threads. */
export async function* ordered<T, R>(inputs: AsyncIterable<T> | Iterable<T>, start: (input: T) => Promise<R>, limit: number): AsyncGenerator<R> {
  const source = Symbol.asyncIterator in inputs ? inputs[Symbol.asyncIterator]() : inputs[Symbol.iterator]();
  const started: Promise<R>[] = [];
  let more = true;
  for (;;) {
    while (more && started.length < limit) {
      const next = await source.next();
      if (next.done) more = false;
      else {
        const result = start(next.value);
        // Awaited in turn below; a later one failing first must not count as unhandled meanwhile.
        result.catch(() => {});
        started.push(result);
      }
    }
    const oldest = started.shift();
    if (oldest === undefined) return;
    yield await oldest;
  }
}
