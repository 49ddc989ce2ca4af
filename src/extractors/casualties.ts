/** Casualties: "one person was injured", "injuring one person", "two people have been taken to hospital", "2 killed",
 *  and "no casualties" / "nobody hurt" as zeros. One record per statement; a reader takes the largest figures, as
 *  the gold convention does for a toll given incident by incident (corpus/FORMAT.md). */
import { loadData } from '../data/load.js';
import { withEvidence, locationsIn, regionInForce, type Doc } from '../document.js';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.js';
import type { CasualtiesRecord } from '../types.js';
import { alt } from '../text/patterns.js';
import { Bounded, withAsciiTwins } from '../text/scan.js';
import { hint } from './word-gate.js';

interface CasualtyWords {
  people: string[];
  killed: string[];
  injured: string[];
  none: string[];
}

const W = loadData<CasualtyWords>('casualty-words.json');
/** "another man was injured" is one more; "another two people" is two, found at "two". */
const NUM = `(?<num>${NUMBER_SOURCE}|an?|another(?![ \\t]+(?:${NUMBER_SOURCE})))`;
const WHO = `(?:[\\p{L}\\d-]+[ \\t]+)?(?:${alt(W.people)})`;
/** Where the people were: "three people on board were injured", "a man in the town of Trubchevsk suffered injuries". */
const WHERE = `(?:[ \\t]+(?:there|inside|nearby|on[ \\t]+board|(?:in|on|at|from|near|inside|aboard)(?:[ \\t]+[\\p{L}\\d'’-]+){1,10}?))?`;
const HARM = `(?<harm>${alt(W.killed)}|${alt(W.injured)})`;
const BE = `(?:(?:were|was|have been|has been|had been|are|is|got|reportedly|reported|confirmed|also|later|been|left|known to be|said to be|believed to be|reported to be|seriously|slightly|lightly|critically|badly|fatally)[ \\t]+){0,3}`;
/** "one person was injured", "two people have been taken to hospital", "three civilians killed". */
// "Five people, including two children, were injured": an aside may stand between the people and the harm.
const ASIDE = `(?:,[^,.;]{1,40},)?`;
const PEOPLE_HARMED = new Bounded(`${NUM}[ \\t]+${WHO}${WHERE}${ASIDE}[ \\t]+${BE}${HARM}(?![\\p{L}])`, 'iu', '\\p{L}\\d');
/** "injuring one person", "killing two civilians". */
const HARMING = ['injuring', 'wounding', 'killing', 'injured', 'wounded', 'killed'];
const ABOUT = `(?:(?:at[ \\t]+least|more[ \\t]+than|over|about|around|some|up[ \\t]+to|nearly|almost|another)[ \\t]+)?`;
/** "killing two civilians", "wounded at least 10 others", "killed 13 people and wounded 37, officials said": the
 *  people may be left out when the clause ends at the number. */
const HARMING_PEOPLE = new Bounded(`(?<harm>${HARMING.join('|')})[ \\t]+${ABOUT}${NUM}(?:[ \\t]+${WHO}|(?=[ \\t]*(?:[,.;:)]|$|(?:and|in|on|across|during|overnight)(?![\\p{L}]))))(?![\\p{L}])`, 'iu', '\\p{L}');
/** "2 killed and 5 injured", "one dead". */
const HARMED = ['killed', 'dead', 'injured', 'wounded', 'hurt'];
const NUMBER_HARMED = new Bounded(`(?<num>${NUMBER_SOURCE}|another)(?:[ \\t]+(?:more|others?))?[ \\t]+(?<harm>${HARMED.join('|')})(?![\\p{L}])`, 'iu', '\\p{L}\\d.,');
/** "the death toll has risen to five", "the death toll stands at 12". */
const DEATH_TOLL = new Bounded(`death[ \\t]+toll[ \\t]+(?:has[ \\t]+|had[ \\t]+)?(?:risen|rose|climbed|increased|grown|stands|stood|reached|is|was)[ \\t]+(?:at[ \\t]+|to[ \\t]+)?(?<num>${NUMBER_SOURCE})(?![\\p{L}\\d])`, 'iu', '\\p{L}');
/** Each count pattern with a test its sentence must pass first: of the 2,487 benchmark sentences with a harm word,
 *  783 hold one of the few these two patterns name (a number-first pattern costs 10-15 ns a character to scan). */
const COUNTS = [
  { name: 'peopleHarmed', needs: null },
  { name: 'harmingPeople', needs: hint(HARMING) },
  { name: 'numberHarmed', needs: hint(HARMED) },
  { name: 'deathToll', needs: /toll/i },
] as const;
const NONE = new Bounded(`(?:${alt(W.none)})(?![\\p{L}])`, 'iu', '\\p{L}');
/** The unicode patterns, and their twins for texts whose letters are all ASCII (`Doc.ascii`). */
const PATTERNS = withAsciiTwins({ peopleHarmed: PEOPLE_HARMED, harmingPeople: HARMING_PEOPLE, numberHarmed: NUMBER_HARMED, deathToll: DEATH_TOLL, none: NONE });
const KILLED = new RegExp(`^(?:${alt(W.killed)})$`, 'i');
/** "Was anyone hurt? No one, according to Aksyonov.": the answer to a question about casualties. */
const NO_ONE_ANSWER = /^(?:No one|Nobody|None|No)\b/;
const ASKS_HARM = /\b(?:hurt|injured|wounded|killed|casualties|victims)\b/i;
const isQuestion = (sentence: string) => /\?\s*$/.test(sentence.slice(-8));
/** Sentences without one of these words hold no casualty figure: most are turned away before the patterns run. */
const HARM_WORD = /hurt|harm|death|injur|wound|kill|dead|die|casualt|victim|hospital|fatal|medical|perish|lost|burns|concuss|cut by/i;
const ONE = /^(?:an?|another)$/i;

export function extractCasualties(doc: Doc): CasualtiesRecord[] {
  const records: CasualtiesRecord[] = [];
  const rx = doc.ascii ? PATTERNS.ascii : PATTERNS.unicode;
  for (const sentence of doc.sentences) {
    const s = sentence.text;
    if (!HARM_WORD.test(s)) continue;
    const taken: [number, number][] = [];
    const push = (at: number, length: number, killed: number, injured: number, rule: string, confidence: number) => {
      if (taken.some(([a, b]) => at < b && at + length > a)) return;
      taken.push([at, at + length]);
      const start = sentence.start + at;
      // "A woman was injured in Zaporizhzhia": the place in the sentence, else the one in force.
      const here = locationsIn(doc, sentence.start, sentence.end).find((l) => l.code && l.code.length > 2);
      records.push(withEvidence({ type: 'casualties', killed, injured, region: here?.code ?? regionInForce(doc, start) }, doc, start, start + length, rule, confidence));
    };
    for (const { name, needs } of COUNTS) {
      if (needs && !needs.test(s)) continue;
      for (const m of rx[name].all(s)) {
        const raw = m.groups!.num;
        const n = ONE.test(raw) ? 1 : parseNumber(raw);
        if (n === null) continue;
        const killed = name === 'deathToll' || KILLED.test(m.groups!.harm);
        push(m.index, m[0].length, killed ? n : 0, killed ? 0 : n, 'casualties/count', 0.85);
      }
    }
    for (const m of rx.none.all(s)) push(m.index, m[0].length, 0, 0, 'casualties/none', 0.8);
  }
  for (const sentence of doc.sentences) {
    const previous = doc.sentences[sentence.index - 1];
    // Every answer opens with "N": the pattern is not called for the others.
    const answer = sentence.text.charCodeAt(0) === 0x4e ? NO_ONE_ANSWER.exec(sentence.text) : null;
    if (answer && previous && isQuestion(previous.text) && ASKS_HARM.test(previous.text)) {
      records.push(withEvidence({ type: 'casualties', killed: 0, injured: 0, region: regionInForce(doc, sentence.start) }, doc, sentence.start, sentence.start + answer[0].length, 'casualties/answer', 0.7));
    }
  }
  return records;
}
