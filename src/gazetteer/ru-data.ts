/** The Russian gazetteer as lookup tables: every case form of the names in ru-regions.json and places-ru.json
 *  (ru-forms.ts), built at the first Cyrillic text. */
import { loadData } from '../data/load.js';
import { foldRu, isAdjectival, phraseForms, wordForms } from './ru-forms.js';

export interface Form {
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

export interface RuGazetteer {
  forms: Map<string, Form[]>;
  prefixes: Set<string>;
  /** First words of the names that may open in lower case ("донской регион", "официальный Киев"): any other name
   *  starts with a capital, and a word in lower case starts none (most words of a Russian text). */
  lowerFirst: Set<string>;
  maxWords: number;
  settlementWords: Set<string>;
  /** "с.", "пос.", "г.": settlement words when a full stop follows. */
  settlementAbbreviations: Set<string>;
  prepositions: Set<string>;
  /** "улица", "шоссе", "вокзал": an oblast's adjective alone next to one names a street or station. */
  streetWords: Set<string>;
  /** "белгородский", "курские": oblast adjectives in any gender and case -> the oblast; a region before one of the
   *  adjectivalNouns ("губернатор", "власти", "приграничье"). */
  adjectives: Map<string, { code: string; name: string }>;
  adjectivalNouns: Set<string>;
  /** First names in every case (titles-ru.json): a place name right after one is a surname. */
  firstNames: Set<string>;
  metonyms: Set<string>;
  actorVerbs: RegExp;
}

const TYPE_TAIL = /\s(?:область|край|регион|округ|море|республика)$/i;
const FEMININE_OBLAST = /^(?<adjective>\S+кая) область$/;
const SEA = /^(?<adjective>\S+ое) море$/;

let built: RuGazetteer | undefined;

interface AdjectivalNouns {
  masculine: string[];
  neuter: string[];
  feminine: string[];
  plural: string[];
  not_for: string[];
}

/** An oblast's adjective stem ("Белгородск") in every gender and case, folded: "белгородский", "курские", and
 *  "тверской" with a stressed ending. Matched only before one of the adjectival nouns; the gender is not checked, as
 *  no other reading of such a pair comes up. */
function adjectiveForms(stem: string): string[] {
  return ['ий', 'ой', 'ое', 'ая', 'ие'].flatMap((ending) => wordForms(stem + ending, 'adjective').cases.flat().map(foldRu));
}

export function ruGazetteer(): RuGazetteer {
  if (built) return built;
  const { regions, adjectival_nouns: nouns } = loadData<{ regions: { code: string; names: string[]; fixed?: string[] }[]; adjectival_nouns: AdjectivalNouns }>('ru-regions.json');
  const { places, settlement_words, settlement_abbreviations, prepositions, street_words } = loadData<{
    places: { name: string; region: string; fixed?: string[] }[]; settlement_words: string[]; settlement_abbreviations: string[];
    prepositions: string[]; street_words: string[];
  }>('places-ru.json');
  const { phrases_ru, phrases_ru_as_written, metonyms_ru, actor_verbs_ru, actor_adverbs_ru } = loadData<{
    phrases_ru: string[]; phrases_ru_as_written: string[]; metonyms_ru: string[]; actor_verbs_ru: string[]; actor_adverbs_ru: string[];
  }>('not-regions.json');
  const { first_names } = loadData<{ first_names: string[] }>('titles-ru.json');
  const forms = new Map<string, Form[]>();
  const adjectives = new Map<string, { code: string; name: string }>();
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
        if (!nouns.not_for.includes(code)) {
          for (const f of adjectiveForms(oblast.slice(0, -2))) if (!adjectives.has(f)) adjectives.set(f, { code, name });
        }
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
    settlementAbbreviations: new Set(settlement_abbreviations),
    prepositions: new Set(prepositions),
    streetWords: new Set(street_words),
    adjectives,
    adjectivalNouns: new Set([...nouns.masculine, ...nouns.neuter, ...nouns.feminine, ...nouns.plural].map(foldRu)),
    firstNames: new Set(first_names.flatMap((n) => wordForms(n, 'first').cases.flat().map(foldRu))),
    metonyms: new Set(metonyms_ru.map(foldRu)),
    // "Киев пока никак не прокомментировал": a few adverbs may stand between
    actorVerbs: new RegExp(String.raw`^(?:[ \t]+(?:${actor_adverbs_ru.join('|')})(?![\p{L}])){0,3}[ \t]+(?:${actor_verbs_ru.join('|')})(?![\p{L}])`, 'u'),
  };
  return built;
}

/** An adjective in any case: "Миллеровский", "Миллеровским", "Марганецкой". */
export const ADJECTIVE_FORM = /.{3}(?:ий|ый|ой|ого|его|ому|ему|им|ым|ом|ем|ая|яя|ую|юю|ою|ие|ые|их|ых|ими|ыми|ое|ее)$/;

/** Type words of administrative units in every case ("районами", "громаде"), and the adjectives that may stand between
 *  name and type word ("городском округе"), each with its nominative. */
interface UnitWords {
  types: Map<string, { type: string; feminine: boolean }>;
  between: Map<string, string>;
}

let unitWordsBuilt: UnitWords | undefined;

export function unitWords(): UnitWords {
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
