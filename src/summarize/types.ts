/** The shapes `extract summarize` prints. One vocabulary with the records: `region` is an ISO code and null means a
 *  total, `claimant`, `count`, `date` and `action` keep their record meanings; the JSON keys are the CSV headers. */
import type { Action, DamageEffect, DamageObject, Qualifier } from '../types.js';

/** A claim's or a fact's day: YYYY-MM-DD, or 'unknown' for a yearless date (its month-day kept aside) or none. */
export type Day = string;
export const UNKNOWN = 'unknown';

/** One figure claimed by one claimant for one region (or a total) on one day, however many articles repeat it. */
export interface Claim {
  /** "claimant|region or total|date|month-day|count": names the claim in `conflicts`. */
  key: string;
  /** 'unknown' when no article named one. */
  claimant: string;
  /** null: a total. */
  region: string | null;
  name: string | null;
  date: Day;
  /** "12-13" for a yearless "XXXX-12-13", else null. */
  month_day: string | null;
  count: number;
  actions: Action[];
  qualifiers: Qualifier[];
  /** Articles reporting it (their `source`), in input order, each once. */
  sources: string[];
  source_count: number;
}

/** Different figures for the same region (or total) and day, side by side; see `findConflicts`. */
export interface Conflict {
  region: string | null;
  name: string | null;
  date: Day;
  claims: { key: string; claimant: string; count: number; source_count: number }[];
}

export interface Casualties {
  killed: number;
  injured: number;
}

export interface RegionSummary {
  code: string;
  name: string;
  /** The double-counting rule of `bestFigure`: the largest figure per day, summed over days. */
  drones: number;
  /** The same rule over each claimant's own claims: what each said, side by side with `drones`. */
  by_claimant: { claimant: string; drones: number }[];
  claims: number;
  /** Articles behind its claims, damage and casualties. */
  sources: number;
  conflicts: number;
  /** Distinct damage reports. */
  damage: number;
  casualties: Casualties;
}

export interface TimelineEntry {
  date: Day;
  drones: number;
  claims: number;
  sources: number;
}

export interface ClaimantSummary {
  claimant: string;
  drones: number;
  claims: number;
  sources: number;
  regions: number;
}

export interface DamageTally {
  object: DamageObject;
  effect: DamageEffect;
  /** Distinct reports: the same object, effect, count, region and day from several articles is one. */
  reports: number;
  /** The counts those reports give ("three houses"), summed; a report without a count adds nothing. */
  count: number;
}

/** Claims, damage reports and casualty reports: how many of each a rule set aside or could not date. */
export interface FactCounts {
  claims: number;
  damage: number;
  casualties: number;
}

export interface Summary {
  from: string | null;
  to: string | null;
  articles: number;
  drones: number;
  regions: RegionSummary[];
  timeline: TimelineEntry[];
  claimants: ClaimantSummary[];
  claims: Claim[];
  conflicts: Conflict[];
  damage: DamageTally[];
  casualties: Casualties;
  /** Facts with a yearless date or none, before --from/--to. */
  unknown_dates: FactCounts;
  /** Facts --from/--to left out: those with no full date, and those outside the range. */
  excluded: { unknown_date: FactCounts; out_of_range: FactCounts };
  /** Anything a reader must know to trust the figures (unknown dates, exclusions, regions with no map point). */
  notes: string[];
}
