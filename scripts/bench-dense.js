// The fact-dense benchmark corpus: paragraphs of the evaluation texts (corpus/dev/en and corpus/seed, reports in
// which nearly every sentence carries a fact) recombined by a seeded PRNG into articles of 3 to 8 paragraphs, until
// the text reaches the size asked for. Each article takes the reference date of the text its first paragraph came
// from. The same (bytes, seed) always gives the same articles. The synthetic corpus (bench-corpus.js) is the other
// end: three sentences in four there carry no fact.
import { readdirSync, readFileSync } from 'node:fs';
import { prng } from './bench-corpus.js';

const ROOT = new URL('../', import.meta.url);
export const DENSE_SETS = ['corpus/dev/en', 'corpus/seed'];

/** Every non-blank paragraph of the sets' texts, with its text's reference date. */
export function paragraphs() {
  const found = [];
  for (const set of DENSE_SETS) {
    const dir = new URL(`${set}/`, ROOT);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.gold.json')).sort()) {
      const date = JSON.parse(readFileSync(new URL(file, dir), 'utf8')).reference_date ?? null;
      const text = readFileSync(new URL(file.replace(/\.gold\.json$/, '.txt'), dir), 'utf8').replace(/^\uFEFF/, '');
      for (const paragraph of text.split(/\r?\n/)) if (paragraph.trim()) found.push({ paragraph: paragraph.trim(), date });
    }
  }
  return found;
}

/** Yields articles `{id, text, date}` until their texts add up to `bytes` (UTF-8). */
export function* denseCorpus({ bytes, seed = 1 }) {
  const pool = paragraphs();
  const random = prng(seed);
  const pick = () => pool[Math.floor(random() * pool.length)];
  let total = 0;
  for (let i = 1; total < bytes; i++) {
    const drawn = Array.from({ length: 3 + Math.floor(random() * 6) }, pick);
    const text = `${drawn.map((d) => d.paragraph).join('\n\n')}\n`;
    total += Buffer.byteLength(text);
    yield { id: `dense-${String(i).padStart(6, '0')}`, text, date: drawn[0].date };
  }
}
