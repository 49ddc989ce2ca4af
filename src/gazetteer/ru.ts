/** Regions and places named in Russian (Cyrillic) text, in any case form: "над Брянской областью", "в Курской",
 *  "Белгородчина", "в Новозыбкове", "под Шебекином", "Миллеровским и Тарасовским районами", "в селе Дубовое".
 *
 *  Every case form of every name is generated once from the nominatives in ru-regions.json and places-ru.json
 *  (ru-forms.ts) and looked up word by word, longest first. Lemmatising at match time with az (a pymorphy2-style
 *  analyser) was measured against it on dev/ru (2026-12-03, a loaded 2-CPU machine): az took 890 ms to load, 650 ms
 *  to lemmatise the names into a table and 275 ms for the 2,628 Cyrillic words (100 µs a word), and its lemmas gave
 *  regions F1 0.93 by plain lemma lookup (seas missed; "Донецк" of the Rostov oblast and three more false regions);
 *  the generated forms gave 1.00 in 9 ms (3 µs a word), their 10,000 keys built at the first Cyrillic text in about
 *  0.2 s of CPU (ru-data.ts), with no 12 MB dependency. */
import type { Claims } from './claims.js';
import type { LocationMention } from './find.js';
import { ADJECTIVE_FORM, ruGazetteer, unitWords, type RuGazetteer } from './ru-data.js';
import { adjectiveNominative, foldRu } from './ru-forms.js';

/** A Cyrillic word, hyphenated parts included ("Ростов-на-Дону", "Ханты-Мансийский"). */
const WORD = /[\u0400-\u04FF]+(?:-[\u0400-\u04FF]+)*/g;
export const hasCyrillic = (text: string) => /[\u0400-\u04FF]/.test(text);

interface Words {
  start: number[];
  end: number[];
  key: string[];
  upper: boolean[];
}

function words(text: string): Words {
  const w: Words = { start: [], end: [], key: [], upper: [] };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    w.start.push(m.index);
    w.end.push(m.index + m[0].length);
    w.key.push(foldRu(m[0]));
    w.upper.push(m[0][0] !== m[0][0].toLowerCase());
  }
  return w;
}

/** Only spaces and tabs between word i and word i + 1. */
function joined(text: string, w: Words, i: number): boolean {
  for (let k = w.end[i]; k < w.start[i + 1]; k++) if (text[k] !== ' ' && text[k] !== '\t' && text[k] !== '\u00a0') return false;
  return w.end[i] < w.start[i + 1];
}

/** What lies between word i and word i + 1 when it joins two items of a list: ", " or " и ". */
function listGap(text: string, w: Words, i: number): number {
  if (i + 1 >= w.key.length) return 0;
  const gap = text.slice(w.end[i], w.start[i + 1]);
  if (/^,[ \t]*$/.test(gap)) return 1;
  if (w.key[i + 1] === 'и' && joined(text, w, i) && i + 2 < w.key.length && joined(text, w, i + 1)) return 2;
  return 0;
}


/** "Миллеровским и Тарасовским районами", "Грайворонском городском округе", "Марганецкой громады": the capitalised
 *  adjectives at word i and after it in a list, each with the unit's nominative name. */
function unitsAt(text: string, w: Words, i: number): { word: number; name: string; end: number }[] {
  const items: number[] = [];
  let k = i;
  for (;;) {
    if (!w.upper[k] || !ADJECTIVE_FORM.test(w.key[k])) return [];
    items.push(k);
    const gap = listGap(text, w, k);
    if (gap && items.length < 6) {
      k += gap;
      continue;
    }
    break;
  }
  const { types, between } = unitWords();
  let t = k + 1;
  if (t >= w.key.length || !joined(text, w, k)) return [];
  const middle = between.get(w.key[t]);
  if (middle) {
    if (t + 1 >= w.key.length || !joined(text, w, t)) return [];
    t++;
  }
  const unit = types.get(w.key[t]);
  if (!unit) return [];
  const tail = middle ? `${middle} ${unit.type}` : unit.type;
  return items.map((word) => {
    const surface = text.slice(w.start[word], w.end[word]);
    return { word, name: `${adjectiveNominative(surface, unit.feminine)} ${tail}`, end: word === k ? w.end[t] : w.end[word] };
  });
}

/** Whether word i has a street word right before or after it: "Тверская улица", "на улице Курской". */
function nextToStreet(text: string, w: Words, i: number, streetWords: ReadonlySet<string>): boolean {
  return (i > 0 && streetWords.has(w.key[i - 1]) && /^[ \t.]+$/.test(text.slice(w.end[i - 1], w.start[i]))) ||
    (i + 1 < w.key.length && streetWords.has(w.key[i + 1]) && joined(text, w, i));
}

/** Places named in two regions ("Донецк": Rostov oblast or Donetsk oblast), with the regions to choose from. */
const ambiguous = new WeakMap<LocationMention, string[]>();

/** A sea's adjective alone is one only before a sea: "над Черным и Азовским морями". */
const SEA_AFTER = /^[^.;:!?]{0,40}?\sмор(?:е|я|ю|ем|ями|ях|ям)(?![\p{L}])/u;

interface Scan {
  text: string;
  w: Words;
  g: RuGazetteer;
  taken: Claims;
  /** Claims a mention unless a claimed one overlaps it; whether it did. */
  push: (m: LocationMention) => boolean;
}

/** The longest name from word i that its context allows, claimed; how many words it took (0: none). */
function nameAt(s: Scan, i: number): number {
  const { text, w, g } = s;
  const n = w.key.length;
  // longest name from word i: "Ростовской области" before "Ростовской"
  let key = w.key[i];
  const keys = [key];
  for (let j = i + 1; j < n && j - i < g.maxWords && g.prefixes.has(key) && joined(text, w, j - 1); j++) {
    key = `${key} ${w.key[j]}`;
    keys.push(key);
  }
  for (let len = keys.length; len > 0; len--) {
    const forms = g.forms.get(keys[len - 1]);
    if (!forms) continue;
    const form = forms[0];
    if (form.upper && !w.upper[i]) continue;
    const start = w.start[i];
    const end = w.end[i + len - 1];
    if (form.kind === 'none') {
      s.taken.claim({ start, end });
      return len;
    }
    if (form.afterPreposition && !(i > 0 && g.prepositions.has(w.key[i - 1]) && joined(text, w, i - 1))) continue;
    if (form.rule === 'region/ru-adjective' && len === 1 && nextToStreet(text, w, i, g.streetWords)) continue;
    if (form.beforeSea && !SEA_AFTER.test(text.slice(end, end + 60))) continue;
    if (g.metonyms.has(keys[len - 1]) && g.actorVerbs.test(text.slice(end, end + 60))) continue;
    // "Виталий Королев" is a person, not the town of Королёв
    if (form.kind === 'place' && len === 1 && i > 0 && g.firstNames.has(w.key[i - 1]) && joined(text, w, i - 1)) continue;
    const mention: LocationMention = { kind: form.kind, start, end, text: text.slice(start, end), code: form.code, name: form.name, rule: form.rule, confidence: form.confidence };
    const alternatives = forms.filter((f) => f.kind === form.kind);
    if (alternatives.length > 1) ambiguous.set(mention, alternatives.map((f) => f.code));
    if (s.push(mention)) return len;
  }
  return 0;
}

/** "в селе Дубовое", "сел Дубовое, Таврово и Стрелецкое": the names after the settlement word at i, as written or
 *  known, claimed. */
function settlementsAfter(s: Scan, i: number): void {
  const { text, w, g } = s;
  const n = w.key.length;
  let k = i + 1;
  while (k < n && w.upper[k] && w.start[k] - w.end[k - 1] <= 2) {
    // a second capitalised word only when the two are a known name ("Новая Нелидовка", not "Суземка Брянской")
    const two = k + 1 < n && w.upper[k + 1] && joined(text, w, k) ? g.forms.get(`${w.key[k]} ${w.key[k + 1]}`)?.find((f) => f.kind === 'place') : undefined;
    const end = two ? k + 1 : k;
    const surface = text.slice(w.start[k], w.end[end]);
    const known = two ?? g.forms.get(w.key[k])?.find((f) => f.kind === 'place');
    // "города Москвы" is the region's; "губернатор города Михаил Развожаев" a person, "х. Калинов Ростовской
    // области" a place
    const personNext = k + 1 < n && w.upper[k + 1] && joined(text, w, k) && !g.forms.has(w.key[k + 1]);
    if (!known && (g.forms.has(w.key[k]) || w.end[k] - w.start[k] < 3 || personNext)) break;
    s.push({ kind: 'place', start: w.start[k], end: w.end[end], text: surface, code: known?.code ?? null, name: known?.name ?? surface, rule: 'place/ru-settlement', confidence: known ? 0.85 : 0.7 });
    const gap = listGap(text, w, end);
    if (!gap) break;
    k = end + gap;
  }
}

/** Region and place mentions in the Cyrillic words of `text`, each claimed as found; none overlaps `taken`. */
export function findRussian(text: string, taken: Claims, claim: (m: LocationMention) => void): void {
  const g = ruGazetteer();
  const w = words(text);
  const n = w.key.length;
  const found: LocationMention[] = [];
  const push = (m: LocationMention) => {
    if (taken.overlaps(m.start, m.end)) return false;
    found.push(m);
    claim(m);
    return true;
  };
  const scan: Scan = { text, w, g, taken, push };
  for (let i = 0; i < n; ) {
    const adjective = g.adjectives.get(w.key[i]);
    if (adjective && i + 1 < n && g.adjectivalNouns.has(w.key[i + 1]) && joined(text, w, i)) {
      // "курские власти", "Белгородский губернатор"
      const [start, end] = [w.start[i], w.end[i]];
      push({ kind: 'region', start, end, text: text.slice(start, end), code: adjective.code, name: adjective.name, rule: 'region/ru-adjectival', confidence: 0.8 });
      i += 2;
      continue;
    }
    const settlement = g.settlementWords.has(w.key[i]) || (g.settlementAbbreviations.has(w.key[i]) && text[w.end[i]] === '.');
    // a word in lower case starts no name but a few ("донской регион") and the settlement words
    let matched = w.upper[i] || g.lowerFirst.has(w.key[i]) || settlement ? nameAt(scan, i) : 0;
    if (!matched && w.upper[i]) {
      const units = unitsAt(text, w, i);
      for (const u of units) {
        push({ kind: 'place', start: w.start[u.word], end: u.end, text: text.slice(w.start[u.word], u.end), code: null, name: u.name, rule: 'place/ru-unit', confidence: 0.75 });
      }
      if (units.length) matched = units[units.length - 1].word - i + 1;
    }
    if (!matched && settlement) settlementsAfter(scan, i);
    i += matched || 1;
  }
  resolveAmbiguous(found);
}

/** Places named in two regions take the one the text names otherwise. */
function resolveAmbiguous(found: LocationMention[]): void {
  const named = new Set(found.filter((m) => !ambiguous.has(m)).map((m) => m.code));
  for (const m of found) {
    const codes = ambiguous.get(m);
    const pick = codes?.find((c) => named.has(c));
    if (pick) m.code = pick;
  }
}
