/** Breakdowns laid out as lines: a region at the head of a line, a separator, then its counts.
 *    "Belgorod region - one destroyed, two more intercepted;"
 *    "• Kaluga Region — 4"
 *    "Kursk: 12"
 *    "Voronezh, Smolensk and Tula regions — 1 each"
 *  Each count is tied to the line's region (rule drone_count/list-line); several regions with "each" give one count
 *  per region, several without it one count for all (region null). */
import { loadData } from '../data/load.js';
import { firstAtOrAfter, type Doc } from '../document.js';
import type { LocationMention } from '../gazetteer/find.js';
import { NUMBER_SOURCE, parseNumber } from '../text/numbers.js';
import { alt } from '../text/patterns.js';
import { isLineEnd } from '../text/chars.js';

interface DroneWords {
  drone_nouns: string[];
  breakdown_verbs: string[];
  actions: Record<string, string[]>;
  qualifiers: Record<string, string[]>;
}

const W = loadData<DroneWords>('drone-words.json');

export interface LineCount {
  start: number;
  end: number;
  count: number;
  codes: (string | null)[];
}

/** What may open a line before its region: white space, a bullet, a list number, a table bar, "the". */
const LEAD = /(?:^|[\r\n])[ \t]*(?:[-•*–—·▪►‣|]|\d{1,2}[.)])?[ \t]*(?:the[ \t]+)?(?:Republic[ \t]+of[ \t]+)?$/i;
/** The characters LEAD can end in before a region: most mentions follow none of them and are passed over at once. */
const LEAD_END = /[\r\n•*–—·▪►‣|.)ef-]/i;
/** Between two regions of one line: "Voronezh, Smolensk and Tula regions". */
const JOIN = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:the[ \t]+)?$/;
const TYPE_WORDS = /^[ \t]+(?:regions|oblasts|krais|republics|territories|provinces)\b/i;
const SEPARATOR = /^[ \t]*(?:[:—–|]|-(?!\d))[ \t]*/;
/** One item of the line: a number, then the end of the item, a drone noun or a verb ("one destroyed", "two more
 *  intercepted", "4", "1 each", "three UAVs"). A number before anything else ("12 houses") is no count. */
const ITEM = new RegExp(
  `(?:(?:${alt(Object.values(W.qualifiers).flat())})[ \\t]+)?(?<num>${NUMBER_SOURCE})(?:[ \\t]+more)?(?<each>[ \\t]+(?:each|apiece))?` +
    `(?=[ \\t]*(?:$|[,;.)]|(?:and|plus)(?![\\p{L}])|(?:${alt([...W.drone_nouns, ...W.breakdown_verbs, ...Object.values(W.actions).flat()])})(?![\\p{L}])))`,
  'iuy',
);
const SPACE = /[ \t]*/y;
/** Where one item ends and the next may begin. */
const ITEM_BREAK = /[,;]|[ \t](?:and|plus)[ \t]/g;
const ITEMS_WITHIN = 300;

const countable = (l: LocationMention) => l.code !== null && l.code !== 'RU' && l.code !== 'UA';

/** The counts of every list line of the text whose neighbourhood is about drones (`aboutDrones` of its span). */
export function listLineCounts(doc: Doc, locations: readonly LocationMention[], aboutDrones: (start: number, end: number) => boolean): LineCount[] {
  const { text } = doc;
  const out: LineCount[] = [];
  for (let i = 0; i < locations.length; ) {
    const first = locations[i];
    const lineStart = lineHead(text, first.start);
    if (lineStart < 0 || !countable(first)) {
      i++;
      continue;
    }
    // The line, as far as a breakdown line can reach: a long one costs no more.
    const window = text.slice(first.end, first.end + ITEMS_WITHIN);
    const cut = window.search(/[\r\n]/);
    const lineEnd = first.end + (cut < 0 ? window.length : cut);
    const group = [first];
    while (++i < locations.length && locations[i].end <= lineEnd && countable(locations[i]) && JOIN.test(text.slice(group[group.length - 1].end, locations[i].start))) group.push(locations[i]);
    let at = group[group.length - 1].end;
    const type = TYPE_WORDS.exec(text.slice(at, lineEnd));
    if (type) at += type[0].length;
    const separator = SEPARATOR.exec(text.slice(at, lineEnd));
    if (!separator) continue;
    at += separator[0].length;
    const items = itemsOf(text.slice(at, lineEnd), at);
    if (!items.length || !aboutDrones(lineStart, lineEnd)) continue;
    const codes = [...new Set(group.map((l) => l.code))];
    for (const item of items) out.push({ ...item, codes: codes.length === 1 || item.each ? codes : [null] });
  }
  return out;
}

/** Where the line begins whose head is the place at `at` (only a bullet, a list number, "the" before it), or -1. */
function lineHead(text: string, at: number): number {
  let i = at;
  while (i > 0 && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return 0;
  if (!LEAD_END.test(text[i - 1])) return -1;
  const from = Math.max(0, at - 30);
  // LEAD opens at a line break in the slice or just before it: most places stand far from one.
  if (from > 0 && !hasLineBreak(text, from - 1, at)) return -1;
  const lead = LEAD.exec(text.slice(from, at));
  // The slice's start is a line's start only at the text's start or after a line break.
  if (!lead || (lead.index === 0 && from > 0 && !/[\r\n]/.test(lead[0]) && !/[\r\n]/.test(text[from - 1]))) return -1;
  return from + lead.index;
}

function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (isLineEnd(text.charCodeAt(k))) return true;
  return false;
}

function itemsOf(rest: string, offset: number): { start: number; end: number; count: number; each: boolean }[] {
  const items: { start: number; end: number; count: number; each: boolean }[] = [];
  const starts = [0, ...[...rest.matchAll(ITEM_BREAK)].map((m) => m.index + m[0].length)];
  for (const from of starts) {
    SPACE.lastIndex = from;
    ITEM.lastIndex = from + SPACE.exec(rest)![0].length;
    const m = ITEM.exec(rest);
    if (!m) continue;
    const count = parseNumber(m.groups!.num);
    if (!count) continue;
    const start = offset + m.index + m[0].indexOf(m.groups!.num);
    items.push({ start, end: offset + m.index + m[0].length, count, each: Boolean(m.groups!.each) });
  }
  return items;
}
