import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold, type Gold } from '../../src/eval/gold.js';
import { fieldScore, scoreCase, summarize, surname } from '../../src/eval/score.js';
import type { ExtractedRecord } from '../../src/types.js';

// Scoring ignores evidence, so records carry a placeholder span.
const EV = { text: 'x', start: 0, end: 1, sentence: 0, confidence: 1, rule: 'test' };

const region = (code: string): ExtractedRecord => ({ ...EV, type: 'region', code, name: code, country: null });
const place = (name: string, r: string | null): ExtractedRecord => ({ ...EV, type: 'place', name, region: r });
const drones = (count: number, r: string | null): ExtractedRecord => ({
  ...EV, type: 'drone_count', count, region: r, action: 'shot_down', qualifier: 'exact', date: null, claimant: null,
});
const date = (value: string, kind: 'absolute' | 'relative' = 'absolute'): ExtractedRecord => ({ ...EV, type: 'date', value, kind });
const official = (name: string, r: string | null): ExtractedRecord => ({ ...EV, type: 'official', name, title: 'governor', region: r, channel: null });
const damage = (object: 'residential' | 'power', effect: 'windows' | 'power outage'): ExtractedRecord => ({ ...EV, type: 'damage', object, effect, count: null, region: null });
const casualties = (killed: number, injured: number): ExtractedRecord => ({ ...EV, type: 'casualties', killed, injured, region: null });

// Modelled on the seed case: "41 over Crimea, 24 in Bryansk Oblast ... 94 in total".
const GOLD: Gold = {
  source_url: null,
  language: 'en',
  reference_date: null,
  regions: ['RU-BRY', 'UA-43', 'RU-BEL'],
  places: [],
  drone_counts: [{ count: 94, region: null }, { count: 41, region: 'UA-43' }, { count: 24, region: 'RU-BRY' }],
  dates: ['XXXX-12-13'],
  officials: [{ name: 'Gladkov', title: 'governor', region: 'RU-BEL' }],
  damage: [{ object: 'residential', count: 4, effect: 'windows' }],
  casualties: { killed: 0, injured: 0 },
};
const gold = (over: Partial<Gold> = {}): Gold => ({ ...GOLD, ...over });

const PERFECT: ExtractedRecord[] = [
  region('RU-BRY'), region('UA-43'), region('RU-BEL'),
  drones(94, null), drones(41, 'UA-43'), drones(24, 'RU-BRY'),
  date('XXXX-12-13'),
  official('Vyacheslav Gladkov', 'RU-BEL'),
  damage('residential', 'windows'),
  casualties(0, 0),
];

describe('scoreCase', () => {
  it('scores a perfect match with f1 1 everywhere and no misses', () => {
    const s = scoreCase('seed', PERFECT, GOLD);
    expect(s.misses).toEqual([]);
    expect(s.falseHits).toEqual([]);
    expect(s.fields.drone_counts).toEqual({ tp: 3, fp: 0, fn: 0 });
    expect(s.casualties).toEqual({ gold: { killed: 0, injured: 0 }, got: { killed: 0, injured: 0 }, correct: true });
    const summary = summarize([s]);
    expect(summary.micro.f1).toBe(1);
    for (const f of Object.values(summary.fields)) expect(f.f1).toBe(1);
  });

  it('shows a missing and a false count with readable items', () => {
    const records = PERFECT.filter((r) => !(r.type === 'drone_count' && r.count === 94)).concat(drones(7, 'RU-SMO'));
    const s = scoreCase('seed', records, GOLD);
    expect(s.misses).toEqual([{ field: 'drone_counts', item: '94@total' }]);
    expect(s.falseHits).toEqual([{ field: 'drone_counts', item: '7@RU-SMO' }]);
    expect(s.fields.drone_counts).toEqual({ tp: 2, fp: 1, fn: 1 });
  });

  it('counts duplicates once on both sides', () => {
    const s = scoreCase('dup', [drones(24, 'RU-BRY'), drones(24, 'RU-BRY')], gold({ drone_counts: [{ count: 24, region: 'RU-BRY' }, { count: 24, region: 'RU-BRY' }] }));
    expect(s.fields.drone_counts).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('names damage and official items readably', () => {
    const s = scoreCase('x', [damage('power', 'power outage'), official('Gladkov', null)], gold());
    expect(s.misses).toContainEqual({ field: 'damage', item: 'residential/windows' });
    expect(s.misses).toContainEqual({ field: 'officials', item: 'gladkov@RU-BEL' });
    expect(s.falseHits).toContainEqual({ field: 'damage', item: 'power/power outage' });
    expect(s.falseHits).toContainEqual({ field: 'officials', item: 'gladkov@null' });
  });
});

describe('officials match on folded surname + region', () => {
  const cases: [string, string, string][] = [
    ['Mikhail Razvozhayev', 'RAZVOZHAYEV,', 'case and punctuation'],
    ['Mikhail Razvozhayev', 'Governor Mikhail Razvozhayev.', 'last word only'],
    ['José Ñúñez', 'Jose NUNEZ', 'accents'],
    ['Сергей Аксёнов', 'Аксенов', 'Cyrillic diacritics'],
  ];
  it.each(cases)('%s ~ %s (%s)', (goldName, gotName) => {
    const s = scoreCase('o', [official(gotName, 'UA-40')], gold({ officials: [{ name: goldName, title: 'governor', region: 'UA-40' }] }));
    expect(s.fields.officials).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('folds names to one key', () => {
    expect(surname('RAZVOZHAYEV,')).toBe('razvozhayev');
    expect(surname('Gladkóv')).toBe('gladkov');
  });

  it('needs the region to match too', () => {
    const s = scoreCase('o', [official('Razvozhayev', 'UA-43')], gold({ officials: [{ name: 'Mikhail Razvozhayev', title: 'governor', region: 'UA-40' }] }));
    expect(s.fields.officials).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('regions', () => {
  it('drops RU and UA on both sides', () => {
    const s = scoreCase('r', [region('RU'), region('UA'), region('BY')], gold({ regions: ['RU', 'UA', 'BY'], places: [] }));
    expect(s.fields.regions).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect([...s.misses, ...s.falseHits].filter((m) => m.field === 'regions')).toEqual([]);
  });

  it('counts the regions of places on both sides and skips null ones', () => {
    const g = gold({ regions: [], places: [{ name: 'Starodub', region: 'RU-BRY' }] });
    const s = scoreCase('p', [place('Starodub', 'RU-BRY'), place('Nowhere', null)], g);
    expect(s.fields.regions).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(scoreCase('p', [], g).misses).toContainEqual({ field: 'regions', item: 'RU-BRY' });
  });
});

describe('dates', () => {
  it('ignores relative dates', () => {
    const s = scoreCase('d', [date('XXXX-12-13'), date('2024-02-19', 'relative')], gold());
    expect(s.fields.dates).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
});

describe('casualties', () => {
  it('takes the largest killed and largest injured over records', () => {
    const s = scoreCase('c', [casualties(2, 0), casualties(1, 5)], gold({ casualties: { killed: 2, injured: 5 } }));
    expect(s.casualties).toEqual({ gold: { killed: 2, injured: 5 }, got: { killed: 2, injured: 5 }, correct: true });
  });

  it('counts no records as incorrect when gold has a toll', () => {
    expect(scoreCase('c', [], gold()).casualties).toEqual({ gold: { killed: 0, injured: 0 }, got: null, correct: false });
  });

  it('leaves cases with null gold out of the accuracy', () => {
    const ignored = scoreCase('n', [casualties(3, 3)], gold({ casualties: null }));
    expect(ignored.casualties.correct).toBeNull();
    const wrong = scoreCase('w', [casualties(1, 0)], gold());
    const right = scoreCase('r', [casualties(0, 0)], gold());
    expect(summarize([ignored, wrong, right]).casualties).toEqual({ correct: 1, total: 2, accuracy: 0.5 });
  });
});

describe('summarize', () => {
  it('sums tp/fp/fn per field over cases and micro over all fields', () => {
    const a = scoreCase('a', PERFECT, GOLD); // 3+3+1+1+1 = 9 tp
    const b = scoreCase('b', [drones(24, 'RU-BRY'), drones(5, null)], gold({ regions: [], dates: [], officials: [], damage: [] }));
    // b: drone_counts tp 1 fp 1 fn 2
    const s = summarize([a, b]);
    expect(s.cases).toBe(2);
    expect(s.fields.drone_counts).toMatchObject({ tp: 4, fp: 1, fn: 2, precision: 0.8, recall: 4 / 6 });
    expect(s.fields.drone_counts.f1).toBeCloseTo((2 * 0.8 * (4 / 6)) / (0.8 + 4 / 6));
    expect(s.fields.regions).toMatchObject({ tp: 3, fp: 0, fn: 0, f1: 1 });
    expect(s.micro).toMatchObject({ tp: 10, fp: 1, fn: 2 });
    expect(s.micro.precision).toBeCloseTo(10 / 11);
    expect(s.micro.recall).toBeCloseTo(10 / 12);
  });

  it('scores nothing expected and nothing found as 1, any other zero denominator as 0', () => {
    expect(fieldScore({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(fieldScore({ tp: 0, fp: 0, fn: 3 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(fieldScore({ tp: 0, fp: 2, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('handles an empty run', () => {
    const s = summarize([]);
    expect(s.cases).toBe(0);
    expect(s.micro.f1).toBe(1);
    expect(s.casualties).toEqual({ correct: 0, total: 0, accuracy: 1 });
  });
});

describe('parseGold', () => {
  it('reads a valid file', () => {
    expect(parseGold(JSON.stringify(GOLD))).toEqual(GOLD);
  });

  const bad: [string, (g: Record<string, unknown>) => void, RegExp][] = [
    ['a missing key', (g) => delete g.dates, /missing key "dates"/],
    ['an unknown key', (g) => (g.drone_count = []), /unknown key "drone_count"/],
    ['a string count', (g) => (g.drone_counts = [{ count: '5', region: null }]), /drone_counts\[0\]\.count: expected a non-negative integer, got "5"/],
    ['a bad region code', (g) => (g.regions = ['Bryansk']), /regions\[0\]: expected a region code/],
    ['an unknown damage effect', (g) => (g.damage = [{ object: 'residential', count: null, effect: 'smashed' }]), /damage\[0\]\.effect: expected one of/],
    ['a bad date', (g) => (g.dates = ['13 December']), /dates\[0\]: expected a date/],
    ['casualties without injured', (g) => (g.casualties = { killed: 1 }), /casualties: missing key "injured"/],
  ];
  it.each(bad)('rejects %s with a clear message', (_, spoil, message) => {
    const g = structuredClone(GOLD) as unknown as Record<string, unknown>;
    spoil(g);
    expect(() => parseGold(JSON.stringify(g))).toThrow(message);
  });

  it('rejects text that is not JSON', () => {
    expect(() => parseGold('{"regions": [')).toThrow(/not valid JSON/);
  });
});

const CORPUS = join(import.meta.dirname, '../../corpus');
describe.each(['dev/en', 'dev/ru', 'seed'])('corpus/%s gold files', (set) => {
  const dir = join(CORPUS, set);
  const files = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));
  it('has gold files, each beside its text', () => {
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((f) => !existsSync(join(dir, f.replace(/\.gold\.json$/, '.txt'))))).toEqual([]);
  });
  it.each(files)('%s parses', (file) => {
    expect(() => parseGold(readFileSync(join(dir, file), 'utf8'))).not.toThrow();
  });
});
