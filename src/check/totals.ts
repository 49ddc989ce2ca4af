/** Parts vs totals: "94 drones ... 41 over Crimea, 24 in Bryansk Oblast, 7 ..., 6 ..., 6 ..." adds up to 84, not 94. */
import type { DroneCountRecord, Warning } from '../types.js';

/** Each total (a count tied to no region) with the regional counts that follow it, up to the next total.
 *  Counts nested in a part ("seven over the Moscow region, five of which ...") are not parts of the total. */
export function checkTotals(counts: readonly DroneCountRecord[]): Warning[] {
  const warnings: Warning[] = [];
  if (counts.length < 3) return warnings; // a total and two parts at the least
  const ordered = [...counts].sort((a, b) => a.start - b.start);
  for (let i = 0; i < ordered.length; i++) {
    const total = ordered[i];
    if (total.region !== null) continue;
    const parts: DroneCountRecord[] = [];
    // Indexed, not a slice of the rest for every total (quadratic copies in a long list of totals).
    for (let j = i + 1; j < ordered.length; j++) {
      const c = ordered[j];
      if (c.region === null) break;
      if (!c.rule.startsWith('drone_count/of-which') && !c.rule.includes('+nested')) parts.push(c);
    }
    if (parts.length < 2) continue;
    const sum = parts.reduce((s, c) => s + c.count, 0);
    if (sum !== total.count) {
      warnings.push({
        code: 'parts-total-mismatch',
        message: `per-region counts ${parts.map((c) => c.count).join('+')} = ${sum} do not add up to the stated total ${total.count} ("${total.text}")`,
      });
    }
  }
  return warnings;
}
