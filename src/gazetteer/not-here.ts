/** Mentions of a place that say nothing happened there (corpus/FORMAT.md, conventions):
 *  - a dateline: "MOSCOW, Feb 11 /TASS/ -", "Kyiv, 22.12.2023", "KYIV (Reuters) -";
 *  - a capital that acts: "Kyiv, for its part, has denied", "Moscow's invasion", "What is Moscow saying?";
 *  - a reference point: "155 miles north of the Luhansk region", "west of Kyiv", "200 km from Moscow" (but "the north
 *    of the Kursk region" is in it);
 *  - a sea named to describe something else: "the Black Sea port", "Crimea, the Black Sea peninsula".
 *  The gazetteer finds them as places; they are dropped before any rule reads them. */
import { loadData } from '../data/load.js';
import { alt } from '../text/patterns.js';
import { isLineEnd } from '../text/chars.js';
import type { LocationMention } from './find.js';

interface NotHere {
  capitals: string[];
  possessive_actor_nouns: string[];
  actor_after: string[];
  actor_verbs: string[];
  directions: string[];
  distance_units: string[];
  sea_described: string[];
}

const W = loadData<NotHere>('not-here.json');
const CAPITALS = new Set(W.capitals.map((c) => c.toLowerCase()));
const MONTH = '(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?';
/** What follows a dateline's place: a date, an agency in brackets, a dash. */
const DATELINE_AFTER = new RegExp(`^(?:,[ \\t]*(?:\\d{1,2}[./]\\d{1,2}(?:[./]\\d{2,4})?|${MONTH}[ \\t]+\\d|\\d{1,2}[ \\t]+${MONTH})|[ \\t]*\\((?:Reuters|AP|AFP|TASS|RIA|Interfax|Ukrinform|UNIAN|dpa|Bloomberg)\\)|,?[ \\t]*[—–](?![ \\t]*\\d))`);
/** Whether only spaces and tabs stand between the line's start and `at`. */
function atLineStart(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  return i === 0 || isLineEnd(text.charCodeAt(i - 1));
}
const ACTOR_AFTER = new RegExp(
  `^(?:['’]s[ \\t]+(?:${alt(W.possessive_actor_nouns)})(?![\\p{L}-])` +
    `|,[ \\t]+(?:${alt(W.actor_after)}),` +
    `|[ \\t]+(?:${alt(W.actor_verbs)})(?![\\p{L}-])` +
    `|[ \\t]+(?:saying|claiming)\\?)`,
  'u',
);
/** "What is Moscow saying?" */
const ASKED = /\b(?:is|does|did|will|has)[ \t]+$/;
const REFERENCE_BEFORE = new RegExp(
  `(?:(?<!\\bthe[ \\t]+(?:(?:far|extreme|very)[ \\t]+)?)\\b(?:${alt(W.directions)})[ \\t]+of|\\d[\\d,.]*[ \\t]*(?:${alt(W.distance_units)})[ \\t]+(?:(?:${alt(W.directions)})[ \\t]+)?(?:of|from))[ \\t]+(?:the[ \\t]+)?(?:(?:Russia|Ukraine|Belarus)['’]s[ \\t]+)?(?:(?:city|town|village|capital)[ \\t]+of[ \\t]+)?$`,
  'i',
);

const SEA_AS_ADJECTIVE = new RegExp(`^[ \\t]+(?:${alt(W.sea_described)})(?![\\p{L}-])`, 'u');

/** A word REFERENCE_BEFORE needs, looked for first: most mentions have none before them. */
const REFERENCE_WORD = /north|south|east|west|km|kilomet|mile|mi /;
/** What REFERENCE_BEFORE ends in, before the spaces: "of", "from", "the", "Russia's". */
const REFERENCE_ENDS = ['of', 'from', 'the', "'s", '’s'];

/** Whether the text before `end` ends in `word`, its ASCII letters in either case. */
function endsInWord(text: string, end: number, word: string): boolean {
  if (end < word.length) return false;
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(end - word.length + i);
    const w = word.charCodeAt(i);
    if (c !== w && !(w >= 0x61 && w <= 0x7a && (c | 0x20) === w)) return false;
  }
  return true;
}

/** Whether the text before `at` ends as REFERENCE_BEFORE must: one of its last words, then spaces or tabs. Read from
 *  the end in code; a pattern anchored at the end is tried from every character of the text before. */
function mayEndReference(text: string, at: number): boolean {
  let end = at;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--;
  if (end === at) return false;
  return REFERENCE_ENDS.some((word) => endsInWord(text, end, word));
}

/** Each test reads the text around the mention only when the mention can be of its kind: most are of none. */
export function notHere(text: string, m: LocationMention): boolean {
  // The end-anchored pattern is tried only where its last word can stand.
  if (mayEndReference(text, m.start)) {
    const lead = text.slice(Math.max(0, m.start - 60), m.start);
    if (REFERENCE_WORD.test(lead) && REFERENCE_BEFORE.test(lead)) return true;
  }
  if (m.code?.startsWith('SEA:') && SEA_AS_ADJECTIVE.test(text.slice(m.end, m.end + 40))) return true;
  const capital = CAPITALS.has(m.text.toLowerCase());
  const lineStart = atLineStart(text, m.start);
  if (!capital && !lineStart) return false;
  const next = text.slice(m.end, m.end + 40);
  if (lineStart && DATELINE_AFTER.test(next) && (capital || m.text === m.text.toUpperCase() || /^,/.test(next))) return true;
  if (!capital) return false;
  return ACTOR_AFTER.test(next) || (ASKED.test(text.slice(Math.max(0, m.start - 60), m.start)) && /^[ \t]+(?:saying|doing|planning|claiming)\b/.test(next));
}
