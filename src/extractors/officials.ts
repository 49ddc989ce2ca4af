/** Officials: "Governor Alexander Drozdenko", "Belgorod Governor Vyacheslav Gladkov", "Oleh Kiper, head of the regional
 *  military administration", "Serhii Popko, who heads the Kyiv City Military Administration", and any person on the
 *  officials list. The list resolves a region the text omits or garbles ("Governor Gladkov of Bellamy Oblast"). */
import { loadData } from '../data/load.js';
import { withEvidence, locationsIn, regionInForce, sentenceOf, type Doc } from '../document.js';
import { foldName } from '../gazetteer/data.js';
import { personForms } from '../gazetteer/ru-forms.js';
import type { LocationMention } from '../gazetteer/find.js';
import { couldBePersonName } from '../nlp/compromise.js';
import { TitleEnds } from './title-ends.js';
import { firstNameForms, nominativePerson, ruTitleBefore } from './title-ru.js';
import type { OfficialRecord, Warning } from '../types.js';
import { alt, anyCase, sticky } from '../text/patterns.js';
import { memoized } from '../text/memo.js';
import { Bounded, Gated } from '../text/scan.js';

interface OfficialRow {
  name: string;
  variants: string[];
  surname_variants: string[];
  region: string | null;
  role: string;
  from: string | null;
  to: string | null;
  /** The name as Russian text writes it, in the nominative: "Вячеслав Гладков". */
  ru?: string;
  female?: boolean;
}

interface Titles {
  /** "Serhii Popko, who heads the Kyiv City Military Administration": the verb of a clause that makes its subject the
   *  head of what follows. */
  heads_verbs: string[];
  before_name: string[];
  regional: string[];
  national_words: string[];
  channels: Record<string, string>;
  /** Capitalised words that are never part of a name: "Sunday, regional governor Oleh Kiper said". */
  not_names: string[];
}

const T = loadData<Titles>('titles.json');
const ROWS = loadData<{ officials: OfficialRow[] }>('officials.json').officials;
const foldUncached = (s: string) => (/^[A-Za-z]+$/.test(s) ? s.toLowerCase() : foldName(s).normalize('NFD').replace(/\p{M}/gu, ''));
/** foldUncached, remembered: a batch's names and capitalised words repeat, and folding one ran 77 ms of a 10,000-article
 *  profile (a regex test, and for any text with a curly quote a normalize and a mark-stripping replace). */
const fold = memoized(foldUncached);

const BY_SURNAME = new Map<string, OfficialRow[]>();
const BY_FULL = new Map<string, OfficialRow[]>();
for (const row of ROWS) {
  for (const s of new Set([row.name.split(' ').pop()!, ...row.surname_variants])) {
    const list = BY_SURNAME.get(fold(s)) ?? [];
    list.push(row);
    BY_SURNAME.set(fold(s), list);
  }
  for (const full of new Set([row.name, ...row.variants].map(fold))) BY_FULL.set(full, [...(BY_FULL.get(full) ?? []), row]);
}
/** Every case form of the Russian names ("Вячеслава Гладкова", "Гладкову") -> the rows, added to the tables at the
 *  first Cyrillic text (an English batch never builds them: 2,370 forms, 15-55 ms); the surname forms alone are
 *  looked up only in Cyrillic words ("Гладков сообщил"). */
const RU_SURNAMES = new Set<string>();
let russianAdded = false;

function addRussianForms(): void {
  if (russianAdded) return;
  russianAdded = true;
  for (const row of ROWS) {
    if (!row.ru) continue;
    const { full, surname } = personForms(row.ru, row.female);
    for (const f of new Set(full.map(fold))) {
      if (!BY_FULL.get(f)?.includes(row)) BY_FULL.set(f, [...(BY_FULL.get(f) ?? []), row]);
      FULL_NAME_ENDS.add(f.split(' ').pop()!);
    }
    for (const s of new Set(surname.map(fold))) {
      RU_SURNAMES.add(s);
      const list = BY_SURNAME.get(s) ?? [];
      if (!list.includes(row)) list.push(row);
      BY_SURNAME.set(s, list);
    }
  }
}
const CYRILLIC = /[\u0400-\u04FF]/;
/** The list's name spelt with е where the text writes е for ё ("Андрей Воробьев"): the first spelling in the text is
 *  the one given. */
const sameYo = (name: string, written: string) => (written.includes('ё') ? name : name.replaceAll('ё', 'е'));

// "Drozdenko’s confirmation": the possessive is not part of the name.
const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?:['’]\p{Ll}[\p{Ll}\p{M}]+)?(?<!['’]s)(?:-\p{Lu}[\p{Ll}\p{M}]+)?`;
const NAME = String.raw`(?<name>${NAME_WORD}(?:[ \t]+${NAME_WORD}){0,2})`;
/** "Governor Alexander Drozdenko", "city governor Mikhail Razvozhayev", "Acting Governor Alexei Smirnov". */
const TITLE_NAME = new RegExp(String.raw`(?<![\p{L}])(?<title>(?:(?:city|regional|acting|deputy|oblast)[ \t]+)?(?:${anyCase(alt(T.before_name))}))[ \t]+${NAME}`, 'gu');
/** The heading verbs, words parted by spaces or tabs as elsewhere in these patterns. */
const HEADS = alt(T.heads_verbs).replace(/ /g, '[ \\t]+');
/** "Oleh Kiper, head of the regional military administration", "Alexander Gusev, the governor of Voronezh region",
 *  "Serhii Popko, who heads the Kyiv City Military Administration". */
const NAME_TITLE = new RegExp(String.raw`${NAME},[ \t]+(?:the[ \t]+)?(?:(?<heads>who[ \t]+(?:${HEADS})[ \t]+)|(?<title>(?:(?:acting|city|regional|oblast|deputy)[ \t]+)?(?:${alt(T.before_name)})))(?<rest>[^,.;:«»"]{0,70})`, 'gu');
const TITLE_NAME_AT = sticky(TITLE_NAME);
const NAME_TITLE_AT = sticky(NAME_TITLE);
/** Where the patterns above can apply: a title word, or a comma before one. Found first, cheaply. */
const TITLE_WORD = new Bounded(String.raw`(?:${anyCase(alt(T.before_name))})(?![\p{L}])`, 'u', String.raw`\p{L}`);
/** The same hits in a text whose letters are all ASCII, found from the capitals after them (see title-ends.ts). */
const TITLE_ENDS = new TitleEnds(T.before_name, sticky(TITLE_WORD.pattern));
const COMMA_TITLE = new RegExp(String.raw`,[ \t]+(?:the[ \t]+)?(?:who[ \t]+(?:${HEADS})|(?:(?:acting|city|regional|oblast|deputy)[ \t]+)?(?:${alt(T.before_name)}))(?![\p{L}])`, 'gu');
const COMMA_TITLE_AT = sticky(COMMA_TITLE);
const PREFIX_BEFORE = /(?:city|regional|acting|deputy|oblast)[ \t]+$/i;
const CAPITAL_WORD = new Gated('[A-Z\\u00C0-\\uFFFF]', new RegExp(String.raw`\p{Lu}[\p{Ll}\p{M}]+`, 'u'));
/** Last words of every full name on the list: where a known name can end. */
const FULL_NAME_ENDS = new Set([...BY_FULL.keys()].map((k) => k.split(' ').pop()!));
/** Every capital of a text whose letters are all ASCII (see text/ascii.ts), with the lower case after it: those with
 *  some are the capitalised words `[A-Z][a-z]+` finds (42 -> 9 ms over the benchmark corpus against the \p{Lu} scan),
 *  and each after white space is where a title hit can end (TITLE_ENDS). */
const ASCII_CAPITAL = /[A-Z][a-z]*/g;
/** The ends as ASCII_CAPITAL finds them: such a word folds to its lower case, so the word itself is looked up,
 *  unfolded and uncollected (folding each of the corpus's 114,000 capitalised words and collecting their matches
 *  was most of the known-name pass). */
const ASCII_NAME_ENDS = new Set([...FULL_NAME_ENDS].filter((end) => /^[a-z]+$/.test(end)).map((end) => end[0].toUpperCase() + end.slice(1)));
/** For each capital A..Z, the lengths of the ends it opens, as bits (31 for any from 31 up): most capitalised words
 *  are turned away on it before their text is hashed for the Set. */
const NAME_END_LENGTHS = new Uint32Array(26);
for (const end of ASCII_NAME_ENDS) NAME_END_LENGTHS[end.charCodeAt(0) - 65] |= 1 << Math.min(end.length, 31);
const mayEndName = (text: string, at: number, end: number) => (NAME_END_LENGTHS[text.charCodeAt(at) - 65] & (1 << Math.min(end - at, 31))) !== 0;

const isAsciiLower = (c: number) => c >= 0x61 && c <= 0x7a;

/** Where a comma follows the capitalised word ending at `end`, directly ("Oleh Kiper, head of") or after an
 *  apostrophe and lower case ("O'brien, the governor"), or -1: in a text whose letters are all ASCII, the commas
 *  that a name (NAME_TITLE) can run up to. COMMA_TITLE is tried at those alone: each of its matches holds one comma,
 *  so the global scan finds it at the same ones. */
function commaAfter(text: string, end: number): number {
  let at = end;
  const c = text.charCodeAt(at);
  if (c === 0x27 || c === 0x2019) {
    at++;
    while (isAsciiLower(text.charCodeAt(at))) at++;
  }
  return text.charCodeAt(at) === 0x2c ? at : -1;
}
const CAPITAL_AFTER = /^[ \t][\u0410-\u042F\u0401]/;
/** A capitalised Cyrillic word right after a first name, with nothing capitalised after it: "Геннадий Бондарев". */
const RU_SURNAME_AFTER = /^[ \t](?<surname>[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+(?:-[\u0410-\u042F\u0401][\u0430-\u044F\u0451]+)?)(?![\u0400-\u04FF-]|[ \t][\u0410-\u042F\u0401])/;
const CHANNELS = Object.entries(T.channels).map(([name, p]) => [name, new RegExp(p, 'i')] as const);
const NATIONAL = new RegExp(`\\b(?:${alt(T.national_words)})\\b`, 'i');
const NOT_NAME = new RegExp(`^(?:${T.not_names.join('|')})$`);

const inOffice = (r: OfficialRow, date: string) => (!r.from || r.from <= date) && (!r.to || r.to >= date);

/** The row for a person, preferring one in office on the reference date, then one whose region the article names,
 *  else the latest. */
function lookup(name: string, referenceDate: string | null, named: () => ReadonlySet<string | null>): OfficialRow | null {
  let candidates = BY_FULL.get(fold(name));
  if (!candidates) {
    const rows = BY_SURNAME.get(fold(name.split(/\s+/).pop()!)) ?? [];
    const first = fold(name.split(/\s+/)[0]);
    candidates = name.includes(' ') ? rows.filter((r) => [r.name, ...r.variants].some((v) => fold(v).startsWith(first.slice(0, 3)))) : rows;
  }
  if (candidates.length <= 1) return candidates[0] ?? null;
  return (referenceDate && candidates.find((r) => inOffice(r, referenceDate))) || candidates.find((r) => named().has(r.region)) || candidates[candidates.length - 1];
}

interface CleanName {
  readonly name: string;
  /** How far into the raw text the name starts. */
  readonly offset: number;
}

/** Trims rank and calendar words off a candidate: "Lieutenant General Mykola Oleshchuk" -> "Mykola Oleshchuk". */
function cleanNameUncached(raw: string): CleanName | null {
  const words = raw.split(/[ \t]+/);
  let offset = 0;
  while (words.length && NOT_NAME.test(words[0])) offset = raw.indexOf(words[1] ?? '', offset + words.shift()!.length);
  while (words.length && NOT_NAME.test(words[words.length - 1])) words.pop();
  if (!words.length || words.some((w) => NOT_NAME.test(w))) return null;
  return { name: words.join(' '), offset };
}

/** The same candidates recur across a batch (a known name at each mention); cleaning one splits it and tests each
 *  word against NOT_NAME. */
const cleanName = memoized(cleanNameUncached);

// The characters of a name word, ASCII answered from a table and the rest by the patterns (which ran a regex test on
// each character): every mention of a known name is walked back.
const NAME_WORD_CHAR = /[\p{L}\p{M}'’-]/u;
const UPPER_START = /^\p{Lu}/u;
const ASCII_NAME_WORD_CHAR = Uint8Array.from({ length: 128 }, (_, c) => (NAME_WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0));

function inNameWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return c < 128 ? ASCII_NAME_WORD_CHAR[c] === 1 : NAME_WORD_CHAR.test(text[at]);
}

/** Whether text.slice(start, end) opens with an upper-case letter. */
function opensUpper(text: string, start: number, end: number): boolean {
  const c = text.charCodeAt(start);
  return c < 128 ? c >= 0x41 && c <= 0x5a : UPPER_START.test(text.slice(start, end));
}

/** No word of a name is longer: "Wolfeschlegelsteinhausenbergerdorff" has 35 letters. */
const LONGEST_NAME_WORD = 60;

/** Starts of up to three capitalised words running up to `end` ("Oleh Kiper|, head of ..."), leftmost first. A run of
 *  word characters longer than LONGEST_NAME_WORD is no name word: walking back over it from every capital inside it
 *  ("KiperKiperKiper...", each "Kiper" a known name's end) made an 80 KB run take 6 s. */
function nameStartsBefore(text: string, end: number): number[] {
  const starts: number[] = [];
  let i = end;
  while (starts.length < 3) {
    let j = i;
    while (j > 0 && (text[j - 1] === ' ' || text[j - 1] === '\t')) j--;
    if (j === i && starts.length) break;
    let k = j;
    while (k > 0 && j - k <= LONGEST_NAME_WORD && inNameWord(text, k - 1)) k--;
    if (j - k > LONGEST_NAME_WORD) break;
    if (k === j || !opensUpper(text, k, j)) break;
    starts.unshift(k);
    i = k;
  }
  return starts;
}

export interface OfficialsResult {
  records: OfficialRecord[];
  warnings: Warning[];
  /** Region mentions the officials list resolved ("Bellamy Oblast" -> RU-BEL). */
  resolved: LocationMention[];
}

/** What extractOfficials gathers as it reads one text. */
interface Reading {
  doc: Doc;
  records: OfficialRecord[];
  warnings: Warning[];
  resolved: LocationMention[];
  bySurname: Map<string, OfficialRecord>;
  /** The codes of the places the text names: asked only of a name several rows share, and built then (building it
   *  for every text ran 20 ms of a 10,000-article profile). */
  regionsNamed: () => Set<string | null>;
}

/** A candidate name, kept as an official unless it is a place, a repeat, or a name on no list without a title. A
 *  function of its own, not a closure in extractOfficials: V8 compiled the two together, ~200 ms a time. */
function addOfficial(reading: Reading, rawStart: number, rawName: string, titleFound: string | null, phraseEnd: number, rule: string, nominative: string | null = null): void {
  const { doc, records, warnings, resolved, bySurname, regionsNamed } = reading;
  const { text } = doc;
  const cleaned = cleanName(rawName);
  if (!cleaned) return;
  const written = cleaned.name;
  // A person already recorded: asked first, as what it skips has no effect, and most candidates are repeats (a
  // known name each time it recurs).
  let key = fold(written.slice(written.lastIndexOf(' ') + 1));
  if (bySurname.has(key)) return;
  const nameStart = rawStart + cleaned.offset;
  const nameEnd = nameStart + written.length;
  const isGazetteerName = locationsIn(doc, Math.max(0, nameStart - 200), nameEnd).some((l) => l.start <= nameStart && l.end >= nameEnd);
  if (isGazetteerName) return;
  const row = lookup(written, doc.referenceDate, regionsNamed);
  // "по словам Вячеслава Гладкова", "Гладков сообщил": a Russian name is given in the nominative, in full
  const cyrillic = CYRILLIC.test(written);
  const name = cyrillic ? sameYo(row?.ru ?? nominative ?? written, written) : written;
  if (name !== written) {
    key = fold(name.slice(name.lastIndexOf(' ') + 1));
    if (bySurname.has(key)) return;
  }
  let title = titleFound;
  if (!title && cyrillic) {
    // "врио губернатора Курской области Александр Хинштейн"; a bare "глава" says less than the list's role
    const ru = ruTitleBefore(text, nameStart)?.title ?? null;
    title = ru === 'head' && row ? null : ru;
  }
  // A name on no list rests on its title; compromise vetoes words that are dates or places ("Sunday, ... governor").
  if (!row && (!title || !couldBePersonName(name))) return;
  const sentence = sentenceOf(doc, nameStart);
  const from = Math.max(sentence.start, Math.min(nameStart, phraseEnd) - 40);
  // Within the sentence: "..., Governor Oleksandr Prokudin said.\nKharkiv Oblast - ..." names the next region.
  const phrase = locationsIn(doc, from, Math.min(sentence.end, Math.max(phraseEnd, nameEnd) + 40)).filter((l) => l.kind === 'region' || l.code);
  const titleText = (title ?? row?.role ?? '').toLowerCase().replace(/\s+/g, ' ');
  const national = titleText ? NATIONAL.test(titleText) && !/military administration|governor|mayor/.test(titleText) : row?.region === null;
  let region: string | null = null;
  let confidence = row ? 0.9 : 0.75;
  const named = phrase.find((l) => l.code && l.code.length > 2) ?? phrase.find((l) => l.unresolved);
  if (row && named && (named.code === null || named.unresolved)) {
    region = row.region;
    confidence = 0.6;
    resolved.push({ ...named, code: row.region, name: row.region ?? named.name, rule: 'region/official-context', confidence: 0.5 });
    warnings.push({ code: 'region-garbled', message: `"${named.text}" is not a known region; ${row.name} is ${row.role} of ${row.region}, so ${row.region} is used` });
  } else if (named?.code && !national) region = named.code;
  else if (row) region = row.region;
  else if (!national) region = regionInForce(doc, nameStart);
  const channel = CHANNELS.find(([, p]) => p.test(sentence.text))?.[0] ?? null;
  const record: OfficialRecord = withEvidence(
    {
      type: 'official',
      name,
      title: titleText || 'official',
      region,
      channel,
    },
    doc, nameStart, nameEnd, rule, confidence,
  );
  bySurname.set(key, record);
  records.push(record);
}

export function extractOfficials(doc: Doc): OfficialsResult {
  const records: OfficialRecord[] = [];
  const warnings: Warning[] = [];
  const resolved: LocationMention[] = [];
  let namedRegions: Set<string | null> | undefined;
  const reading: Reading = {
    doc,
    records,
    warnings,
    resolved,
    bySurname: new Map(),
    regionsNamed: () => (namedRegions ??= new Set(doc.locations.map((l) => l.code))),
  };
  const text = doc.text;
  const stickyAt = (pattern: RegExp, starts: number[]) => {
    for (const start of starts) {
      pattern.lastIndex = start;
      const m = pattern.exec(text);
      if (m) return m;
    }
    return null;
  };
  // One pass over the capitals finds the title hits, the commas after a name and where known names end; the names
  // are still added in the order they were: titled, then known.
  const titleHits: number[] = [];
  const commas: number[] = [];
  const knownEnds: number[] = [];
  const knownSurnames: number[] = [];
  const firstNames: number[] = [];
  if (doc.ascii) {
    ASCII_CAPITAL.lastIndex = 0;
    // test, not exec, and the capital found back from the end: no match array for each of the 114,000 capitals.
    while (ASCII_CAPITAL.test(text)) {
      const end = ASCII_CAPITAL.lastIndex;
      let at = end - 1;
      while (isAsciiLower(text.charCodeAt(at))) at--;
      if (end - at > 1 && mayEndName(text, at, end) && ASCII_NAME_ENDS.has(text.slice(at, end))) knownEnds.push(at, end);
      const before = at > 0 ? text.charCodeAt(at - 1) : 0;
      if (before === 0x20 || before === 0x09) {
        const hit = TITLE_ENDS.hitBefore(text, at);
        if (hit >= 0) titleHits.push(hit);
      }
      const comma = commaAfter(text, end);
      if (comma >= 0) {
        COMMA_TITLE_AT.lastIndex = comma;
        if (COMMA_TITLE_AT.test(text)) commas.push(comma);
      }
    }
  } else {
    if (CYRILLIC.test(text)) addRussianForms();
    for (const hit of TITLE_WORD.all(text)) titleHits.push(hit.index);
    for (const hit of text.matchAll(COMMA_TITLE)) commas.push(hit.index);
    for (const m of CAPITAL_WORD.all(text)) {
      const word = fold(m[0]);
      if (FULL_NAME_ENDS.has(word)) knownEnds.push(m.index, m.index + m[0].length);
      if (RU_SURNAMES.has(word)) knownSurnames.push(m.index, m.index + m[0].length);
      else if (firstNameForms(m[0]).length) firstNames.push(m.index, m.index + m[0].length);
    }
  }
  const titleNames: RegExpExecArray[] = [];
  const titleStarts = new Set<number>();
  for (const hit of titleHits) {
    const prefix = PREFIX_BEFORE.exec(text.slice(Math.max(0, hit - 12), hit));
    const m = stickyAt(TITLE_NAME_AT, prefix ? [hit - prefix[0].length, hit] : [hit]);
    if (m && !titleStarts.has(m.index)) {
      titleStarts.add(m.index);
      titleNames.push(m);
    }
  }
  const nameTitles: RegExpExecArray[] = [];
  for (const comma of commas) {
    const m = stickyAt(NAME_TITLE_AT, nameStartsBefore(text, comma));
    if (m) nameTitles.push(m);
  }
  for (const [pattern, matches] of [[TITLE_NAME, titleNames], [NAME_TITLE, nameTitles]] as const) {
    for (const m of matches) {
      const g = m.groups!;
      const nameStart = m.index + m[0].indexOf(g.name, pattern === TITLE_NAME ? g.title.length : 0);
      let title = g.title ?? null;
      if (g.heads) title = `head of ${g.rest.trim()}`;
      else if (pattern === NAME_TITLE && /^head$/i.test(title ?? '')) title = `head${g.rest.replace(/(?<!\s)\s+(?:said|wrote|reported|told)\b[^]*$/, '').trimEnd()}`;
      else if (pattern === NAME_TITLE && /^[ \t]+of\b/.test(g.rest)) title = `${title}${g.rest.split(/(?<![ \t])[ \t]+(?:said|wrote|reported|told|on|in)\b/)[0]}`;
      addOfficial(reading, nameStart, g.name, title, m.index + m[0].length, pattern === TITLE_NAME ? 'official/title-name' : 'official/name-title');
    }
  }
  // People on the officials list named without a title: "Razvozhayev stressed...".
  const addKnown = (wordStart: number, end: number) => {
    for (const start of nameStartsBefore(text, wordStart).slice(-2)) {
      const name = text.slice(start, end);
      if (BY_FULL.has(fold(name))) {
        addOfficial(reading, start, name, null, end, 'official/known-name');
        break;
      }
    }
  };
  for (let i = 0; i < knownEnds.length; i += 2) addKnown(knownEnds[i], knownEnds[i + 1]);
  // "Гладков сообщил", "губернатор Гладков": a Russian surname on the list, alone
  // Not after another first name ("Сергей Гусев, местный житель"), and only where a title comes before it or the
  // article names the person's region: "эксперт Смирнов" is not the former governor.
  for (let i = 0; i < knownSurnames.length; i += 2) {
    const [start, end] = [knownSurnames[i], knownSurnames[i + 1]];
    const before = nameStartsBefore(text, start).pop();
    if (before !== undefined && firstNameForms(text.slice(before, start).trim()).length && !BY_FULL.has(fold(text.slice(before, end)))) continue;
    // "Игнат Петров": a capitalised word after it makes it a first name or part of another name
    if (CAPITAL_AFTER.test(text.slice(end, end + 3))) continue;
    const rows = BY_SURNAME.get(fold(text.slice(start, end))) ?? [];
    if (!ruTitleBefore(text, start) && !rows.some((r) => r.region === null || reading.regionsNamed().has(r.region))) continue;
    addOfficial(reading, start, text.slice(start, end), null, end, 'official/known-surname');
  }
  // "сообщил глава района Геннадий Бондарев", "по словам главы района Геннадия Бондарева": a Russian title, a first
  // name and a capitalised word
  for (let i = 0; i < firstNames.length; i += 2) {
    const start = firstNames[i];
    const surname = RU_SURNAME_AFTER.exec(text.slice(firstNames[i + 1], firstNames[i + 1] + 40));
    if (!surname) continue;
    const end = firstNames[i + 1] + surname[0].length;
    const title = ruTitleBefore(text, start);
    const nominative = title && nominativePerson(text.slice(start, firstNames[i + 1]), surname.groups!.surname);
    if (title && nominative) addOfficial(reading, start, text.slice(start, end), title.title, end, 'official/ru-title-name', nominative);
  }
  records.sort((a, b) => a.start - b.start);
  return { records, warnings, resolved };
}
