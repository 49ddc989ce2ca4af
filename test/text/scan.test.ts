import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Bounded, Gated } from '../../src/text/scan.js';

const spans = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => [m.index, m[0]]);

describe('Bounded', () => {
  const cases: [string, string, string][] = [
    ['(?:power cuts?|cuts?)', 'iu', '\\p{L}-'],
    ['(?:drones?|UAVs?)(?![\\p{L}-])', 'iu', '\\p{L}-'],
    ['(?:\\d|one|two)', 'iu', '\\p{L}\\d.,:-'],
  ];

  it.each(cases)('finds what a leading lookbehind finds: %s', (source, flags, notAfter) => {
    const bounded = new Bounded(source, flags, notAfter);
    const reference = new RegExp(`(?<![${notAfter}])${source}`, `${flags}g`);
    const text = 'Xpower cuts, power cuts; a-drone, drones and UAVs. 2,1 one two1 étwo 𝐀one — cut';
    expect(spans(bounded.all(text))).toEqual(spans(text.matchAll(reference)));
    expect(bounded.source).toBe(reference.source);
  });

  it('agrees with the lookbehind on any text', () => {
    const alphabet = fc.constantFrom('a', 'A', 'é', '-', ' ', ',', '.', '1', 'cut', 'power ', 'drone', 's', '𝐀', '\u{1F600}');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        for (const [source, flags, notAfter] of cases) {
          const reference = new RegExp(`(?<![${notAfter}])${source}`, `${flags}g`);
          expect(spans(new Bounded(source, flags, notAfter).all(text))).toEqual(spans(text.matchAll(reference)));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('test and exec honour the boundary', () => {
    const noun = new Bounded('drones?', 'iu', '\\p{L}-');
    expect(noun.test('antidrone')).toBe(false);
    expect(noun.test('anti drone')).toBe(true);
    expect(noun.exec('a-drone, then a drone')?.index).toBe(16);
  });
});

describe('UPPER_FIRST', () => {
  it('lets every upper-case letter through', async () => {
    const { UPPER_FIRST } = await import('../../src/text/patterns.js');
    const upper = /^\p{Lu}$/u;
    const filtered = new RegExp(`^${UPPER_FIRST}\\p{Lu}$`, 'u');
    const missed: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (upper.test(c) !== filtered.test(c)) missed.push(cp);
    }
    expect(missed).toEqual([]);
  });
});

describe('lazy', () => {
  it('builds on the first call only, and gives the same value after', async () => {
    const { lazy } = await import('../../src/text/patterns.js');
    let builds = 0;
    const get = lazy(() => ({ built: ++builds }));
    expect(builds).toBe(0);
    const first = get();
    expect(builds).toBe(1);
    expect(get()).toBe(first);
    expect(get()).toBe(first);
    expect(builds).toBe(1);
    expect(first).toEqual({ built: 1 });
  });

  it('keeps a built undefined without building again', async () => {
    const { lazy } = await import('../../src/text/patterns.js');
    let builds = 0;
    const get = lazy(() => void builds++);
    get();
    get();
    expect(builds).toBe(1);
  });
});

describe('Bounded on hostile input', () => {
  it('skips the run a rejected match starts in, so a 100 KB run stays linear (the lookbehind was)', () => {
    const harmed = new Bounded('\\d+ people were injured', 'u', '\\p{L}\\d');
    const text = `x${'1'.repeat(100_000)} people were injured; 2 people were injured`;
    const started = performance.now();
    expect(spans(harmed.all(text))).toEqual(spans(text.matchAll(/(?<![\p{L}\d])\d+ people were injured/gu)));
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('Bounded after digits', () => {
  it('a failing number pattern on a long digit run stays linear (the lookbehind on digits is kept)', () => {
    const harmed = new Bounded('\\d+[ \\t]+(?:killed|injured)', 'u', '\\p{L}\\d.,');
    const text = `x${'0'.repeat(100_000)}!`;
    const started = performance.now();
    expect(harmed.all(text)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(250);
  });
});

describe('Gated', () => {
  // The capitalised-word scan of officials.ts, and initials ("V.A."). The gate must match wherever a match can begin.
  const cases: [string, RegExp][] = [
    ['[A-Z\\u00C0-\\uFFFF]', /\p{Lu}[\p{Ll}\p{M}]+/u],
    ['[A-Z\\u00C0-\\uFFFF]', /(?:\p{Lu}\.)+/u],
  ];

  it('finds what the pattern finds alone, on any text', () => {
    const alphabet = fc.constantFrom('a', 'A', 'É', 'é', '\u0301', ' ', '.', '1', 'Kyiv', '𝐀', '𝐚', '\u{1F600}', '\uD835', '\uDC00', 'Ж');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (text) => {
        for (const [gate, pattern] of cases) {
          expect(spans(new Gated(gate, pattern).all(text))).toEqual(spans(text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))));
        }
      }),
      { numRuns: 1000 },
    );
  });
});
