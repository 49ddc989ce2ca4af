/** Time linear in the input for each extractor's trigger repeated (scripts/scaling-cases.js): doubling the input must
 *  not more than triple the time. Small sizes here (~80 KB at n), larger ones in `npm run scaling`. */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import { CASES, MAX_RATIO, scale, sizeFor } from '../scripts/scaling-cases.js';

const CHARS = 80_000;
const RUNS = 3;

describe('time linear in the input', () => {
  it.each(CASES)('%s', (_, make) => {
    const n = sizeFor(make, CHARS);
    let result = scale(extract, make, n, RUNS);
    // Measured again once: on a shared machine a pause can fall on the larger size's every run; a quadratic step
    // fails both times.
    if (result.growth > MAX_RATIO) result = scale(extract, make, n, RUNS);
    const shown = result.times.map((t) => `${t.chars} chars: ${t.ms.toFixed(1)} ms`).join(', ');
    expect(result.growth, shown).toBeLessThanOrEqual(MAX_RATIO);
  }, 60_000);
});
