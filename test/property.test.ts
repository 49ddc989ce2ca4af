/** Properties that hold for any input: extraction never throws, every record's evidence indexes the input,
 *  confidence stays in [0, 1], and the article validates against the shipped JSON Schema. */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';

const schema = JSON.parse(readFileSync(new URL('../schema/article.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allowUnionTypes: true }).compile(schema);
const fixtures = readdirSync(new URL('../fixtures/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8'));

function holds(text: string, referenceDate: string | null = null): void {
  const article = extract(text, { source: 'prop', referenceDate });
  for (const r of article.records) {
    expect(text.slice(r.start, r.end)).toBe(r.text);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
  }
  expect(validate(JSON.parse(JSON.stringify(article))), JSON.stringify(validate.errors)).toBe(true);
}

/** A fixture with random edits: deletions, insertions of hostile pieces, duplicated and swapped slices. */
const edited = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.array(
      fc.record({
        at: fc.nat(),
        length: fc.nat({ max: 200 }),
        kind: fc.constantFrom('delete', 'insert', 'repeat', 'rotate'),
        piece: fc.oneof(fc.string(), fc.fullUnicodeString(), fc.constantFrom(' 94 drones ', 'Oblast', '«', '\r\n', '\u0000', '😀', 'e\u0301', '12-13 March', ' each')),
      }),
      { maxLength: 8 },
    ),
  )
  .map(([text, edits]) =>
    edits.reduce((t, { at, length, kind, piece }) => {
      const i = at % (t.length + 1);
      if (kind === 'delete') return t.slice(0, i) + t.slice(i + length);
      if (kind === 'insert') return t.slice(0, i) + piece + t.slice(i);
      if (kind === 'repeat') return t.slice(0, i) + t.slice(i, i + length).repeat(3) + t.slice(i + length);
      return t.slice(i) + t.slice(0, i);
    }, text),
  );

describe('for any input', () => {
  it('arbitrary strings: no throw, evidence indexes the input, schema-valid', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.unicodeString()), (text) => holds(text)), { numRuns: 300 });
  });

  it('fixture texts with random edits, with and without a reference date', () => {
    fc.assert(
      fc.property(edited, fc.option(fc.constantFrom('2024-12-15', '2023-01-01')), (text, date) => holds(text, date)),
      { numRuns: 150 },
    );
  });
});
