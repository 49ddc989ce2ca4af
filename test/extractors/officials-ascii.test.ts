/** extractOfficials reads a text whose letters are all ASCII in one pass over its capitals (title hits, commas after a
 *  name, known names) and any other text with the unicode scans; both must find the same officials. A letter beyond
 *  ASCII after the text (after a full stop, which no pattern reads across) sends it down the other path. */
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { findPlaces } from '../../src/document.js';
import { extractOfficials } from '../../src/extractors/officials.js';
import { asciiLettersOnly } from '../../src/text/ascii.js';
import { splitSentences } from '../../src/text/sentences.js';

function bothPaths(text: string) {
  const doc = { text, sentences: splitSentences(text), locations: findPlaces(text), referenceDate: '2025-06-01', ascii: asciiLettersOnly(text), language: 'en' as const };
  expect(doc.ascii).toBe(true);
  const other = `${text}. ж`;
  return [extractOfficials(doc), extractOfficials({ ...doc, text: other, ascii: asciiLettersOnly(other) })];
}

it.each([
  'Governor Alexander Drozdenko said. Oleh Kiper, head of the regional military administration, said two were hurt.',
  "Sean O'brien, the governor of Kursk region, said. Serhii Popko, who heads the Kyiv City Military Administration, wrote.",
  'Belgorod Governor Vyacheslav Gladkov and Defence Minister Andrei Belousov; Razvozhayev stressed it. vice-governor Ivan Petrov.',
])('%s', (text) => {
  const [ascii, unicode] = bothPaths(text);
  expect(ascii.records.length).toBeGreaterThan(0);
  expect(ascii).toEqual(unicode);
});

it('finds the same officials on both paths in texts made of names, titles and commas', () => {
  const piece = fc.constantFrom(
    'Governor', 'governor', 'Acting Governor', 'regional governor', 'Defence Minister', 'vice-governor', 'head', 'mayor',
    'Oleh Kiper', 'Gladkov', 'Vyacheslav Gladkov', 'Razvozhayev', "O'brien", 'Ivan', 'I', 'Kyiv', 'Belgorod Oblast',
    ' ', ' ', ' ', '\t', ', ', ', the ', ', who heads ', 'of the regional military administration', 'said', '. ', "'s", '-',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 16 }), (pieces) => {
      const [ascii, unicode] = bothPaths(pieces.join(''));
      expect(ascii).toEqual(unicode);
    }),
    { numRuns: 400 },
  );
});
