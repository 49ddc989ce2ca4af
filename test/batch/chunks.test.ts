/** chunks(): batches for `extractAll`, full when the input is quick, cut short when it pauses, failures in order. */
import { describe, it, expect } from 'vitest';
import { chunks } from '../../src/batch/chunks.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

async function* quick(n: number) {
  for (let i = 0; i < n; i++) yield i;
}

describe('chunks', () => {
  it('fills each batch from a source that has items ready, the last one short', async () => {
    expect(await collect(chunks(quick(10), 4))).toEqual([[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]);
  });

  it('hands on what it has when the source pauses, rather than wait to fill the batch', async () => {
    async function* slow() {
      yield 1;
      yield 2;
      await sleep(50);
      yield 3;
    }
    const seen: { batch: number[]; at: number }[] = [];
    const t0 = Date.now();
    for await (const batch of chunks(slow(), 16)) seen.push({ batch, at: Date.now() - t0 });
    expect(seen.map((s) => s.batch)).toEqual([[1, 2], [3]]);
    expect(seen[0].at).toBeLessThan(40);
  });

  it('yields the items read before a failure, then throws it, with no unhandled rejection', async () => {
    async function* failing() {
      yield 'a';
      yield 'b';
      await sleep(5);
      throw new Error('read failed');
    }
    const seen: string[] = [];
    const run = async () => {
      // Both a full batch (the next read starts as it is handed on) and a short one (cut when the source pauses).
      for await (const batch of chunks(failing(), 2)) {
        seen.push(...batch);
        await sleep(20); // the read fails while this batch is being worked on
      }
    };
    await expect(run()).rejects.toThrow('read failed');
    expect(seen).toEqual(['a', 'b']);
  });

  it('gives nothing for an empty source', async () => {
    expect(await collect(chunks(quick(0), 4))).toEqual([]);
  });
});
