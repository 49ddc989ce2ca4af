import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/text/memo.js';

describe('memoized', () => {
  it('computes each key once, null answers included, and empties itself when full', () => {
    const calls: string[] = [];
    const f = memoized((key) => {
      calls.push(key);
      return key === 'none' ? null : key.toUpperCase();
    }, 2);
    expect([f('a'), f('none'), f('a'), f('none')]).toEqual(['A', null, 'A', null]);
    expect(calls).toEqual(['a', 'none']);
    f('b'); // full: the table is emptied before "b" goes in
    f('a');
    expect(calls).toEqual(['a', 'none', 'b', 'a']);
  });
});
