import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE, pieceEnd } from '../../src/text/run-on.js';
import { splitSentences } from '../../src/text/sentences.js';

describe('a run-on sentence goes in pieces of at most MAX_SENTENCE', () => {
  it('a sentence of news is one piece', () => {
    const text = 'Air defences destroyed 12 drones over the Belgorod region overnight; no one was hurt, the governor said.';
    expect(pieceEnd(text, 0, text.length)).toBe(text.length);
    expect(splitSentences(text).map((s) => s.text)).toEqual([text]);
  });

  it('cuts after the last semicolon in reach, though commas and spaces come after it', () => {
    const text = `${'a'.repeat(1500)}; ${'b, '.repeat(400)}`;
    expect(pieceEnd(text, 0, text.length)).toBe(1501);
  });

  it('with no semicolon, after the last comma; with neither, at the last white space', () => {
    const commas = `${'word '.repeat(250)}${'x, '.repeat(400)}`;
    const commaCut = pieceEnd(commas, 0, commas.length);
    expect(commas[commaCut - 1]).toBe(',');
    expect(commaCut).toBeGreaterThan(MAX_SENTENCE - 3);
    const words = '2 people were injured and '.repeat(200);
    const spaceCut = pieceEnd(words, 0, words.length);
    expect(words[spaceCut - 1]).toBe(' ');
    expect(spaceCut).toBeLessThanOrEqual(MAX_SENTENCE);
  });

  it('a run with no place to cut is cut hard, never between the halves of a surrogate pair', () => {
    const letters = 'x'.repeat(MAX_SENTENCE - 1) + '𝐀'.repeat(10);
    expect(pieceEnd(letters, 0, letters.length)).toBe(MAX_SENTENCE - 1);
    const plain = 'x'.repeat(3 * MAX_SENTENCE);
    expect(pieceEnd(plain, 0, plain.length)).toBe(MAX_SENTENCE);
  });

  it('splitSentences: every piece within the bound, trimmed, with its offsets; the rest of the text as before', () => {
    const runOn = 'Windows were shattered in 5 houses and '.repeat(300);
    const text = `First sentence. ${runOn}\nLast one.`;
    const sentences = splitSentences(text);
    expect(sentences[0].text).toBe('First sentence.');
    expect(sentences[sentences.length - 1].text).toBe('Last one.');
    expect(sentences.length).toBeGreaterThan(2 + runOn.length / MAX_SENTENCE - 1);
    for (const [i, s] of sentences.entries()) {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
      expect(s.text.length).toBeLessThanOrEqual(MAX_SENTENCE);
      expect(s.text).toBe(s.text.trim());
    }
    // Nothing but white space lies between the pieces of the run-on.
    const joined = sentences.slice(1, -1).map((s) => s.text).join(' ');
    expect(joined).toBe(runOn.trim());
  });
});
