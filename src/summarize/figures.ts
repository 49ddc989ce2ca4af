/**
 * The double-counting rule, one function for every figure the summary prints (a region's drones, a claimant's, a
 * day's, the grand total, casualties):
 *
 * - Facts are grouped by day (see `dayKey`). Within a day, each region counts once, with the LARGEST figure any
 *   claim gives it: two claimants disagreeing ("41 over Bryansk" vs "12 over Bryansk") count 41, not 53, and a
 *   "launched 30, shot down 25" pair counts 30. Each claimant's own figure is reported beside it (`by_claimant`).
 * - Totals (region null) are never added to regional parts: the day counts the larger of the largest total and the
 *   sum of its regions. "94 drones, 41 over Crimea and 24 over Bryansk" counts 94; parts that exceed every total
 *   (from another claimant) count as their sum.
 * - Days add up.
 */
export interface Figure {
  region: string | null;
  day: string;
  value: number;
}

export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function largest(figures: Figure[]): number {
  return figures.reduce((max, f) => Math.max(max, f.value), 0);
}

export function bestFigure(figures: Iterable<Figure>): number {
  let sum = 0;
  for (const day of groupBy(figures, (f) => f.day).values()) {
    const total = largest(day.filter((f) => f.region === null));
    const parts = groupBy(day.filter((f) => f.region !== null), (f) => f.region);
    const regions = [...parts.values()].reduce((s, region) => s + largest(region), 0);
    sum += Math.max(total, regions);
  }
  return sum;
}
