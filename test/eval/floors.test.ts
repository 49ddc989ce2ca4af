/** The accuracy ratchet: every evaluation set in corpus/floors.json scores at or above its floors. A change that
 *  loses accuracy fails here, naming the set, the field, the score and the floor. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { belowFloors, MEASURES, raiseFloors, type Floors, type FloorsFile } from '../../src/eval/floors.js';
import { evaluate } from '../../src/eval/run.js';
import { FIELDS, fieldScore, type Summary } from '../../src/eval/score.js';

const ROOT = join(import.meta.dirname, '../..');
const file = JSON.parse(readFileSync(join(ROOT, 'corpus', 'floors.json'), 'utf8')) as FloorsFile;

describe('corpus/floors.json', () => {
  it('holds the dev sets and the seed, each with a floor for every measure in [0, 1]', () => {
    expect(Object.keys(file.sets).sort()).toEqual(['corpus/dev/en', 'corpus/dev/ru', 'corpus/seed']);
    for (const floors of Object.values(file.sets)) {
      expect(Object.keys(floors).sort()).toEqual([...MEASURES].sort());
      expect(Object.values(floors).every((x) => x >= 0 && x <= 1)).toBe(true);
    }
  });

  it.each(Object.entries(file.sets))('%s scores at or above its floors', async (set, floors) => {
    const result = await evaluate(join(ROOT, set));
    if ('error' in result) throw new Error(`${set}: ${result.error}`);
    expect(belowFloors(set, result.summary, floors)).toEqual([]);
  });
});

/** A summary whose fields score tp / (tp + fp + fn) with the given counts; casualties correct of 4. */
function summary(counts: Partial<Record<(typeof FIELDS)[number], [number, number, number]>>, correct = 4): Summary {
  const fields = Object.fromEntries(FIELDS.map((f) => {
    const [tp, fp, fn] = counts[f] ?? [10, 0, 0];
    return [f, fieldScore({ tp, fp, fn })];
  })) as Summary['fields'];
  const total = Object.values(fields).reduce((sum, f) => ({ tp: sum.tp + f.tp, fp: sum.fp + f.fp, fn: sum.fn + f.fn }), { tp: 0, fp: 0, fn: 0 });
  return { cases: 4, fields, micro: fieldScore(total), casualties: { correct, total: 4, accuracy: correct / 4 } };
}

const ones: Floors = { regions: 1, drone_counts: 1, dates: 1, officials: 1, damage: 1, micro: 1, casualties: 1 };

describe('belowFloors', () => {
  it('nothing when every score meets its floor', () => {
    expect(belowFloors('s', summary({}), ones)).toEqual([]);
  });

  it('names the set, the field, the score and the floor', () => {
    // damage 8 tp, 2 fn: R 0.8, F1 0.889; micro 48 / (48 + 2) tp over tp + fn: F1 0.980.
    expect(belowFloors('corpus/dev/en', summary({ damage: [8, 0, 2] }), { ...ones, micro: 0.9 })).toEqual([
      'corpus/dev/en: damage F1 0.889 is below its floor 1.000',
    ]);
  });

  it('casualties are an accuracy', () => {
    expect(belowFloors('s', summary({}, 3), ones)).toEqual(['s: casualties accuracy 0.750 is below its floor 1.000']);
  });

  it('a score equal to its floor as written (three decimals, rounded down) passes', () => {
    const s = summary({ damage: [2, 1, 0] }); // F1 0.8
    expect(belowFloors('s', s, raiseFloors(undefined, s))).toEqual([]);
  });
});

describe('raiseFloors', () => {
  it('raises a floor to today\'s score, rounded down to three decimals', () => {
    const raised = raiseFloors({ ...ones, damage: 0.5 }, summary({ damage: [2, 1, 0] })); // F1 0.8
    expect(raised.damage).toBe(0.8);
  });

  it('never lowers a floor', () => {
    const raised = raiseFloors(ones, summary({ damage: [1, 1, 1] }, 0));
    expect(raised).toEqual(ones);
  });

  it('rounds down: 2/3 becomes 0.666', () => {
    const raised = raiseFloors(undefined, summary({}, 0));
    expect(raised.casualties).toBe(0);
    expect(raiseFloors(undefined, summary({ regions: [1, 1, 0] })).regions).toBe(0.666);
  });
});
