/** Regions and places named in Russian (Cyrillic) text, in any case form: "над Брянской областью", "в Курской",
 *  "Белгородчина", "в Новозыбкове", "под Шебекином", "Миллеровским и Тарасовским районами", "в селе Дубовое".
 *
 *  Every case form of every name is generated once from the nominatives in ru-regions.json and places-ru.json
 *  (ru-forms.ts) and looked up word by word, longest first. Lemmatising at match time with az (a pymorphy2-style
 *  analyser) was measured against it on dev/ru (2026-12-03, a loaded 2-CPU machine): az took 890 ms to load, 650 ms
 *  to lemmatise the names into a table and 275 ms for the 2,628 Cyrillic words (100 µs a word), and its lemmas gave
 *  regions F1 0.93 by plain lemma lookup (seas missed; "Донецк" of the Rostov oblast and three more false regions);
 *  the generated forms gave 1.00 in 9 ms (3 µs a word), built in under 100 ms at the first Cyrillic text, with no 12 MB dependency. */
import { loadData } from '../data/load.js';
import type { Claims } from './claims.js';
import type { LocationMention } from './find.js';
import { adjectiveNominative, foldRu, isAdjectival, phraseForms, wordForms } from './ru-forms.js';

interface Form {
  /** 'none': a phrase that holds a name but names no place ("официальный Киев"). */
  kind: 'region' | 'place' | 'none';
  code: string;
  /** The nominative: a place's name as output. */
  name: string;
  rule: string;
  confidence: number;
  /** Whether the name must open with a capital: every name but a phrase with a type word ("донской регион"). */
  upper: boolean;
  /** A sea's adjective alone ("над Черным и Азовским морями") counts only before a sea. */
  beforeSea?: boolean;
  /** An adjectival place name in another case than the nominative counts only after a preposition: "в Стрелецком",
   *  but "Силы Черноморского флота" is no village. */
  afterPreposition?: boolean;
}

interface RuGazetteer {
  forms: Map<string, Form[]>;
  prefixes: Set<string>;
  /** First words of the names that may open in lower case ("донской регион", "официальный Киев"): any other name
   *  starts with a capital, and a word in lower case starts none (most words of a Russian text). */
  lowerFirst: Set<string>;
  maxWords: number;
  settlementWords: Set<string>;
  prepositions: Set<string>;
  /** First names in every case (titles-ru.json): a place name right after one is a surname. */
  firstNames: Set<string>;
  metonyms: Set<string>;
  actorVerbs: RegExp;
}

const TYPE_TAIL = /\s(?:область|край|регион|округ|море|республика)$/i;
const FEMININE_OBLAST = /^(?<adjective>\S+кая) область$/;
const SEA = /^(?<adjective>\S+ое) море$/;

let built: RuGazetteer | undefined;

function ruGazetteer(): RuGazetteer {
  if (built) return built;
  const { regions } = loadData<{ regions: { code: string; names: string[]; fixed?: string[] }[] }>('ru-regions.json');
  const { places, settlement_words, prepositions } = loadData<{ places: { name: string; region: string; fixed?: string[] }[]; settlement_words: string[]; prepositions: string[] }>('places-ru.json');
  const { phrases_ru, phrases_ru_as_written, metonyms_ru, actor_verbs_ru, actor_adverbs_ru } = loadData<{
    phrases_ru: string[]; phrases_ru_as_written: string[]; metonyms_ru: string[]; actor_verbs_ru: string[]; actor_adverbs_ru: string[];
  }>('not-regions.json');
  const { first_names } = loadData<{ first_names: string[] }>('titles-ru.json');
  const forms = new Map<string, Form[]>();
  const prefixes = new Set<string>();
  let maxWords = 1;
  const add = (phrase: string, form: Form) => {
    const key = foldRu(phrase);
    const list = forms.get(key) ?? [];
    // one entry per region or place: "Белгородская" is the bare adjective of one region once
    if (list.some((f) => f.kind === form.kind && f.code === form.code && f.name === form.name)) return;
    list.push(form);
    forms.set(key, list);
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  };
  for (const { code, names, fixed = [] } of regions) {
    for (const name of names) {
      const upper = !TYPE_TAIL.test(name);
      for (const f of phraseForms(name)) add(f, { kind: 'region', code, name, rule: 'region/ru', confidence: 0.9, upper });
      const oblast = FEMININE_OBLAST.exec(name)?.groups!.adjective;
      if (oblast) {
        // "в Курской", "Курская и Белгородская области": the adjective alone names the oblast
        for (const f of wordForms(oblast, 'adjective').cases.flat()) {
          add(f, { kind: 'region', code, name, rule: 'region/ru-adjective', confidence: 0.8, upper: true });
          add(`${f} обл`, { kind: 'region', code, name, rule: 'region/ru', confidence: 0.9, upper: false }); // "Курской обл."
        }
        for (const f of phraseForms(`${oblast.replace(/кая$/, 'кий')} регион`)) add(f, { kind: 'region', code, name, rule: 'region/ru', confidence: 0.85, upper: false });
      }
      const sea = SEA.exec(name)?.groups!.adjective;
      if (sea) for (const f of wordForms(sea, 'adjective').cases.flat()) add(f, { kind: 'region', code, name, rule: 'region/ru-adjective', confidence: 0.8, upper: true, beforeSea: true });
    }
    for (const f of fixed) add(f, { kind: 'region', code, name: names[0] ?? f, rule: 'region/ru', confidence: 0.9, upper: true });
  }
  // "официальный Киев", "Московская биржа": taken, so no name inside them is read
  for (const phrase of phrases_ru) for (const f of phraseForms(phrase)) add(f, { kind: 'none', code: '', name: phrase, rule: 'not-region', confidence: 0, upper: false });
  for (const phrase of phrases_ru_as_written) add(phrase, { kind: 'none', code: '', name: phrase, rule: 'not-region', confidence: 0, upper: false });
  for (const { name, region, fixed = [] } of places) {
    const adjectival = !name.includes(' ') && isAdjectival(name);
    for (const f of [...phraseForms(name), ...fixed]) {
      add(f, { kind: 'place', code: region, name, rule: 'place/ru', confidence: 0.85, upper: true, afterPreposition: adjectival && f !== name });
    }
  }
  built = {
    forms, prefixes, maxWords,
    lowerFirst: new Set([...forms].filter(([, list]) => list.some((f) => !f.upper)).map(([key]) => key.split(' ')[0])),
    settlementWords: new Set(settlement_words.map(foldRu)),
    prepositions: new Set(prepositions),
    firstNames: new Set(first_names.flatMap((n) => wordForms(n, 'first').cases.flat().map(foldRu))),
    metonyms: new Set(metonyms_ru.map(foldRu)),
    // "Киев пока никак не прокомментировал": a few adverbs may stand between
    actorVerbs: new RegExp(String.raw`^(?:[ \t]+(?:${actor_adverbs_ru.join('|')})(?![\p{L}])){0,3}[ \t]+(?:${actor_verbs_ru.join('|')})(?![\p{L}])`, 'u'),
  };
  return built;
}

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

/** An adjective in any case: "Миллеровский", "Миллеровским", "Марганецкой". */
const ADJECTIVE_FORM = /.{3}(?:ий|ый|ой|ого|его|ому|ему|им|ым|ом|ем|ая|яя|ую|юю|ою|ие|ые|их|ых|ими|ыми|ое|ее)$/;

/** Type words of administrative units in every case ("районами", "громаде"), and the adjectives that may stand between
 *  name and type word ("городском округе"), each with its nominative. */
interface UnitWords {
  types: Map<string, { type: string; feminine: boolean }>;
  between: Map<string, string>;
}

let unitWordsBuilt: UnitWords | undefined;

function unitWords(): UnitWords {
  if (unitWordsBuilt) return unitWordsBuilt;
  const { unit_words } = loadData<{ unit_words: { types: string[]; feminine: string[]; between: string[] } }>('places-ru.json');
  const types = new Map<string, { type: string; feminine: boolean }>();
  for (const type of unit_words.types) {
    const { cases, plural } = wordForms(type, 'type');
    for (const f of [...cases.flat(), ...plural]) types.set(f, { type, feminine: unit_words.feminine.includes(type) });
  }
  const between = new Map<string, string>();
  for (const word of unit_words.between) for (const f of wordForms(word, 'adjective').cases.flat()) between.set(f, word);
  for (const word of unit_words.between) for (const f of wordForms(word.replace(/(?:ой|ый|ий)$/, 'ие'), 'adjective').cases.flat()) between.set(f, word);
  return (unitWordsBuilt = { types, between });
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
  for (let i = 0; i < n; ) {
    if (!w.upper[i] && !g.lowerFirst.has(w.key[i]) && !g.settlementWords.has(w.key[i])) {
      i++;
      continue;
    }
    let matched = 0;
    // longest name from word i: "Ростовской области" before "Ростовской"
    let key = w.key[i];
    const keys = [key];
    for (let j = i + 1; j < n && j - i < g.maxWords && g.prefixes.has(key) && joined(text, w, j - 1); j++) {
      key = `${key} ${w.key[j]}`;
      keys.push(key);
    }
    for (let len = keys.length; len > 0 && !matched; len--) {
      const forms = g.forms.get(keys[len - 1]);
      if (!forms) continue;
      const form = forms[0];
      if (form.upper && !w.upper[i]) continue;
      const start = w.start[i];
      const end = w.end[i + len - 1];
      if (form.kind === 'none') {
        taken.claim({ start, end });
        matched = len;
        break;
      }
      if (form.afterPreposition && !(i > 0 && g.prepositions.has(w.key[i - 1]) && joined(text, w, i - 1))) continue;
      if (form.beforeSea && !/^[^.;:!?]{0,40}?\sмор(?:е|я|ю|ем|ями|ях|ям)(?![\p{L}])/u.test(text.slice(end, end + 60))) continue;
      if (g.metonyms.has(keys[len - 1]) && g.actorVerbs.test(text.slice(end, end + 60))) continue;
      // "Виталий Королев" is a person, not the town of Королёв
      if (form.kind === 'place' && len === 1 && i > 0 && g.firstNames.has(w.key[i - 1]) && joined(text, w, i - 1)) continue;
      const spanText = text.slice(start, end);
      const alternatives = forms.filter((f) => f.kind === form.kind);
      const mention: LocationMention = form.kind === 'region'
        ? { kind: 'region', start, end, text: spanText, code: form.code, name: form.name, rule: form.rule, confidence: form.confidence }
        : { kind: 'place', start, end, text: spanText, code: form.code, name: form.name, rule: form.rule, confidence: form.confidence };
      if (alternatives.length > 1) ambiguous.set(mention, alternatives.map((f) => f.code));
      if (push(mention)) matched = len;
    }
    if (!matched && w.upper[i]) {
      const units = unitsAt(text, w, i);
      for (const u of units) {
        push({ kind: 'place', start: w.start[u.word], end: u.end, text: text.slice(w.start[u.word], u.end), code: null, name: u.name, rule: 'place/ru-unit', confidence: 0.75 });
      }
      if (units.length) matched = units[units.length - 1].word - i + 1;
    }
    if (!matched && g.settlementWords.has(w.key[i]) && i + 1 < n) {
      // "в селе Дубовое", "сел Дубовое, Таврово и Стрелецкое": the names after the word, as written or known
      let k = i + 1;
      while (k < n && w.upper[k] && w.start[k] - w.end[k - 1] <= 2) {
        // a second capitalised word only when the two are a known name ("Новая Нелидовка", not "Суземка Брянской")
        const two = k + 1 < n && w.upper[k + 1] && joined(text, w, k) ? g.forms.get(`${w.key[k]} ${w.key[k + 1]}`)?.find((f) => f.kind === 'place') : undefined;
        const end = two ? k + 1 : k;
        const surface = text.slice(w.start[k], w.end[end]);
        const known = two ?? g.forms.get(w.key[k])?.find((f) => f.kind === 'place');
        // "города Москвы" is the region's; "губернатор города Михаил Развожаев" a person
        if (!known && (g.forms.has(w.key[k]) || w.end[k] - w.start[k] < 3 || (k + 1 < n && w.upper[k + 1] && joined(text, w, k)))) break;
        push({ kind: 'place', start: w.start[k], end: w.end[end], text: surface, code: known?.code ?? null, name: known?.name ?? surface, rule: 'place/ru-settlement', confidence: known ? 0.85 : 0.7 });
        const gap = listGap(text, w, end);
        if (!gap) break;
        k = end + gap;
      }
      matched = 1;
    }
    i += matched || 1;
  }
  resolveAmbiguous(found);
}

/** Places named in two regions ("Донецк": Rostov oblast or Donetsk oblast) take the one the text names otherwise. */
const ambiguous = new WeakMap<LocationMention, string[]>();

function resolveAmbiguous(found: LocationMention[]): void {
  const named = new Set(found.filter((m) => !ambiguous.has(m)).map((m) => m.code));
  for (const m of found) {
    const codes = ambiguous.get(m);
    const pick = codes?.find((c) => named.has(c));
    if (pick) m.code = pick;
  }
}
