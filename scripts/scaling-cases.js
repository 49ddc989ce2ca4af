// Hostile inputs for the scaling check (test/scaling.test.ts, `npm run scaling`): for each extractor, a phrase that
// triggers it, repeated n times. Written as one run-on "sentence" (no full stop: a text dump, a scraped table), and
// as many short sentences, so both a per-sentence step and a per-article step that is quadratic show.

/** [name, the text at size n]. */
export const CASES = [
  ['counts', (n) => '5 drones '.repeat(n)],
  ['counts, breakdown', (n) => `Air defences destroyed ${n} drones: ${'41 over Crimea, 24 over the Bryansk region, '.repeat(n)}`],
  ['damage', (n) => 'windows were shattered in 5 houses and '.repeat(n)],
  ['casualties', (n) => '2 people were injured and '.repeat(n)],
  ['dates', (n) => 'on 13 December and '.repeat(n)],
  ['officials', (n) => 'Governor Vyacheslav Gladkov said and Bryansk Oblast Governor Alexander Bogomaz wrote '.repeat(n)],
  ['places', (n) => 'in the Belgorod region, over Bryansk Oblast and near Taganrog '.repeat(n)],
  ['list lines', (n) => `Air defences destroyed ${n} drones overnight:\n${'– 7 over the Smolensk region\n'.repeat(n)}`],
  ['"each" lists', (n) => 'two drones each were downed over the Kursk and Tambov regions and one each over the Oryol, '.repeat(n)],
  ['officials and counts', (n) => Array.from({ length: n }, (_, i) => `Governor Vyacheslav Gladkov said ${i + 1} drones were shot down. `).join('')],
  ['sentences', (n) => 'Air defences destroyed 12 drones over the Belgorod region on 13 December, Governor Vyacheslav Gladkov said, and 2 people were injured. '.repeat(n)],
];

/** CPU time of fn in ms: on a shared machine the wall clock also counts the time other work held the CPU. */
function cpuMs(fn) {
  const t0 = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}

/** The n at which a case's text is about `chars` long. */
export const sizeFor = (make, chars) => Math.max(1, Math.round(chars / (make(2).length - make(1).length)));

/** Times of `extract` on a case at n, 2n and 4n, the two doubling ratios, and the time factor per doubling from n to
 *  4n. Each size's time is the least of
 *  `runs`, the run disturbed least; the sizes take turns, so the compiler's warming up and a collector's pause
 *  fall on them alike, after a few runs to warm up. */
export function scale(extract, make, n, runs) {
  const texts = [n, 2 * n, 4 * n].map((size) => ({ size, text: make(size) }));
  for (let i = 0; i < 3; i++) extract(texts[0].text);
  const best = texts.map(() => Infinity);
  for (let r = 0; r < runs; r++) {
    texts.forEach(({ text }, i) => (best[i] = Math.min(best[i], cpuMs(() => extract(text, { referenceDate: '2024-12-15' })))));
  }
  const times = texts.map(({ size, text }, i) => ({ size, chars: text.length, ms: best[i] }));
  return { times, ratios: [times[1].ms / times[0].ms, times[2].ms / times[1].ms], growth: Math.sqrt(times[2].ms / times[0].ms) };
}

/** Doubling the input may at most triple the time: linear work doubles it, quadratic work quadruples it. Judged on
 *  `growth`, the factor per doubling from n to 4n: a single doubling of small sizes on a shared machine ranged over
 *  1.1-3.3 for linear work, their product over 3.3-6.4 (a quadratic step gives 16). */
export const MAX_RATIO = 3;
