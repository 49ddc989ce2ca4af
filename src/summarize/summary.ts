/** Many articles into one summary: claims, per-region and per-claimant figures, a timeline, damage and casualties. */
import type { Article } from '../types.js';
import { findConflicts, groupClaims } from './claims.js';
import { dayKey, place, type Placement, type Range } from './dates.js';
import { groupCasualties, groupDamage, type CasualtyFact, type DamageFact } from './facts.js';
import { bestFigure, groupBy, type Figure } from './figures.js';
import { centroid, regionName } from './places.js';
import { UNKNOWN, type Casualties, type Claim, type ClaimantSummary, type Conflict, type DamageTally, type FactCounts, type RegionSummary, type Summary, type TimelineEntry } from './types.js';

const drones = (claims: Claim[]): number => bestFigure(claims.map((c): Figure => ({ region: c.region, day: dayKey(c), value: c.count })));

function casualties(facts: CasualtyFact[]): Casualties {
  const figure = (value: (f: CasualtyFact) => number) => bestFigure(facts.map((f) => ({ region: f.record.region, day: dayKey(f), value: value(f) })));
  return { killed: figure((f) => f.record.killed), injured: figure((f) => f.record.injured) };
}

function sourceCount(...lists: { sources: string[] }[][]): number {
  return new Set(lists.flat().flatMap((f) => f.sources)).size;
}

/** Splits facts by where their day stands with --from/--to, counting what is set aside. */
function filter<T extends { date: string }>(facts: T[], range: Range): { kept: T[]; set: Record<Exclude<Placement, 'in'>, number> } {
  const set = { unknown_date: 0, out_of_range: 0 };
  const kept = facts.filter((f) => {
    const where = place(f.date, range);
    if (where !== 'in') set[where]++;
    return where === 'in';
  });
  return { kept, set };
}

function regionSummary(code: string, claims: Claim[], conflicts: Conflict[], damage: DamageFact[], hurt: CasualtyFact[]): RegionSummary {
  const by_claimant = [...groupBy(claims, (c) => c.claimant)].map(([claimant, own]) => ({ claimant, drones: drones(own) }));
  return {
    code,
    name: regionName(code),
    drones: drones(claims),
    by_claimant: by_claimant.sort((a, b) => b.drones - a.drones || a.claimant.localeCompare(b.claimant)),
    claims: claims.length,
    sources: sourceCount(claims, damage, hurt),
    conflicts: conflicts.filter((c) => c.region === code).length,
    damage: damage.length,
    casualties: casualties(hurt),
  };
}

function damageTallies(facts: DamageFact[]): DamageTally[] {
  return [...groupBy(facts, (f) => `${f.record.object}|${f.record.effect}`).values()]
    .map((same) => ({ object: same[0].record.object, effect: same[0].record.effect, reports: same.length, count: same.reduce((s, f) => s + (f.record.count ?? 0), 0) }))
    .sort((a, b) => b.reports - a.reports || a.object.localeCompare(b.object) || a.effect.localeCompare(b.effect));
}

const byDate = (a: { date: string }, b: { date: string }) => (a.date === b.date ? 0 : a.date === UNKNOWN ? 1 : b.date === UNKNOWN ? -1 : a.date < b.date ? -1 : 1);

function timeline(claims: Claim[]): TimelineEntry[] {
  return [...groupBy(claims, (c) => c.date)].map(([date, same]) => ({ date, drones: drones(same), claims: same.length, sources: sourceCount(same) })).sort(byDate);
}

function claimants(claims: Claim[]): ClaimantSummary[] {
  return [...groupBy(claims, (c) => c.claimant)]
    .map(([claimant, own]) => ({ claimant, drones: drones(own), claims: own.length, sources: sourceCount(own), regions: new Set(own.flatMap((c) => (c.region ? [c.region] : []))).size }))
    .sort((a, b) => b.drones - a.drones || a.claimant.localeCompare(b.claimant));
}

function notes(unknown: FactCounts, excluded: Summary['excluded'], regions: RegionSummary[]): string[] {
  const n = (counts: FactCounts) => `${counts.claims} claims, ${counts.damage} damage and ${counts.casualties} casualty reports`;
  const total = (counts: FactCounts) => counts.claims + counts.damage + counts.casualties;
  const lines: string[] = [];
  if (total(excluded.unknown_date) > 0) lines.push(`left out by --from/--to for want of a full date: ${n(excluded.unknown_date)}`);
  else if (total(unknown) > 0) lines.push(`with no full date (a yearless date or none), counted under "unknown": ${n(unknown)}`);
  if (total(excluded.out_of_range) > 0) lines.push(`outside --from/--to: ${n(excluded.out_of_range)}`);
  const unmapped = regions.filter((r) => centroid(r.code) === null).map((r) => r.code);
  if (unmapped.length > 0) lines.push(`no map point (left out of geojson): ${unmapped.join(', ')}`);
  return lines;
}

export function summarize(input: Iterable<Article>, range: Range = {}): Summary {
  const articles = [...input];
  const all = { claims: groupClaims(articles), damage: groupDamage(articles), casualties: groupCasualties(articles) };
  const unknown_dates = { claims: 0, damage: 0, casualties: 0 };
  for (const kind of ['claims', 'damage', 'casualties'] as const) unknown_dates[kind] = all[kind].filter((f) => f.date === UNKNOWN).length;
  const claims = filter(all.claims, range), damage = filter(all.damage, range), hurt = filter(all.casualties, range);
  const excluded = {
    unknown_date: { claims: claims.set.unknown_date, damage: damage.set.unknown_date, casualties: hurt.set.unknown_date },
    out_of_range: { claims: claims.set.out_of_range, damage: damage.set.out_of_range, casualties: hurt.set.out_of_range },
  };
  const kept = claims.kept.sort((a, b) => byDate(a, b) || (a.region ?? '').localeCompare(b.region ?? '') || a.claimant.localeCompare(b.claimant) || b.count - a.count);
  const conflicts = findConflicts(kept);
  const codes = new Set([...kept, ...damage.kept.map((f) => f.record), ...hurt.kept.map((f) => f.record)].flatMap((f) => (f.region ? [f.region] : [])));
  const regions = [...codes]
    .map((code) => regionSummary(code, kept.filter((c) => c.region === code), conflicts, damage.kept.filter((f) => f.record.region === code), hurt.kept.filter((f) => f.record.region === code)))
    .sort((a, b) => b.drones - a.drones || a.code.localeCompare(b.code));
  return {
    from: range.from ?? null,
    to: range.to ?? null,
    articles: articles.length,
    drones: drones(kept),
    regions,
    timeline: timeline(kept),
    claimants: claimants(kept),
    claims: kept,
    conflicts,
    damage: damageTallies(damage.kept),
    casualties: casualties(hurt.kept),
    unknown_dates,
    excluded,
    notes: notes(unknown_dates, excluded, regions),
  };
}
