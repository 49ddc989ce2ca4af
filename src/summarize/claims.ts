/** Drone counts from many articles into claims, and the claims that disagree. */
import { ACTIONS, QUALIFIERS, type Action, type Article, type DroneCountRecord } from '../types.js';
import { readDate, type Dated } from './dates.js';
import { groupBy } from './figures.js';
import { regionName } from './places.js';
import { UNKNOWN, type Claim, type Conflict } from './types.js';

/** What makes two drone counts one claim: same claimant, region (or total), day, month-day and figure. */
function claimKey(claimant: string, region: string | null, { date, month_day }: Dated, count: number): string {
  return [claimant, region ?? 'total', date, month_day ?? '', count].join('|');
}

function ordered<T extends string>(order: readonly T[], seen: Set<T>): T[] {
  return order.filter((value) => seen.has(value));
}

/** One claim per key, its sources in input order. A claim repeated in one article still has that article once. */
export function groupClaims(articles: Iterable<Article>): Claim[] {
  const found = new Map<string, { claim: Claim; actions: Set<Action>; qualifiers: Set<DroneCountRecord['qualifier']> }>();
  for (const article of articles) {
    for (const record of article.records) {
      if (record.type !== 'drone_count') continue;
      const claimant = record.claimant ?? UNKNOWN;
      const dated = readDate(record.date);
      const key = claimKey(claimant, record.region, dated, record.count);
      let entry = found.get(key);
      if (!entry) {
        const name = record.region === null ? null : regionName(record.region);
        const claim: Claim = { key, claimant, region: record.region, name, ...dated, count: record.count, actions: [], qualifiers: [], sources: [], source_count: 0 };
        entry = { claim, actions: new Set(), qualifiers: new Set() };
        found.set(key, entry);
      }
      entry.actions.add(record.action);
      entry.qualifiers.add(record.qualifier);
      if (!entry.claim.sources.includes(article.source)) entry.claim.sources.push(article.source);
    }
  }
  return [...found.values()].map(({ claim, actions, qualifiers }) => ({
    ...claim,
    actions: ordered(ACTIONS, actions),
    qualifiers: ordered(QUALIFIERS, qualifiers),
    source_count: claim.sources.length,
  }));
}

// "launched 120" and "shot down 100" are different questions, not two answers to one; "unknown" may be either.
const SIDES = {
  launched: ['attack'],
  attacked: ['attack'],
  intercepted: ['defence'],
  destroyed: ['defence'],
  shot_down: ['defence'],
  unknown: ['attack', 'defence'],
} as const satisfies Record<Action, readonly ('attack' | 'defence')[]>;

function sameQuestion(a: Claim, b: Claim): boolean {
  const sides = new Set(a.actions.flatMap((action) => SIDES[action]));
  return b.actions.some((action) => SIDES[action].some((side) => sides.has(side)));
}

/**
 * Two claims conflict when they give different figures for the same region (or total) on the same known date for the
 * same side (launched vs downed), and either come from different claimants or from no common article (an article
 * that gives both figures is giving two parts of one story, not disagreeing with itself). Undated claims are never
 * compared: two undated figures may be two different days.
 */
function conflicting(a: Claim, b: Claim): boolean {
  return a.count !== b.count && sameQuestion(a, b) && (a.claimant !== b.claimant || !a.sources.some((s) => b.sources.includes(s)));
}

/** One conflict per region and date, listing every claim there that conflicts with another. */
export function findConflicts(claims: readonly Claim[]): Conflict[] {
  const dated = claims.filter((c) => c.date !== UNKNOWN);
  const conflicts: Conflict[] = [];
  for (const group of groupBy(dated, (c) => `${c.region ?? ''}|${c.date}`).values()) {
    const involved = group.filter((a) => group.some((b) => b !== a && conflicting(a, b)));
    if (involved.length === 0) continue;
    const { region, name, date } = involved[0];
    conflicts.push({ region, name, date, claims: involved.map(({ key, claimant, count, source_count }) => ({ key, claimant, count, source_count })) });
  }
  return conflicts;
}
