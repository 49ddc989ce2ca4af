import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DisjointSpans } from '../../src/text/spans.js';

describe('DisjointSpans', () => {
  it('finds an overlap with a span before, after, around and inside; touching is no overlap', () => {
    const spans = new DisjointSpans();
    spans.add(10, 20);
    spans.add(30, 40);
    expect([spans.overlaps(5, 11), spans.overlaps(19, 25), spans.overlaps(0, 50), spans.overlaps(12, 13), spans.overlaps(25, 31)]).toEqual([true, true, true, true, true]);
    expect([spans.overlaps(0, 10), spans.overlaps(20, 30), spans.overlaps(40, 45), spans.overlaps(22, 28)]).toEqual([false, false, false, false]);
  });

  // Spans are never empty: a count, a date or a place always holds a character.
  it('answers as a scan of every span taken would, for spans added in any order', () => {
    const span = fc.tuple(fc.nat(200), fc.integer({ min: 1, max: 20 })).map(([start, length]) => [start, start + length] as const);
    fc.assert(
      fc.property(fc.array(span, { maxLength: 60 }), (candidates) => {
        const spans = new DisjointSpans();
        const taken: (readonly [number, number])[] = [];
        for (const [start, end] of candidates) {
          const scan = taken.some(([a, b]) => start < b && end > a);
          expect(spans.overlaps(start, end)).toBe(scan);
          if (!scan) {
            spans.add(start, end);
            taken.push([start, end]);
          }
        }
      }),
    );
  });
});
