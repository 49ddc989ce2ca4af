/** The summary as CSV: one row per claim (the unit everything else is summed from), RFC 4180 like format/csv.ts. */
import { stringify } from 'csv-stringify/sync';
import { cell, OPTIONS } from '../format/csv.js';
import type { Claim, Summary } from './types.js';

export const CLAIM_COLUMNS = ['date', 'month_day', 'region', 'name', 'claimant', 'count', 'actions', 'qualifiers', 'source_count', 'sources', 'conflict'] as const;
type Column = (typeof CLAIM_COLUMNS)[number];

/** Lists in one cell ("launched; shot_down"). */
export const LIST_SEPARATOR = '; ';

export function renderCsv(s: Summary): string {
  const conflicting = new Set(s.conflicts.flatMap((c) => c.claims.map((k) => k.key)));
  const row = (c: Claim): Record<Column, string | number | null> => ({
    ...c,
    actions: c.actions.join(LIST_SEPARATOR),
    qualifiers: c.qualifiers.join(LIST_SEPARATOR),
    sources: c.sources.join(LIST_SEPARATOR),
    conflict: conflicting.has(c.key) ? 'yes' : 'no',
  });
  return stringify([[...CLAIM_COLUMNS], ...s.claims.map((c) => CLAIM_COLUMNS.map((column) => cell(row(c)[column])))], OPTIONS);
}
