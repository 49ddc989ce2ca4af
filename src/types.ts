/** The record types and the evidence every record carries. One vocabulary: these names are the JSON keys and CSV headers. */

export const RECORD_TYPES = ['region', 'place', 'drone_count', 'date', 'official', 'damage', 'casualties'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** Half-open UTF-16 offsets into the original input: input.slice(start, end) === text. */
export interface Evidence {
  text: string;
  start: number;
  end: number;
  /** 0-based sentence index. */
  sentence: number;
  confidence: number;
  /** Which rule produced the record, e.g. "drone_count/breakdown-list". */
  rule: string;
}

export interface RegionRecord extends Evidence {
  type: 'region';
  code: string;
  name: string;
  country: string | null;
}

export interface PlaceRecord extends Evidence {
  type: 'place';
  name: string;
  region: string | null;
}

export const ACTIONS = ['launched', 'attacked', 'intercepted', 'destroyed', 'shot_down', 'unknown'] as const;
export type Action = (typeof ACTIONS)[number];
export const QUALIFIERS = ['exact', 'at_least', 'about', 'up_to'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export interface DroneCountRecord extends Evidence {
  type: 'drone_count';
  count: number;
  region: string | null;
  action: Action;
  qualifier: Qualifier;
  date: string | null;
  claimant: string | null;
}

export interface DateRecord extends Evidence {
  type: 'date';
  value: string;
  kind: 'absolute' | 'relative';
}

export interface OfficialRecord extends Evidence {
  type: 'official';
  name: string;
  title: string;
  region: string | null;
  channel: string | null;
}

export const DAMAGE_OBJECTS = ['residential', 'vehicle', 'power', 'industrial', 'energy', 'transport', 'commercial', 'public', 'military', 'other'] as const;
export type DamageObject = (typeof DAMAGE_OBJECTS)[number];
export const DAMAGE_EFFECTS = ['windows', 'roof', 'facade', 'fire', 'destroyed', 'damaged', 'power outage', 'other'] as const;
export type DamageEffect = (typeof DAMAGE_EFFECTS)[number];

export interface DamageRecord extends Evidence {
  type: 'damage';
  object: DamageObject;
  effect: DamageEffect;
  count: number | null;
  region: string | null;
}

export interface CasualtiesRecord extends Evidence {
  type: 'casualties';
  killed: number;
  injured: number;
  region: string | null;
}

export type ExtractedRecord =
  | RegionRecord
  | PlaceRecord
  | DroneCountRecord
  | DateRecord
  | OfficialRecord
  | DamageRecord
  | CasualtiesRecord;

export interface Warning {
  code: string;
  message: string;
}

/** The languages an article is read in: Russian rules run on "ru" only; "uk" is told apart so that no Russian rule
 *  misreads Ukrainian text, and English rules run on everything. */
export const LANGUAGES = ['en', 'ru', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface Article {
  source: string;
  /** The article's id: an NDJSON line's id, a feed item's guid, a Telegram message's CHANNEL_ID/MESSAGE_ID. */
  id?: string | number;
  /** The article's url: an NDJSON line's url, a page's canonical URL, a feed item's link, a Telegram post's link. */
  url?: string;
  /** Detected from the text (see text/language.ts) unless the caller gave one. */
  language: Language;
  /** A page's or a feed item's title, when the input had one. */
  title?: string;
  reference_date: string | null;
  records: ExtractedRecord[];
  warnings: Warning[];
  /** The text the evidence offsets index, with `--with-text`: for a page or a feed item, the text taken from it. */
  text?: string;
}

export interface ExtractOptions {
  /** Reference date (YYYY-MM-DD) for yearless and relative dates; null when unknown. */
  referenceDate?: string | null;
  /** Label for the input, "-" for stdin. */
  source?: string;
  /** The article's language; detected from the text when absent. */
  language?: Language;
}
