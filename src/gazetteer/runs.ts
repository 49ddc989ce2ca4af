/** Capitalised runs ("Nizhny Novgorod", "Rostov on Don", "The Kyiv City Military"), found once per text and split into
 *  words: the gazetteer scan looks names up in them, and the type-word scan looks for type words at and after them. */
import { asciiLettersOnly } from '../text/ascii.js';
import { UPPER_FIRST } from '../text/patterns.js';

// A capitalised word: "Bryansk", "Primorsko-Akhtarsk", "Rostov-on-Don", "Kharkiv’s" is cut at the apostrophe.
export const WORD = String.raw`\p{Lu}[\p{L}\p{M}]*(?:['’]\p{Ll}+(?<!['’]s))?(?:-\p{L}[\p{L}\p{M}]*)*`;
const NAME = String.raw`${WORD}(?:[ \t]+(?:(?:of|on|na|the)[ \t]+)?${WORD}){0,3}`;

const RUNS = new RegExp(UPPER_FIRST + NAME, 'gu');

/** RUNS for a text whose letters are all ASCII, where it finds the same runs: V8 tests a \p{...} class by a search of
 *  its ranges at every character, and over the benchmark corpus RUNS ran 44 ms, this 9 ms. */
const ASCII_RUNS = new RegExp(
  NAME.replaceAll(String.raw`[\p{L}\p{M}]`, '[A-Za-z]').replaceAll(String.raw`\p{Lu}`, '[A-Z]').replaceAll(String.raw`\p{Ll}`, '[a-z]').replaceAll(String.raw`\p{L}`, '[A-Za-z]'),
  'gu',
);

/** The runs of a text in order, and their words: run r is runText[r] at runStart[r], its words numbered
 *  firstWord[r] to firstWord[r + 1] - 1, word w at wordStart[w]..wordEnd[w] in the text. */
export interface Runs {
  ascii: boolean;
  runStart: number[];
  runText: string[];
  firstWord: number[];
  wordStart: number[];
  wordEnd: number[];
}

/** Every run of the text, as RUNS finds them, each split at its spaces and tabs (the only white space a run holds). */
export function capitalisedRuns(text: string, ascii = asciiLettersOnly(text)): Runs {
  const runs: Runs = { ascii, runStart: [], runText: [], firstWord: [], wordStart: [], wordEnd: [] };
  const pattern = ascii ? ASCII_RUNS : RUNS;
  pattern.lastIndex = 0;
  for (let run = pattern.exec(text); run; run = pattern.exec(text)) {
    const runText = run[0];
    runs.runStart.push(run.index);
    runs.runText.push(runText);
    runs.firstWord.push(runs.wordStart.length);
    for (let i = 0; i < runText.length; ) {
      while (i < runText.length && (runText.charCodeAt(i) === 32 || runText.charCodeAt(i) === 9)) i++;
      const start = i;
      while (i < runText.length && runText.charCodeAt(i) !== 32 && runText.charCodeAt(i) !== 9) i++;
      if (i === start) break;
      runs.wordStart.push(run.index + start);
      runs.wordEnd.push(run.index + i);
    }
  }
  runs.firstWord.push(runs.wordStart.length);
  return runs;
}
