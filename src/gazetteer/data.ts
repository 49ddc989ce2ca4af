/** The gazetteer as lookup tables, built once from src/data/regions.json and places.json. */
import { loadData } from '../data/load.js';

export interface RegionEntry {
  code: string;
  name: string;
  country: string | null;
  stems: string[];
  types: string[];
  aliases: string[];
  adjectives: string[];
}

export interface PlaceEntry {
  name: string;
  region: string;
  aliases: string[];
}

/** Folds case, curly apostrophes, "St." and runs of white space so "St. Petersburg" and "st petersburg" meet. */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function foldName(name: string): string {
  if (PLAIN.test(name)) return name.toLowerCase();
  return name
    .normalize('NFC')
    .toLowerCase()
    .replace(/[’`]/g, "'")
    .replace(/\bst\.\s*/g, 'st ')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface Gazetteer {
  regions: ReadonlyMap<string, RegionEntry>;
  /** "bryansk" -> RU-BRY: names used with a type word ("Bryansk Oblast") or adjectivally ("Bryansk governor"). */
  stems: ReadonlyMap<string, RegionEntry>;
  /** Names that alone mean a region: "crimea", "belarus", "moscow" (the city, RU-MOW). */
  aliases: ReadonlyMap<string, RegionEntry>;
  places: ReadonlyMap<string, PlaceEntry>;
  /** Type words ("oblast", "krai", ...) in lower case. */
  typeWords: ReadonlySet<string>;
  notRegions: readonly string[];
  /** Capitals and countries that stand for a government when a verb follows: "since Moscow launched ...". */
  metonyms: ReadonlySet<string>;
  actorVerbs: RegExp;
  /** The longest name, in words: the scanner tries no longer runs. */
  maxWords: number;
  /** First words (folded) of every stem, alias and place: the scanner starts a lookup only at one of these. */
  firstWords: ReadonlySet<string>;
}

let built: Gazetteer | undefined;

export function gazetteer(): Gazetteer {
  if (built) return built;
  const { regions } = loadData<{ regions: RegionEntry[] }>('regions.json');
  const { places } = loadData<{ places: PlaceEntry[] }>('places.json');
  const { phrases, metonyms, actor_verbs } = loadData<{ phrases: string[]; metonyms: string[]; actor_verbs: string[] }>('not-regions.json');
  const byCode = new Map<string, RegionEntry>();
  const stems = new Map<string, RegionEntry>();
  const aliases = new Map<string, RegionEntry>();
  const placeMap = new Map<string, PlaceEntry>();
  const typeWords = new Set<string>();
  let maxWords = 1;
  const words = (s: string) => s.split(' ').length;
  for (const region of regions) {
    byCode.set(region.code, region);
    for (const stem of region.stems) {
      if (!stems.has(foldName(stem))) stems.set(foldName(stem), region);
      maxWords = Math.max(maxWords, words(stem));
    }
    for (const alias of [...region.aliases, ...region.adjectives]) {
      aliases.set(foldName(alias), region);
      maxWords = Math.max(maxWords, words(alias));
    }
    for (const type of region.types) typeWords.add(type.toLowerCase());
  }
  for (const place of places) {
    for (const name of [place.name, ...place.aliases]) {
      const key = foldName(name);
      if (!aliases.has(key) && !placeMap.has(key)) placeMap.set(key, place);
      maxWords = Math.max(maxWords, words(name));
    }
  }
  const firstWords = new Set([...stems.keys(), ...aliases.keys(), ...placeMap.keys()].map((k) => k.split(' ')[0]));
  built = { regions: byCode, stems, aliases, places: placeMap, typeWords, notRegions: phrases, maxWords, firstWords,
    metonyms: new Set(metonyms.map(foldName)),
    actorVerbs: new RegExp(`^(?:'s)?[ \\t]+(?:${actor_verbs.join('|')})\\b`),
  };
  return built;
}
