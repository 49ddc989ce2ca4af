/** Non-empty spans taken so far, none overlapping another, kept sorted by start: whether a new span overlaps one of them is a
 *  binary search, not a scan of every span taken before it (which made many candidates in one sentence quadratic). */
export class DisjointSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** The index of the first span whose start is >= `at`. */
  private firstFrom(at: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether [start, end) overlaps a span taken. The spans are disjoint, so only the last one starting before `end`
   *  can reach into it. */
  overlaps(start: number, end: number): boolean {
    const i = this.firstFrom(end) - 1;
    return i >= 0 && this.ends[i] > start;
  }

  /** Takes [start, end), which must overlap none taken. */
  add(start: number, end: number): void {
    const i = this.firstFrom(start);
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}
