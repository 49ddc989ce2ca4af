/** Russian drone counts: "перехвачены и уничтожены 41 БПЛА: 24 над территорией Брянской области, 9 — над Курской",
 *  "по восемь БПЛА пришлось на Воронежскую и Ростовскую области", "шесть из них", "ещё три удалось подавить",
 *  "тридцатью пятью ударными БпЛА", "сбито по 36 и 27 аппаратов соответственно". The same records as drone-counts.ts
 *  gives for English; the words are in drone-words.ru.json. */
import { loadData } from '../../data/load.js';
import { firstAtOrAfter, locationsIn, sentenceOf, type Doc } from '../../document.js';
import { alt, lazy } from '../../text/patterns.js';
import type { Action, DroneCountRecord, Qualifier } from '../../types.js';
import type { CountContext } from '../drone-counts.js';
import { countRecords } from '../count-records.js';
import { cardinals, type Cardinal } from './numbers.js';
import { fallbackRegion, listRegions, national, placeOf, placeOpens, type Found, type Via } from './count-places.js';
import { RU_ORDINAL_SOURCE } from '../../text/numbers.js';

interface DroneWordsRu {
  drone_nouns: string[];
  context_nouns: string[];
  modifier_endings: string[];
  actions: Record<Exclude<Action, 'unknown'>, string[]>;
  qualifiers: Record<Exclude<Qualifier, 'exact'>, string[]>;
  claimants: { pattern: string; name: string }[];
  of_them: string[];
  more: string[];
  distributive: string[];
  respectively: string[];
  single_nouns: string[];
  /** Verbs of a tally reaching its number: "достигло двадцати шести". */
  reached: string[];
}

/** "семь — сбито над Брянской", "пять — в Волгоградской". */
const DASH_AFTER = /^[ \t\u00a0]*[—–][ \t\u00a0]/u;
/** "над Крымом — шестнадцать, над Калужской — семь". */
const DASH_BEFORE = /[—–][ \t\u00a0]*$/u;
const PART_OF = /^[ \t]+из[ \t]+$/u;
const PLACE_AFTER = /^[ \t\u00a0]+(?:над|в|во|на|под)[ \t\u00a0]+(?:(?:территори|акватори)\p{L}*[ \t\u00a0]+)?/iu;
const ITEM_END = /^[ \t\u00a0]*(?:[,.;)]|$|и[ \t])/u;
const PREPOSITION_BEFORE = /(?<![\p{L}])(?:в|во|на|у|о|об|обо|при|к|ко|с|со|из|от|до|по)[ \t]+$/iu;
const COLLECTIVE = /^(?:дво|тро|четвер|пятер|шестер|семер)\p{L}*$/iu;
/** The tally's number ends its clause: "достигло двадцати.", not "достигло двух человек". */
const TALLY_END = /^[ \t]*(?:[,.;:)—–]|$|(?:за|над|в|к|по)[ \t])/u;

const rules = lazy(() => {
  const W = loadData<DroneWordsRu>('drone-words.ru.json');
  const phrase = (words: readonly string[]) => alt(words).replace(/ /g, '[ \\t]+');
  const NOUN = `(?:${alt([...W.drone_nouns, ...W.context_nouns])})(?![\\p{L}])`;
  /** "украинских", "перехваченных и ликвидированных", "«Шахед»", "Shahed-136/131": words between a number and its noun. */
  const MOD = `(?:[«"„]?\\p{L}+(?:${alt(W.modifier_endings)})[»"“]?|и|[\\p{L}]+-\\d+(?:\\/\\d+)*)`;
  /** "41 БПЛА", "тридцатью пятью ударными БпЛА", "один из «шахедов»", "двенадцать беспилотников". */
  const NUMBER_NOUN = new RegExp(`^(?<of>[ \\t]+из)?(?:[ \\t]+${MOD}){0,4}[ \\t]+[«"„]?(?<noun>${NOUN})`, 'iu');
  /** "шесть из них". */
  const OF_THEM = new RegExp(`^[ \\t]+(?:${phrase(W.of_them)})(?![\\p{L}])`, 'iu');
  const SINGLE = new RegExp(`(?<![\\p{L}])(?:${alt(W.single_nouns)})(?![\\p{L}])`, 'giu');
  const ORDINAL_BEFORE = new RegExp(`(?:${RU_ORDINAL_SOURCE})[ \\t]+(?:\\p{L}+[ \\t]+){0,2}[«"„]?$`, 'iu');
  const OF_THEM_BEFORE = new RegExp(`(?<![\\p{L}])(?:${phrase(W.of_them)})[ \\t]+$`, 'iu');
  /** "ещё три удалось подавить", "ещё один врезался в дом": a verb of the list before the clause ends. */
  const ACTION_AHEAD = new RegExp(`^[^,.;!?]{0,40}?(?<![\\p{L}])(?:${alt(Object.values(W.actions).flat())})`, 'iu');
  const REACHED_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(W.reached)})[ \\t]+(?:(?:${phrase(Object.values(W.qualifiers).flat())})[ \\t]+)?$`, 'iu');
  /** The drones a tally is of, ending just before its verb ("сбитых дронов достигло"). */
  const DRONES_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(W.drone_nouns)})(?:[ \\t]+\\p{L}+){0,3}[ \\t]*$`, 'iu');
  const MORE_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(W.more)})[ \\t]+$`, 'iu');
  const EACH_BEFORE = new RegExp(`(?<![\\p{L}])(?:${alt(W.distributive)})[ \\t]+$`, 'iu');
  const STRONG_NOUN = new RegExp(`(?<![\\p{L}])(?:${alt(W.drone_nouns)})(?![\\p{L}])`, 'iu');
  const RESPECTIVELY = new RegExp(`(?<![\\p{L}])(?:${alt(W.respectively)})(?![\\p{L}])`, 'iu');
  const QUALIFIER_BEFORE = Object.entries(W.qualifiers).map(([q, words]) => [q as Qualifier, new RegExp(`(?<![\\p{L}])(?:${phrase(words)})[ \\t]+$`, 'iu')] as const);
  const ACTIONS = Object.entries(W.actions).map(([action, stems]) => [action as Action, new RegExp(`(?<![\\p{L}])(?:${alt(stems)})\\p{L}*`, 'giu')] as const);
  const CLAIMANTS = W.claimants.map((c) => ({ name: c.name, pattern: new RegExp(`(?<![\\p{L}])(?:${c.pattern})(?![\\p{L}])`, 'u') }));
  return { NUMBER_NOUN, OF_THEM, SINGLE, ORDINAL_BEFORE, OF_THEM_BEFORE, ACTION_AHEAD, REACHED_BEFORE, DRONES_BEFORE, MORE_BEFORE, EACH_BEFORE, STRONG_NOUN, RESPECTIVELY, QUALIFIER_BEFORE, ACTIONS, CLAIMANTS };
});

/** Is the sentence, or one of the two before it, about drones? */
function inDroneContext(strong: readonly boolean[], index: number): boolean {
  for (let i = Math.max(0, index - 2); i <= index; i++) if (strong[i]) return true;
  return false;
}

/** The counts of one sentence, from its cardinals. */
function countsOf(text: string): Found[] {
  const { NUMBER_NOUN, OF_THEM, OF_THEM_BEFORE, ACTION_AHEAD, REACHED_BEFORE, DRONES_BEFORE, MORE_BEFORE, EACH_BEFORE } = rules();
  const numbers = cardinals(text);
  const found: Found[] = [];
  for (const [i, n] of numbers.entries()) {
    const after = text.slice(n.end, n.end + 160);
    const before = text.slice(Math.max(0, n.start - 40), n.start);
    const distributive = EACH_BEFORE.test(before);
    const base = { start: n.start, end: n.end, count: n.value, distributive, ofThem: false };
    const noun = NUMBER_NOUN.exec(after);
    if (noun) {
      const end = n.end + noun[0].length;
      found.push({ ...base, end, ofThem: Boolean(noun.groups!.of), rule: distributive ? 'drone_count/ru-each' : noun.groups!.of ? 'drone_count/ru-of' : 'drone_count/ru-number-noun' });
      continue;
    }
    // "сбили 8 из 10 дронов": a part of the count that follows, over its place
    const whole = numbers[i + 1];
    if (whole && PART_OF.test(text.slice(n.end, whole.start)) && NUMBER_NOUN.test(text.slice(whole.end, whole.end + 160))) {
      found.push({ ...base, partOf: true, rule: 'drone_count/ru-part-of' });
      continue;
    }
    // "11 над территорией Белгородской области": kept when a place opens right there (see `placeOpens`).
    const place = PLACE_AFTER.exec(after);
    if (place) {
      found.push({ ...base, placeAt: n.end + place[0].length, rule: distributive ? 'drone_count/ru-each' : 'drone_count/ru-breakdown' });
      continue;
    }
    // "двое", "трое" count people, not drones
    if (COLLECTIVE.test(text.slice(n.start, n.end))) continue;
    // "шесть из них"; not "В одном из них загорелась крыша", a place among things named before
    if ((OF_THEM.test(after) && !PREPOSITION_BEFORE.test(before)) || OF_THEM_BEFORE.test(before)) {
      found.push({ ...base, ofThem: true, rule: 'drone_count/ru-of-them' });
      continue;
    }
    const item = DASH_AFTER.test(after) || (DASH_BEFORE.test(before) && ITEM_END.test(after));
    if (item) {
      found.push({ ...base, rule: distributive ? 'drone_count/ru-each' : 'drone_count/ru-breakdown' });
      continue;
    }
    // "число сбитых за день дронов достигло двадцати шести": a tally of drones named just before
    const reached = REACHED_BEFORE.exec(before);
    if (reached && TALLY_END.test(after) && DRONES_BEFORE.test(text.slice(Math.max(0, n.start - reached[0].length - 60), n.start - reached[0].length))) {
      found.push({ ...base, rule: 'drone_count/ru-reached' });
      continue;
    }
    // "а ещё три удалось подавить", "ещё один врезался в частный дом"
    if (MORE_BEFORE.test(before) && ACTION_AHEAD.test(after)) found.push({ ...base, rule: 'drone_count/ru-more' });
  }
  return found.concat(respectively(text, numbers, found), singles(text, found));
}

/** "дрон-камикадзе попал в цель", "при ударе беспилотника по селу": a drone named in the singular is one, as "a drone"
 *  is in English, unless a number or ordinal stands before it ("второй беспилотник"). */
function singles(text: string, found: readonly Found[]): Found[] {
  const { SINGLE, ORDINAL_BEFORE } = rules();
  const out: Found[] = [];
  for (const m of text.matchAll(SINGLE)) {
    const before = found[firstAtOrAfter(found, m.index + 1) - 1];
    if ((before && before.end >= m.index) || ORDINAL_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, count: 1, rule: 'drone_count/ru-single', distributive: false, ofThem: false });
  }
  return out;
}

/** "сбито по 36 и 27 аппаратов соответственно": marks the numbers of the list; their regions come with `listRegions`. */
function respectively(text: string, numbers: readonly Cardinal[], found: Found[]): Found[] {
  const { RESPECTIVELY } = rules();
  if (!RESPECTIVELY.test(text)) return [];
  const extra: Found[] = [];
  for (let i = 0; i < numbers.length; i++) {
    let j = i;
    while (numbers[j + 1] && /^(?:,[ \t]*|[ \t]+и[ \t]+)$/u.test(text.slice(numbers[j].end, numbers[j + 1].start))) j++;
    if (j === i) continue;
    const run = numbers.slice(i, j + 1);
    for (const n of run) {
      const known = found.find((f) => f.start === n.start);
      const f: Found = known ?? { start: n.start, end: n.end, count: n.value, distributive: false, ofThem: false, rule: 'drone_count/ru-respectively' };
      f.distributive = false;
      f.rule = 'drone_count/ru-respectively';
      f.codes = [];
      if (!known) extra.push(f);
    }
    i = j;
  }
  return extra;
}

interface ActionsOf {
  /** Action words by position. */
  words: { action: Action; start: number }[];
  /** commas[i]: the commas and semicolons before offset i. */
  commas: Uint32Array;
}

function actionsOf(sentence: string): ActionsOf {
  const { ACTIONS } = rules();
  const words = ACTIONS.flatMap(([action, pattern]) => [...sentence.matchAll(pattern)].map((m) => ({ action, start: m.index }))).sort((a, b) => a.start - b.start);
  const commas = new Uint32Array(sentence.length + 1);
  for (let i = 0; i < sentence.length; i++) commas[i + 1] = commas[i] + (sentence[i] === ',' || sentence[i] === ';' ? 1 : 0);
  return { words, commas };
}

/** The action word nearest the count in its clause ("свыше 20 дронов, из которых 18 уничтожены": 20 were launched),
 *  else the nearest in the sentence. */
function actionOf({ words, commas }: ActionsOf, at: number): Action {
  const i = firstAtOrAfter(words, at);
  const candidates = [words[i - 1], words[i]].filter((w) => w !== undefined);
  const apart = (w: { start: number }) => commas[Math.max(w.start, at)] - commas[Math.min(w.start, at)];
  candidates.sort((a, b) => apart(a) - apart(b) || Math.abs(a.start - at) - Math.abs(b.start - at));
  return candidates[0]?.action ?? 'unknown';
}

function qualifierOf(before: string): Qualifier {
  const { QUALIFIER_BEFORE } = rules();
  for (const [q, pattern] of QUALIFIER_BEFORE) if (pattern.test(before)) return q;
  return 'exact';
}

const claimantIn = (text: string): string | null => rules().CLAIMANTS.find((c) => c.pattern.test(text))?.name ?? null;

export function extractDroneCountsRu(doc: Doc, context: CountContext): DroneCountRecord[] {
  const { STRONG_NOUN } = rules();
  const strong = doc.sentences.map((s) => STRONG_NOUN.test(s.text));
  const found: Found[] = [];
  for (const sentence of doc.sentences) {
    if (!inDroneContext(strong, sentence.index)) continue;
    const counts = countsOf(sentence.text).sort((a, b) => a.start - b.start);
    const list = counts.filter((f) => f.rule === 'drone_count/ru-respectively');
    for (const f of counts) {
      if (f.placeAt !== undefined && !placeOpens(doc, sentence.start + f.placeAt)) continue;
      found.push({ ...f, start: f.start + sentence.start, end: f.end + sentence.start });
    }
    if (list.length) listRegions(doc, found.slice(-counts.length).filter((f) => f.rule === 'drone_count/ru-respectively'));
  }
  const regional = new Set(doc.locations.filter((l) => l.code && !national(l) && !l.code.startsWith('SEA:')).map((l) => l.code));
  const soleRegion = regional.size === 1 ? [...regional][0] : null;
  const articleClaimant = claimantIn(doc.text);
  // Per sentence, looked up once however many counts it holds.
  const actionLists = new Map<number, ActionsOf>();
  const actionsOfSentence = (i: number) => actionLists.get(i) ?? actionLists.set(i, actionsOf(doc.sentences[i].text)).get(i)!;
  const claimants = new Map<number, string | null>();
  const claimantOfSentence = (i: number) => (claimants.has(i) ? claimants.get(i)! : claimants.set(i, claimantIn(doc.sentences[i].text)).get(i)!);
  const countries = new Map<number, boolean>();
  const namesCountry = (i: number) => {
    if (!countries.has(i)) countries.set(i, locationsIn(doc, doc.sentences[i].start, doc.sentences[i].end).some(national));
    return countries.get(i)!;
  };
  const placed = found.map((f, i) => {
    if (f.codes) return { f, codes: f.codes, via: 'list' as Via, national: false };
    // "пять из семи беспилотников": the part does not part the whole from the place before both
    const previous = found[i - 1]?.partOf ? found[i - 2] : found[i - 1];
    const next = found[i + 1];
    const sentence = sentenceOf(doc, f.start);
    const p = placeOf(doc, f, previous && previous.end > sentence.start ? previous.end : sentence.start, next && next.start < sentence.end ? next.start : sentence.end);
    return { f, ...p };
  });
  for (const [i, p] of placed.entries()) {
    const whole = placed[i + 1];
    if (p.f.partOf && whole) [p.codes, p.via] = [whole.codes.slice(0, 1), whole.via];
  }
  for (const [i, p] of placed.entries()) {
    if (p.via !== 'none') continue;
    // "Шесть из них сбили средства ПВО": the part is where the whole is.
    if (p.f.ofThem && i > 0) {
      [p.codes, p.via] = [placed[i - 1].codes.slice(0, 1), 'of-them'];
      continue;
    }
    const next = placed[i + 1];
    // "Всего за ночь 168 БПЛА. ... над Брянской — шестьдесят один": a total before its breakdown has no region.
    if (!p.f.rule.endsWith('ru-more') && next && next.codes[0] !== null && next.f.count <= p.f.count) continue;
    const sentence = sentenceOf(doc, p.f.start);
    const previousSentence = doc.sentences[sentence.index - 1];
    const nationwide = [sentence, previousSentence].some((s) => s && namesCountry(s.index));
    if (nationwide || claimantOfSentence(sentence.index)) continue;
    const region = fallbackRegion(doc, context, p.f.start, soleRegion, articleClaimant !== null);
    if (region) [p.codes, p.via] = [[region], 'fallback'];
  }
  const records = countRecords(doc, placed, ({ f, via }, sentence) => {
    const official = context.officials.find((o) => o.start >= sentence.start && o.end <= sentence.end);
    return {
      action: actionOf(actionsOfSentence(sentence.index), f.start - sentence.start),
      qualifier: qualifierOf(doc.text.slice(Math.max(0, f.start - 24), f.start)),
      claimant: claimantOfSentence(sentence.index) ?? official?.name ?? articleClaimant ?? context.officials[0]?.name ?? null,
      rule: via === 'fallback' || via === 'of-them' ? `${f.rule}+region-${via}` : f.rule,
      confidence: 0.8,
    };
  });
  // "беспилотник Supercam" with no place, and "один из «шахедов»" over Brest: one drone, the one with a place.
  const placedOnes = records.some((r) => r.count === 1 && r.region !== null);
  return records.filter((r) => !(r.rule === 'drone_count/ru-single' && r.region === null && placedOnes));
}
