/** Where a Russian drone count is: the places of its clause, a list's places in order, or, with none, the region of
 *  the official who speaks or of the whole article. Used by drone-counts.ts. */
import { firstAtOrAfter, locationsIn, sentenceOf, type Doc } from '../../document.js';
import type { LocationMention } from '../../gazetteer/find.js';
import type { CountContext } from '../drone-counts.js';

/** A clause ends at a stop, or at a comma that opens another item ("четыре БПЛА, над Калужской — два"). */
const CLAUSE_BREAK = /[.;!?]|,(?=[ \t\u00a0]*(?:над|в|во|на|по|под|у|из|с|со|за|при)[ \t\u00a0])/u;

/** Where the last clause of `head` begins: after its last comma, colon or stop followed by a space (0 if none). */
function clauseStartIn(head: string): number {
  for (let i = head.length - 2; i >= 0; i--) if (',;:.!?'.includes(head[i]) && /[ \t\u00a0]/.test(head[i + 1])) return i + 1;
  return 0;
}

export type Via = 'after' | 'before' | 'sentence' | 'of-them' | 'fallback' | 'list' | 'none';

export interface Found {
  start: number;
  end: number;
  count: number;
  rule: string;
  distributive: boolean;
  ofThem: boolean;
  codes?: (string | null)[];
  /** "8 из 10 дронов": over the place of the count that follows. */
  partOf?: boolean;
  /** Where a place must open for the count to stand: "11 над территорией Белгородской области". */
  placeAt?: number;
}

const countable = (l: LocationMention) => l.code !== null;
export const national = (l: LocationMention) => l.code === 'RU' || l.code === 'UA';

export const placeOpens = (doc: Doc, at: number) => doc.locations[firstAtOrAfter(doc.locations, at)]?.start === at;

/** Words that may stand between the places of one list: "над Белгородской и Воронежской областями, а также над
 *  акваториями Черного и Азовского морей", "над Тамбовской, Волгоградской, Орловской и Калужской". */
const LIST_GAP = /^[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:(?:и|а[ \t]+также|также)[ \t\u00a0]+)?(?:(?:над|в|во|на)[ \t\u00a0]+)?(?:(?:акватори\p{L}*|территори\p{L}*)[ \t\u00a0]+)?(?:\p{L}+[ \t\u00a0]+и[ \t\u00a0]+)?$/iu;

/** Regions of the first list of places in [start, end) (the last one, `last`): their codes in order, and whether the
 *  country itself is named. */
function codesIn(doc: Doc, start: number, end: number, last = false): { codes: string[]; national: boolean } {
  const mentions = locationsIn(doc, start, end).filter(countable);
  if (last) mentions.reverse();
  const group = mentions.slice(0, 1);
  for (const m of mentions.slice(1)) {
    const [a, b] = last ? [m, group[group.length - 1]] : [group[group.length - 1], m];
    if (!LIST_GAP.test(doc.text.slice(a.end, b.start))) break;
    group.push(m);
  }
  if (last) group.reverse();
  return { codes: [...new Set(group.filter((l) => !national(l)).map((l) => l.code!))], national: group.some(national) };
}

export interface Placed {
  codes: (string | null)[];
  via: Via;
  national: boolean;
}

/** Where a count is: the places after it in its clause ("семь — сбито над Брянской областью"), else before it in its
 *  clause ("над Крымом — шестнадцать"), else earlier in the sentence ("Ростовской области: там сбиты девятнадцать").
 *  Several places with no "по" make one count with no region. */
export function placeOf(doc: Doc, f: Found, previousEnd: number, nextStart: number): Placed {
  const sentence = sentenceOf(doc, f.start);
  const local = sentence.start;
  const rest = doc.text.slice(f.end, nextStart);
  const stop = CLAUSE_BREAK.exec(rest);
  const clauseEnd = f.end + (stop ? stop.index : rest.length);
  const head = doc.text.slice(Math.max(previousEnd, local), f.start);
  const clauseStart = Math.max(previousEnd, local) + clauseStartIn(head);
  const pick = (found: { codes: string[]; national: boolean }, via: Via): Placed | null => {
    if (found.national && !found.codes.length) return { codes: [null], via, national: true };
    if (!found.codes.length) return null;
    if (f.distributive) return { codes: found.codes, via, national: false };
    return { codes: [found.codes.length === 1 ? found.codes[0] : null], via, national: false };
  };
  return (
    pick(codesIn(doc, f.end, clauseEnd), 'after') ??
    pick(codesIn(doc, clauseStart, f.start, true), 'before') ??
    pick(codesIn(doc, Math.max(previousEnd, local), f.start, true), 'sentence') ?? { codes: [null], via: 'none', national: false }
  );
}

/** "сбито по 36 и 27 аппаратов соответственно" over "Над Краснодарским краем и Ростовской областью": the n-th count
 *  goes to the n-th region of the sentence. */
export function listRegions(doc: Doc, list: Found[]): void {
  const sentence = sentenceOf(doc, list[0].start);
  const { codes } = codesIn(doc, sentence.start, list[0].start, true);
  list.forEach((f, i) => (f.codes = codes.length === list.length ? [codes[i]] : [null]));
}

const BLANK_LINE = /\n[ \t]*\n/g;

/** A count with no place of its own: the region of the official who speaks in its paragraph, else of the only
 *  official named (when no ministry or air force speaks for the article), else the article's only region. */
export function fallbackRegion(doc: Doc, context: CountContext, at: number, soleRegion: string | null, articleClaimant: boolean): string | null {
  const sentence = sentenceOf(doc, at);
  const head = doc.text.slice(Math.max(0, at - 2000), at);
  const blank = [...head.matchAll(BLANK_LINE)].pop();
  const paragraphStart = blank ? at - head.length + blank.index : 0;
  const speaking = context.officials.filter((o) => o.region && o.start >= paragraphStart && o.start < sentence.end).pop();
  if (speaking) return speaking.region;
  const regional = new Set(context.officials.map((o) => o.region));
  if (regional.size === 1 && !regional.has(null) && !articleClaimant) return [...regional][0];
  return soleRegion;
}
