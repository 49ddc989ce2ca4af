/** The accuracy ratchet: per-set floors under each field's F1, the micro F1 and casualties accuracy
 *  (corpus/floors.json). A score below its floor is a regression; floors only ever rise. Pure. */
import { FIELDS, type Field, type Summary } from './score.js';

export type Measure = Field | 'micro' | 'casualties';
export const MEASURES: readonly Measure[] = [...FIELDS, 'micro', 'casualties'];

/** One set's floors: F1 per field and micro, accuracy for casualties. */
export type Floors = Record<Measure, number>;

export interface FloorsFile {
  about: string;
  /** Keyed by the set's directory, relative to the repository root ("corpus/dev/en"). */
  sets: Record<string, Floors>;
}

export function measured(summary: Summary): Floors {
  const fields = Object.fromEntries(FIELDS.map((field) => [field, summary.fields[field].f1])) as Record<Field, number>;
  return { ...fields, micro: summary.micro.f1, casualties: summary.casualties.accuracy };
}

const label = (measure: Measure) => (measure === 'casualties' ? 'casualties accuracy' : `${measure} F1`);
const three = (x: number) => x.toFixed(3);

/** One line for every measure below its floor: "corpus/dev/en: damage F1 0.801 is below its floor 0.864". */
export function belowFloors(set: string, summary: Summary, floors: Floors): string[] {
  const scores = measured(summary);
  // Floors are written to three decimals, rounded down: a score equal to its floor never fails on float noise.
  return MEASURES.filter((m) => scores[m] + 1e-9 < floors[m]).map((m) => `${set}: ${label(m)} ${three(scores[m])} is below its floor ${three(floors[m])}`);
}

/** The floors raised to today's scores (rounded down to three decimals); a floor is never lowered. */
export function raiseFloors(floors: Floors | undefined, summary: Summary): Floors {
  const scores = measured(summary);
  const down = (x: number) => Math.floor(x * 1000 + 1e-9) / 1000;
  return Object.fromEntries(MEASURES.map((m) => [m, Math.max(floors?.[m] ?? 0, down(scores[m]))])) as Floors;
}
