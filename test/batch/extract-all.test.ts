/** extractAll(): articles extracted together, stage by stage, come out exactly as each extracted alone. */
import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { extract, extractAll } from '../../src/extract.js';

const fixture = readFileSync(new URL('../../fixtures/leningrad-drones.txt', import.meta.url), 'utf8');
const TEXTS = [
  fixture,
  'Governor Vyacheslav Gladkov said two drones hit a house in Shebekino on Tuesday. One woman was injured.',
  '',
  'Air defences downed 94 drones overnight: 41 over Crimea, 24 over Bryansk Oblast and 7 over the Kursk region.',
  'Nothing happened here.',
];

describe('extractAll', () => {
  it('gives each article what extract gives it alone, in input order', () => {
    const inputs = TEXTS.map((text, i) => ({ text, options: { source: `a${i}`, referenceDate: '2024-12-14' } }));
    const together = extractAll(inputs);
    expect(together).toEqual(inputs.map(({ text, options }) => extract(text, options)));
    expect(together.map((a) => (a instanceof Error ? null : a.records.length))).not.toContain(null);
  });

  it('returns the error of an article whose extraction throws, and still extracts the others', () => {
    const bad = { text: null as unknown as string };
    const [first, failed, last] = extractAll([{ text: TEXTS[1] }, bad, { text: TEXTS[3] }]);
    expect(failed).toBeInstanceOf(Error);
    expect(first).toEqual(extract(TEXTS[1]));
    expect(last).toEqual(extract(TEXTS[3]));
  });

  it('takes an empty batch', () => {
    expect(extractAll([])).toEqual([]);
  });
});
