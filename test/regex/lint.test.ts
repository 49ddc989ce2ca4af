/** Static ReDoS lint (recheck) over every regex in the project. Slow (about a minute), so it runs in CI through
 *  `npm run lint:regex`, not in `npm test`. A pattern recheck calls vulnerable must be fixed, or listed below with
 *  the reason its input is bounded; the dynamic check in redos.test.ts runs on every pattern either way. */
import { readFileSync } from 'node:fs';
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { constructedRegexes, literalRegexes, unique } from './collect.js';

/** Reviewed: recheck finds polynomial backtracking, but each runs only on a short, bounded slice, or recheck's own
 *  attack string, pumped to 100 KB, runs in under 10 ms (measured 2026-11-25). Keys are source prefixes. */
const BOUNDED: Record<string, string> = {
  "(?<![\\p{L}-])(?<list>": 'gazetteer/find.ts TYPE_FORM, UNIT_FORM: run only on the ~220 characters before a type word',
  '(?<![\\p{L}\\d])(?<num>(?:half': 'numbers in casualties/damage: "two\\thundred one" + "\\tsix" x 27,387 runs in 7 ms',
  '(?<![A-Za-z\\d])(?<num>(?:half': 'the ASCII twin (text/ascii.ts) of the line above: the same attack runs in 5 ms (2026-11-26)',
  '(?<![\\d])(?<num>(?:half': 'casualties PEOPLE_HARMED, letter boundary in code (text/scan.ts Bounded): its attack, "\\tten" pumped to 200 KB, runs in 10 ms',
  '(?:no (?:one|body)': 'casualty "none" phrases (boundary in code): its attack, "nn" pumped to 300 KB, runs in 2 ms',
  '[\\s,;:]+$': 'dates.ts: on a chrono result, at most a window of ~100 characters',
  '^(?:,?[ \\t]*(?:and|or)?[ \\t]*|,[ \\t]*)$': 'drone-counts.ts: the gap between two adjacent place mentions',
  '(?:^|\\n)\\s*$': 'locations.ts: on the 40 characters before a mention',
  '(?<![A-Za-z\\d.,:/-])(?<num>(?:half': 'drone-counts.ts BARE_NUMBER and NUMBER_VERB, ASCII twins: within one sentence, at most 2,000 characters (text/run-on.ts); redos.test.ts times them on 100 KB',
  '(?<![\\p{L}\\d.,:/-])(?<num>(?:half': 'drone-counts.ts BARE_NUMBER (sticky at number starts) and NUMBER_VERB: within one sentence, at most 2,000 characters (text/run-on.ts)',
  '(?:(?:no fewer than|approximately': 'list-lines.ts ITEM: sticky at item starts, in at most the first 300 characters of a line',
  ';|:|—|–|,\\s+(?:and|but': 'damage.ts CLAUSE_BREAK: on one sentence, at most 2,000 characters (text/run-on.ts)',
  '(?:(?<!\\bthe[ \\t]+': 'gazetteer/not-here.ts REFERENCE_BEFORE: on the 60 characters before a mention, and only where they end in of, from, the or \'s',
  '(?:^|[\\r\\n])[ \\t]*(?:[-•*': 'list-lines.ts LEAD: on the 30 characters before a place',
  '(?:(?:(?:четырнадцат': 'ru/drone-counts.ts ORDINAL_BEFORE: on the 30 characters before a count',
  '([\\p{L}.]+)$': 'sentences.ts: on the 12 characters before a full stop',
};

const seed = readFileSync(new URL('../../fixtures/leningrad-drones.txt', import.meta.url), 'utf8');

describe.runIf(process.env.RECHECK === '1')('recheck lint', () => {
  it('finds no vulnerable pattern outside the reviewed bounded ones', async () => {
    const constructed = await constructedRegexes(async () => {
      const { extract } = await import('../../src/extract.js');
      extract(seed, {});
    });
    const flagged: string[] = [];
    for (const r of unique([...literalRegexes(), ...constructed])) {
      if (Object.keys(BOUNDED).some((prefix) => r.source.startsWith(prefix))) continue;
      const { status } = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 10_000 });
      if (status === 'vulnerable') flagged.push(`${r.where}: /${r.source.slice(0, 120)}/${r.flags}`);
    }
    expect(flagged).toEqual([]);
  }, 900_000);
});
