// A deterministic corpus for the benchmark and the batch tests: articles recombined from the fixtures' sentences and
// the templates in bench-templates.js, with regions, places, officials, counts and dates drawn from src/data by a
// seeded PRNG. The same (n, seed) always gives the same articles.
import { readFileSync, readdirSync } from 'node:fs';
import { FACTS, FILLER, MONTHS, NUMBER_WORDS, SHAPE, WEEKDAYS } from './bench-templates.js';

const ROOT = new URL('../', import.meta.url);
const data = (file) => JSON.parse(readFileSync(new URL(`src/data/${file}`, ROOT), 'utf8'));

/** mulberry32: small, fast, good enough to draw test data from. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function loadPools() {
  const regions = data('regions.json').regions.filter((r) => /^(RU|UA)-/.test(r.code));
  const places = data('places.json').places;
  const officials = data('officials.json').officials.filter((o) => o.region && o.to === null);
  const fixtureSentences = readdirSync(new URL('fixtures/', ROOT))
    .filter((f) => f.endsWith('.txt'))
    .flatMap((f) => readFileSync(new URL(`fixtures/${f}`, ROOT), 'utf8').split(/(?<=[.!?»])\s+(?=[A-Z«])/))
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  return { regions, places, officials, fixtureSentences };
}

function weighted(items, random) {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let x = random() * total;
  for (const item of items) if ((x -= item.weight) < 0) return item;
  return items[items.length - 1];
}

/** Yields n articles `{id, text, date, url}`. */
export function* corpus({ n, seed = 1 }) {
  const pools = loadPools();
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
  const regionName = (r) => (r.types.length && r.stems.length && random() < 0.4 ? `${pick(r.stems)} ${pick(r.types)}` : r.name);
  const count = (lo, hi) => {
    const value = int(lo, hi);
    return value <= NUMBER_WORDS.length && random() < 0.3 ? NUMBER_WORDS[value - 1] : String(value);
  };
  for (let i = 1; i <= n; i++) {
    const reference = new Date(Date.UTC(2023, 0, 1) + int(0, 3 * 365) * 86_400_000);
    const date = reference.toISOString().slice(0, 10);
    const day = new Date(reference.getTime() - int(0, 2) * 86_400_000);
    const official = pick(pools.officials);
    const fill = (template) =>
      template
        .replaceAll('{region}', () => regionName(pick(pools.regions)))
        .replaceAll('{region2}', () => regionName(pick(pools.regions)))
        .replaceAll('{place}', () => pick(pools.places).name)
        .replaceAll('{n}', () => count(3, 120))
        .replaceAll('{n2}', () => count(1, 12))
        .replaceAll('{n3}', () => count(1, 12))
        .replaceAll('{date}', () => (random() < 0.5 ? `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}` : `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]}`))
        .replaceAll('{weekday}', () => WEEKDAYS[day.getUTCDay() === 0 ? 6 : day.getUTCDay() - 1])
        .replaceAll('{official}', official.name)
        .replaceAll('{title}', official.role === 'governor' ? 'Governor' : 'Regional head');
    const sentences = [];
    const length = int(SHAPE.minSentences, SHAPE.maxSentences);
    for (let s = 0; s < length; s++) {
      if (random() < SHAPE.factShare) sentences.push(fill(weighted(FACTS, random).text));
      else sentences.push(random() < 0.5 && pools.fixtureSentences.length ? pick(pools.fixtureSentences) : pick(FILLER));
    }
    // Paragraphs of two to four sentences, as news copy comes.
    const paragraphs = [];
    while (sentences.length) paragraphs.push(sentences.splice(0, int(2, 4)).join(' '));
    const id = `art-${String(i).padStart(7, '0')}`;
    yield { id, text: paragraphs.join('\n') + '\n', date, url: `https://news.example/${date}/${id}` };
  }
}
