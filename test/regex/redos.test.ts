/** ReDoS: every regex in the project, run over 100 KB strings built from near-matches of its own pattern, must
 *  finish within a small bound. Rules run per sentence, and a hostile input can be one 5 MB sentence. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { constructedRegexes, literalRegexes, unique, type FoundRegex } from './collect.js';

const SIZE = 100_000;
const BOUND_MS = 250;

const seed = readFileSync(new URL('../../fixtures/leningrad-drones.txt', import.meta.url), 'utf8');
const constructed = await constructedRegexes(async () => {
  const { extract } = await import('../../src/extract.js');
  extract(seed, {});
  extract(seed, { referenceDate: '2024-12-15' });
  // The Russian rules' patterns are built on first use.
  extract('В ночь с 12 на 13 марта над областью сбиты двадцать четыре БПЛА, вчера ещё два.', { referenceDate: '2024-12-15', language: 'ru' });
  const { numberAt } = await import('../../src/text/numbers.js');
  numberAt('двадцать четыре', 0, 'ru');
});
const all = unique([...literalRegexes(), ...constructed]);

const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

/** Near-matches: the words a pattern names, in runs that almost complete it, plus generic hostile shapes. */
function adversarial(regex: FoundRegex): string[] {
  const words = [...new Set(regex.source.match(/[A-Za-z\u0400-\u04ff][a-z\u0430-\u045f-]{2,}/g) ?? [])].slice(0, 12);
  const phrase = words.join(' ');
  const capitalised = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return [
    repeat('a'),
    repeat(' '),
    repeat('a0'),
    repeat('\tsix'),
    repeat('.'),
    repeat(', '),
    repeat('- '),
    repeat('Aaaa '),
    repeat('Aaaa, Bbbb and '),
    repeat('1 2, 3 '),
    repeat('one two three '),
    repeat(`${phrase} `),
    repeat(`${capitalised}, `),
    repeat(`${words[0] ?? 'x'} 12 `),
  ];
}

function timeOn(regex: RegExp, input: string): number {
  const start = performance.now();
  if (regex.global || regex.sticky) {
    const g = new RegExp(regex.source, regex.flags.replace('y', '').includes('g') ? regex.flags.replace('y', '') : `${regex.flags.replace('y', '')}g`);
    for (const _ of input.matchAll(g)) void _;
  } else {
    regex.exec(input);
  }
  return performance.now() - start;
}

describe('regular expressions', () => {
  it('are found: literals in src/ and the ones built from data', () => {
    expect(all.length).toBeGreaterThan(100);
    expect(constructed.length).toBeGreaterThan(30);
  });

  it(`each finishes within ${BOUND_MS} ms on 100 KB near-matches of its own pattern`, () => {
    const slow: string[] = [];
    for (const found of all) {
      const regex = new RegExp(found.source, found.flags);
      for (const input of adversarial(found)) {
        const ms = timeOn(regex, input);
        if (ms > BOUND_MS) slow.push(`${found.where} /${found.source.slice(0, 80)}/${found.flags}: ${ms.toFixed(0)} ms on "${input.slice(0, 30)}..."`);
      }
    }
    expect(slow).toEqual([]);
  }, 120_000);
});
