/** Hand-checked summaries of small sets of hand-made articles (records built directly, no extractor). */
import { describe, expect, it } from 'vitest';
import { findConflicts, groupClaims } from '../../src/summarize/claims.js';
import { bestFigure } from '../../src/summarize/figures.js';
import { summarize } from '../../src/summarize/summary.js';
import type { Action, Article, CasualtiesRecord, DamageRecord, DroneCountRecord, ExtractedRecord } from '../../src/types.js';

const evidence = { text: 'x', start: 0, end: 1, sentence: 0, confidence: 0.9, rule: 'test' };
const MOD = 'Russian Defence Ministry';
const GOVERNOR = 'Alexander Bogomaz';
const AIR_FORCE = 'Ukrainian Air Force';

function drones(count: number, region: string | null, claimant: string | null, date: string | null, action: Action = 'destroyed'): DroneCountRecord {
  return { ...evidence, type: 'drone_count', count, region, claimant, date, action, qualifier: 'exact' };
}
function hurt(killed: number, injured: number, region: string | null): CasualtiesRecord {
  return { ...evidence, type: 'casualties', killed, injured, region };
}
function damage(region: string | null, count: number | null = null): DamageRecord {
  return { ...evidence, type: 'damage', object: 'residential', effect: 'windows', count, region };
}
function article(source: string, records: ExtractedRecord[], reference_date: string | null = '2024-09-15'): Article {
  return { source, language: 'en', reference_date, records, warnings: [] };
}

// "The Defence Ministry said 41 drones were destroyed over Bryansk Oblast", carried by two outlets.
const TASS = article('tass.txt', [drones(41, 'RU-BRY', MOD, '2024-09-15')]);
const RIA = article('ria.txt', [drones(41, 'RU-BRY', MOD, '2024-09-15'), drones(41, 'RU-BRY', MOD, '2024-09-15')]);
// The governor's own figure for the same night.
const GOV = article('governor.txt', [drones(12, 'RU-BRY', GOVERNOR, '2024-09-15')]);

describe('two outlets reporting the same claim', () => {
  const s = summarize([TASS, RIA]);

  it('is one claim with both sources, each once', () => {
    expect(s.claims).toHaveLength(1);
    expect(s.claims[0]).toMatchObject({ claimant: MOD, region: 'RU-BRY', name: 'Bryansk Oblast', date: '2024-09-15', count: 41, sources: ['tass.txt', 'ria.txt'], source_count: 2 });
    expect(s.conflicts).toEqual([]);
  });

  it('counts 41 once for the region, the day, the claimant and in all', () => {
    expect(s.regions).toEqual([{ code: 'RU-BRY', name: 'Bryansk Oblast', drones: 41, by_claimant: [{ claimant: MOD, drones: 41 }], claims: 1, sources: 2, conflicts: 0, damage: 0, casualties: { killed: 0, injured: 0 } }]);
    expect(s.timeline).toEqual([{ date: '2024-09-15', drones: 41, claims: 1, sources: 2 }]);
    expect(s.claimants).toEqual([{ claimant: MOD, drones: 41, claims: 1, sources: 2, regions: 1 }]);
    expect(s.drones).toBe(41);
  });
});

describe('two claimants disagreeing', () => {
  const s = summarize([TASS, RIA, GOV]);

  it('keeps two claims and flags them side by side', () => {
    expect(s.claims.map((c) => [c.claimant, c.count, c.source_count])).toEqual([[GOVERNOR, 12, 1], [MOD, 41, 2]]);
    expect(s.conflicts).toEqual([{
      region: 'RU-BRY', name: 'Bryansk Oblast', date: '2024-09-15',
      claims: [
        { key: `${GOVERNOR}|RU-BRY|2024-09-15||12`, claimant: GOVERNOR, count: 12, source_count: 1 },
        { key: `${MOD}|RU-BRY|2024-09-15||41`, claimant: MOD, count: 41, source_count: 2 },
      ],
    }]);
  });

  it('counts the larger figure for the region, and each claimant its own', () => {
    const [bryansk] = s.regions;
    expect(bryansk).toMatchObject({ code: 'RU-BRY', drones: 41, claims: 2, sources: 3, conflicts: 1 });
    expect(bryansk.by_claimant).toEqual([{ claimant: MOD, drones: 41 }, { claimant: GOVERNOR, drones: 12 }]);
    expect(s.drones).toBe(41);
  });

  it('does not flag claimants that agree', () => {
    const same = article('governor.txt', [drones(41, 'RU-BRY', GOVERNOR, '2024-09-15')]);
    expect(summarize([TASS, same]).conflicts).toEqual([]);
  });
});

describe('parts and total', () => {
  // "94 drones were destroyed overnight: 41 over Crimea and 24 over Bryansk Oblast ..."
  const REPORT = article('mod.txt', [drones(94, null, MOD, '2024-09-15'), drones(41, 'UA-43', MOD, '2024-09-15'), drones(24, 'RU-BRY', MOD, '2024-09-15')]);
  const s = summarize([REPORT]);

  it('adds the total to no region', () => {
    expect(s.regions.map((r) => [r.code, r.drones])).toEqual([['UA-43', 41], ['RU-BRY', 24]]);
  });

  it('counts the day as the total, not total plus parts', () => {
    expect(s.timeline).toEqual([{ date: '2024-09-15', drones: 94, claims: 3, sources: 1 }]);
    expect(s.claimants[0]).toMatchObject({ claimant: MOD, drones: 94, regions: 2 });
    expect(s.drones).toBe(94);
  });

  it('keeps the total as a claim of its own, with no region', () => {
    expect(s.claims.find((c) => c.region === null)).toMatchObject({ count: 94, name: null, key: `${MOD}|total|2024-09-15||94` });
    expect(s.conflicts).toEqual([]);
  });

  it('counts parts that exceed every total as their sum', () => {
    expect(bestFigure([{ region: null, day: 'd', value: 50 }, { region: 'A', day: 'd', value: 41 }, { region: 'B', day: 'd', value: 24 }])).toBe(65);
  });
});

describe('conflicts', () => {
  it('are not a "launched 120, shot down 100" pair in one report', () => {
    const report = article('af.txt', [drones(120, null, AIR_FORCE, '2024-09-15', 'launched'), drones(100, null, AIR_FORCE, '2024-09-15', 'shot_down')]);
    const s = summarize([report]);
    expect(s.claims).toHaveLength(2);
    expect(s.conflicts).toEqual([]);
    expect(s.drones).toBe(120);
  });

  it('are a claimant giving two figures in two reports (a revision)', () => {
    const later = article('tass-update.txt', [drones(43, 'RU-BRY', MOD, '2024-09-15')]);
    expect(findConflicts(groupClaims([TASS, later]))[0].claims.map((c) => c.count)).toEqual([41, 43]);
  });

  it('are not drawn between launched and downed figures of different claimants', () => {
    const launched = article('af.txt', [drones(120, null, AIR_FORCE, '2024-09-15', 'launched')]);
    const destroyed = article('mod.txt', [drones(94, null, MOD, '2024-09-15', 'destroyed')]);
    expect(summarize([launched, destroyed]).conflicts).toEqual([]);
  });

  it('are never drawn between undated claims', () => {
    const a = article('a.txt', [drones(5, 'RU-KRS', MOD, null)], null);
    const b = article('b.txt', [drones(7, 'RU-KRS', GOVERNOR, null)], null);
    expect(summarize([a, b]).conflicts).toEqual([]);
  });
});

describe('dates without a year, and articles without a date', () => {
  // "On December 13th ..." with no year anywhere, and an article with no date at all.
  const YEARLESS = article('yearless.txt', [drones(5, 'RU-KRS', MOD, 'XXXX-12-13')], null);
  const UNDATED = article('undated.txt', [drones(7, 'RU-KRS', null, null), hurt(1, 0, 'RU-KRS')], null);

  it('groups them as unknown, keeping the month-day', () => {
    const s = summarize([TASS, YEARLESS, UNDATED]);
    expect(s.claims.map((c) => [c.date, c.month_day, c.claimant, c.count])).toEqual([['2024-09-15', null, MOD, 41], ['unknown', '12-13', MOD, 5], ['unknown', null, 'unknown', 7]]);
    expect(s.timeline).toEqual([{ date: '2024-09-15', drones: 41, claims: 1, sources: 1 }, { date: 'unknown', drones: 12, claims: 2, sources: 2 }]);
    expect(s.regions.find((r) => r.code === 'RU-KRS')).toMatchObject({ drones: 12, claims: 2, casualties: { killed: 1, injured: 0 } });
    expect(s.unknown_dates).toEqual({ claims: 2, damage: 0, casualties: 1 });
    expect(s.notes).toEqual(['with no full date (a yearless date or none), counted under "unknown": 2 claims, 0 damage and 1 casualty reports']);
  });

  it('reports them as left out when --from/--to filter, never dropping them silently', () => {
    const s = summarize([TASS, YEARLESS, UNDATED], { from: '2024-09-01' });
    expect(s.claims.map((c) => c.count)).toEqual([41]);
    expect(s.regions.map((r) => r.code)).toEqual(['RU-BRY']);
    expect(s.excluded.unknown_date).toEqual({ claims: 2, damage: 0, casualties: 1 });
    expect(s.notes).toEqual(['left out by --from/--to for want of a full date: 2 claims, 0 damage and 1 casualty reports']);
  });

  it('adds figures of different undated articles, but not the parts and total of one', () => {
    const one = article('one.txt', [drones(10, null, null, null), drones(6, 'RU-KRS', null, null), drones(4, 'RU-BEL', null, null)], null);
    const two = article('two.txt', [drones(5, null, null, null)], null);
    expect(summarize([one, two]).drones).toBe(15);
  });

  it('takes a date from the drone counts for damage in an article without a reference date', () => {
    const s = summarize([article('records', [drones(3, 'RU-BRY', MOD, '2024-09-15'), damage('RU-BRY')], null)], { to: '2024-09-30' });
    expect(s.damage).toEqual([{ object: 'residential', effect: 'windows', reports: 1, count: 0 }]);
    expect(s.excluded.unknown_date.damage).toBe(0);
  });
});

describe('--from / --to', () => {
  const DAYS = ['2024-09-14', '2024-09-15', '2024-09-16'].map((date, i) => article(`day${i}.txt`, [drones(10 + i, 'RU-BRY', MOD, date), hurt(i, 0, 'RU-BRY')], date));

  it('keeps the days in range, inclusive, and counts the rest as out of range', () => {
    const s = summarize(DAYS, { from: '2024-09-15', to: '2024-09-15' });
    expect(s.timeline).toEqual([{ date: '2024-09-15', drones: 11, claims: 1, sources: 1 }]);
    expect(s.casualties).toEqual({ killed: 1, injured: 0 });
    expect(s.excluded.out_of_range).toEqual({ claims: 2, damage: 0, casualties: 2 });
    expect(s.notes).toEqual(['outside --from/--to: 2 claims, 0 damage and 2 casualty reports']);
    expect([s.from, s.to]).toEqual(['2024-09-15', '2024-09-15']);
  });

  it('takes an open end', () => {
    expect(summarize(DAYS, { from: '2024-09-15' }).drones).toBe(23);
    expect(summarize(DAYS, { to: '2024-09-14' }).drones).toBe(10);
  });
});

describe('damage and casualties', () => {
  it('count a report two outlets carry once', () => {
    const a = article('a.txt', [hurt(1, 2, 'RU-BRY'), damage('RU-BRY', 3)]);
    const b = article('b.txt', [hurt(1, 2, 'RU-BRY'), damage('RU-BRY', 3)]);
    const s = summarize([a, b]);
    expect(s.casualties).toEqual({ killed: 1, injured: 2 });
    expect(s.damage).toEqual([{ object: 'residential', effect: 'windows', reports: 1, count: 3 }]);
    expect(s.regions).toEqual([expect.objectContaining({ code: 'RU-BRY', drones: 0, claims: 0, sources: 2, damage: 1, casualties: { killed: 1, injured: 2 } })]);
  });

  it('do not add a national toll to regional ones', () => {
    // "Two people were killed in Belgorod and one in Kursk, three in all."
    const s = summarize([article('a.txt', [hurt(2, 0, 'RU-BEL'), hurt(1, 0, 'RU-KRS'), hurt(3, 0, null)])]);
    expect(s.casualties).toEqual({ killed: 3, injured: 0 });
  });
});

it('summarises no articles as zeros', () => {
  const s = summarize([]);
  expect(s).toMatchObject({ articles: 0, drones: 0, regions: [], timeline: [], claims: [], conflicts: [], notes: [] });
});

it('names a region the gazetteer does not know by its code, and notes it has no map point', () => {
  const s = summarize([article('a.txt', [drones(3, 'XX-NEW', MOD, '2024-09-15')])]);
  expect(s.regions[0]).toMatchObject({ code: 'XX-NEW', name: 'XX-NEW' });
  expect(s.notes).toEqual(['no map point (left out of geojson): XX-NEW']);
});
