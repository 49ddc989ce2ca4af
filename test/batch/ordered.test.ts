/** ordered(): results in input order whatever order the work finishes in, never more than `limit` under way. */
import { describe, it, expect } from 'vitest';
import { ordered } from '../../src/batch/ordered.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of source) out.push(item);
  return out;
}

describe('ordered', () => {
  it('yields in input order when later work finishes first, with at most `limit` under way', async () => {
    let running = 0;
    let most = 0;
    const work = async (ms: number) => {
      most = Math.max(most, ++running);
      await sleep(ms);
      running--;
      return ms;
    };
    const inputs = [30, 1, 20, 2, 10, 3, 0, 5];
    expect(await collect(ordered(inputs, work, 3))).toEqual(inputs);
    expect(most).toBe(3);
  });

  it('reads an async source only as far as it needs', async () => {
    let pulled = 0;
    async function* source() {
      for (let i = 0; i < 100; i++) {
        pulled++;
        yield i;
      }
    }
    const results = ordered(source(), async (i) => i * 2, 4);
    expect((await results.next()).value).toBe(0);
    expect(pulled).toBeLessThanOrEqual(5);
    await results.return(undefined);
  });

  it('a failure surfaces in its turn, and a later one does not go unhandled meanwhile', async () => {
    const work = async (i: number) => {
      await sleep(i === 1 ? 20 : 0);
      if (i > 0) throw new Error(`failed ${i}`);
      return i;
    };
    const seen: number[] = [];
    await expect(async () => {
      for await (const i of ordered([0, 1, 2], work, 3)) seen.push(i);
    }).rejects.toThrow('failed 1');
    expect(seen).toEqual([0]);
  });

  it('nothing in, nothing out', async () => {
    expect(await collect(ordered([], async (x: number) => x, 2))).toEqual([]);
  });
});

describe('ordered, with a slow source', () => {
  it('yields a finished result while the next input has not yet come', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    async function* source() {
      yield 1;
      await gate; // the feed has nothing more for now
      yield 2;
    }
    const results = ordered(source(), async (i) => i * 10, 8);
    expect((await results.next()).value).toBe(10);
    release();
    expect((await results.next()).value).toBe(20);
    expect((await results.next()).done).toBe(true);
  });
});
