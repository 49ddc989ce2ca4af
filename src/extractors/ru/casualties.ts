/** Russian casualties: "ранения получили пять человек", "погибли двое", "один человек погиб, еще двое ранены",
 *  "пострадала местная жительница", "госпитализирован", and "пострадавших нет" / "без жертв" / "никто не пострадал" as
 *  zeros. One record per statement, as casualties.ts gives for English; the words are in casualty-words.ru.json. */
import { loadData } from '../../data/load.js';
import { firstAtOrAfter, locationsIn, regionInForce, withEvidence, type Doc } from '../../document.js';
import { alt, lazy } from '../../text/patterns.js';
import type { CasualtiesRecord } from '../../types.js';
import { cardinals, type Cardinal } from './numbers.js';

interface CasualtyWordsRu {
  people: string[];
  one_person: string[];
  killed: string[];
  injured: string[];
  /** Verb forms said only of a person: "госпитализирован" alone is one person. */
  only_people: string[];
  none: string[];
  rescue_failed: string;
}

const rules = lazy(() => {
  const W = loadData<CasualtyWordsRu>('casualty-words.ru.json');
  const word = (source: string, flags = 'iu') => new RegExp(`(?<![\\p{L}])(?:${source})(?![\\p{L}])`, flags);
  const KILLED = word(alt(W.killed));
  const HARM = word(`${alt(W.killed)}|${alt(W.injured)}`, 'giu');
  const PEOPLE = new RegExp(`^[ \\t]+(?:\\p{L}+(?:ых|их|ие|ые)[ \\t]+)?(?:${alt(W.people)})(?![\\p{L}])`, 'iu');
  const ONE_PERSON = new RegExp(`(?<![\\p{L}])(?:${alt(W.one_person)})(?![\\p{L}])`, 'iu');
  const ONLY_PEOPLE = new RegExp(`^(?:${alt(W.only_people)})$`, 'iu');
  const NONE = word(W.none.join('|'), 'giu');
  const RESCUE_FAILED = word(W.rescue_failed, 'giu');
  return { KILLED, HARM, PEOPLE, ONE_PERSON, ONLY_PEOPLE, NONE, RESCUE_FAILED };
});

/** "двое", "трое": a collective numeral is a count of people by itself. */
const COLLECTIVE = /^(?:дво|тро|четвер|пятер|шестер|семер|восьмер|девятер|десятер)\p{L}*$/iu;
const MORE_BEFORE = /(?<![\p{L}])(?:ещё|еще)[ \t]+$/iu;
const NEGATED = /(?<![\p{L}])(?:не|ни)[ \t]+$/iu;
/** A clause: the harm word and its number stand in one ("один человек погиб, еще двое ранены"); a dash does not part
 *  them ("пострадавших — трое"). */
const CLAUSE_BREAK = /[,;:()]/u;
const WINDOW = 40;
/** Sentences without one of these hold no casualty figure. */
const HARM_WORD = /погиб|убит|скончал|жизн|жертв|ранен|ранил|пострадав|пострадал|травм|госпитал|задел|спасти/iu;

/** The text of the clause around [start, end), within a window each side. */
function clauseAround(text: string, start: number, end: number): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < WINDOW && !CLAUSE_BREAK.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < WINDOW && !CLAUSE_BREAK.test(text[to])) to++;
  return { from, to };
}

/** The number of people a harm word is said of: a cardinal in its clause that counts people ("пять человек", "двое"),
 *  a person named alone ("пострадала местная жительница": one), a verb said only of a person ("госпитализирован"). */
function peopleHarmed(text: string, harm: { index: number; end: number; word: string }, numbers: readonly Cardinal[]): number | null {
  const { from, to } = clauseAround(text, harm.index, harm.end);
  const { PEOPLE, ONE_PERSON, ONLY_PEOPLE } = rules();
  // "Погибли 2 человека и еще 5 пострадали": the number nearest the harm word is its own.
  let best: Cardinal | null = null;
  const distance = (n: Cardinal) => (n.start >= harm.end ? n.start - harm.end : harm.index - n.end);
  for (let i = firstAtOrAfter(numbers, from); i < numbers.length && numbers[i].start < to; i++) {
    const n = numbers[i];
    if (n.end > to) continue;
    const raw = text.slice(n.start, n.end);
    // "и ещё 5 пострадали": a number after "ещё" right before its verb needs no noun
    const counted = COLLECTIVE.test(raw) || PEOPLE.test(text.slice(n.end, n.end + 40)) || (/^[ \t]+$/.test(text.slice(n.end, harm.index)) && MORE_BEFORE.test(text.slice(Math.max(0, n.start - 8), n.start)));
    if (counted && (!best || distance(n) < distance(best))) best = n;
  }
  if (best) return best.value;
  if (ONE_PERSON.test(text.slice(from, to))) return 1;
  return ONLY_PEOPLE.test(harm.word) ? 1 : null;
}

export function extractCasualtiesRu(doc: Doc): CasualtiesRecord[] {
  const { KILLED, HARM, NONE, RESCUE_FAILED } = rules();
  const records: CasualtiesRecord[] = [];
  for (const sentence of doc.sentences) {
    const s = sentence.text;
    if (!HARM_WORD.test(s)) continue;
    // Spans already read, sorted and apart: a statement is read once, by the first rule that finds it.
    const taken: { start: number; end: number }[] = [];
    let here: string | null | undefined;
    const push = (at: number, end: number, killed: number, injured: number, rule: string, confidence: number) => {
      const i = firstAtOrAfter(taken, at);
      if ((taken[i - 1] && taken[i - 1].end > at) || (taken[i] && taken[i].start < end)) return;
      taken.splice(i, 0, { start: at, end });
      const start = sentence.start + at;
      here ??= locationsIn(doc, sentence.start, sentence.end).find((l) => l.code && l.code.length > 2)?.code ?? null;
      records.push(withEvidence({ type: 'casualties', killed, injured, region: here ?? regionInForce(doc, start) }, doc, start, sentence.start + end, rule, confidence));
    };
    for (const m of s.matchAll(NONE)) push(m.index, m.index + m[0].length, 0, 0, 'casualties/ru-none', 0.8);
    // "бригада скорой помощи пыталась его реанимировать, но спасти пострадавшего не удалось"
    for (const m of s.matchAll(RESCUE_FAILED)) push(m.index, m.index + m[0].length, 1, 0, 'casualties/ru-died', 0.7);
    const numbers = cardinals(s);
    for (const m of s.matchAll(HARM)) {
      if (NEGATED.test(s.slice(Math.max(0, m.index - 8), m.index))) continue;
      const n = peopleHarmed(s, { index: m.index, end: m.index + m[0].length, word: m[0] }, numbers);
      if (n === null) continue;
      const killed = KILLED.test(m[0]);
      push(m.index, m.index + m[0].length, killed ? n : 0, killed ? 0 : n, 'casualties/ru-count', 0.8);
    }
  }
  return records;
}
