import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadData } from '../../src/data/load.js';
import { TitleEnds } from '../../src/extractors/title-ends.js';
import { alt, anyCase, sticky } from '../../src/text/patterns.js';
import { Bounded } from '../../src/text/scan.js';

const TITLES = loadData<{ before_name: string[] }>('titles.json').before_name;
const TITLE_WORD = new Bounded(String.raw`(?:${anyCase(alt(TITLES))})(?![\p{L}])`, 'u', String.raw`\p{L}`);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/** Whether title `b` can match as a whole word where the text reads `rest` (and more after it). */
const canOpen = (rest: string, b: string) => (rest.startsWith(b) && !isLetter(rest[b.length])) || b.startsWith(rest);

describe('what title-ends.ts assumes of the titles list', () => {
  it('has hits that overlap end together: no title starts inside another unless it is its last words', () => {
    for (const a of TITLES) {
      for (let p = 1; p < a.length; p++) {
        if (isLetter(a[p - 1])) continue;
        for (const b of TITLES) if (canOpen(a.slice(p), b)) expect(b, `${b} inside ${a}`).toBe(a.slice(p));
      }
    }
  });

  it('has no title that is another followed by more words', () => {
    for (const a of TITLES) for (const b of TITLES) if (a !== b) expect(b.startsWith(a) && !isLetter(b[a.length]), `${a} / ${b}`).toBe(false);
  });
});

/** The hits TitleEnds finds, walking the capitals as extractOfficials does. */
function found(text: string): number[] {
  const ends = new TitleEnds(TITLES, sticky(TITLE_WORD.pattern));
  const hits: number[] = [];
  for (const m of text.matchAll(/[A-Z][a-z]*/g)) {
    if (m.index > 0 && ' \t'.includes(text[m.index - 1])) {
      const hit = ends.hitBefore(text, m.index);
      if (hit >= 0) hits.push(hit);
    }
  }
  return hits;
}

/** The whole-text scan's hits that white space and a capital follow. */
function expected(text: string): number[] {
  return TITLE_WORD.all(text)
    .filter((m) => /^[ \t]+[A-Z]/.test(text.slice(m.index + m[0].length)))
    .map((m) => m.index);
}

describe('title hits found from the capitals after them', () => {
  it.each([
    'Governor Alexander Drozdenko said',
    'Belgorod Governor Vyacheslav Gladkov',
    'Defence Minister Andrei Belousov and Prime Minister Mishustin',
    'vice-governor Ivan Petrov, Vice-governor Ivan, vice-Governor Ivan',
    'the head governor Ivan; xgovernor Ivan; governors Ivan; GOVERNOR Ivan',
    'acting governor \t Ivan, Acting Governor Ivan, regional governor Oleh Kiper',
  ])('%s', (text) => {
    expect(found(text)).toEqual(expected(text));
  });

  it('agrees with the whole-text scan on texts made of title words', () => {
    const piece = fc.constantFrom(...TITLES, ...TITLES.map((t) => t[0].toUpperCase() + t.slice(1)), ' ', '  ', '\t', '-', 'x', 'Ivan', 'I', 'Acting', 'Minister', 'Governor', ', ', 'é', '1');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(found(text)).toEqual(expected(text));
      }),
      { numRuns: 3000 },
    );
  });
});
