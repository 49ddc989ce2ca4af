/** `extract --format ndjson` output back into articles: one record per line, `{"source", "id"?, "url"?, "language"?,
 *  ...record}`,
 *  regrouped by source. Checks the fields the summary reads, so a bad line gets a message instead of a wrong sum. */
import { ACTIONS, DAMAGE_EFFECTS, DAMAGE_OBJECTS, LANGUAGES, QUALIFIERS, RECORD_TYPES, type Article, type ExtractedRecord, type Language, type RecordType } from '../types.js';
import { parseObjectLine } from '../batch/line.js';

export interface RecordLine {
  source: string;
  id?: string | number;
  url?: string;
  /** Absent in records written before articles had a language. */
  language?: Language;
  record: ExtractedRecord;
}

type Fields = Record<string, unknown>;
const isCount = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isCode = (v: unknown) => v === null || typeof v === 'string';
const oneOf = (list: readonly string[]) => (v: unknown) => typeof v === 'string' && list.includes(v);

/** The fields each type must have for the summary, with what they must be. Types it does not read need none. */
const CHECKS = {
  region: {},
  place: {},
  drone_count: { count: isCount, region: isCode, action: oneOf(ACTIONS), qualifier: oneOf(QUALIFIERS), date: isCode, claimant: isCode },
  date: {},
  official: {},
  damage: { object: oneOf(DAMAGE_OBJECTS), effect: oneOf(DAMAGE_EFFECTS), count: (v: unknown) => v === null || isCount(v), region: isCode },
  casualties: { killed: isCount, injured: isCount, region: isCode },
} satisfies Record<RecordType, Record<string, (value: unknown) => boolean>>;

export function parseRecordLine(line: string): RecordLine | { problem: string } {
  const parsed = parseObjectLine(line);
  if ('problem' in parsed) return parsed;
  const { source, id, url, language, ...record } = parsed.value as Fields;
  if (typeof source !== 'string') return { problem: '"source" is missing or not a string (expected `extract --format ndjson` output)' };
  if (!oneOf(RECORD_TYPES)(record.type)) return { problem: `"type" is not one of ${RECORD_TYPES.join(', ')}` };
  const checks: Record<string, (value: unknown) => boolean> = CHECKS[record.type as RecordType];
  const bad = Object.keys(checks).find((field) => !checks[field](record[field]));
  if (bad) return { problem: `"${bad}" is missing or invalid in a ${String(record.type)} record` };
  return {
    source,
    ...((typeof id === 'string' || typeof id === 'number') && { id }),
    ...(typeof url === 'string' && { url }),
    ...(oneOf(LANGUAGES)(language) && { language: language as Language }),
    record: record as unknown as ExtractedRecord,
  };
}

/** Records into articles by source, in order of first appearance. NDJSON carries no reference date: `date` stands in. */
export function articlesFromRecords(lines: Iterable<RecordLine>, date: string | null = null): Article[] {
  const articles = new Map<string, Article>();
  for (const { source, id, url, language, record } of lines) {
    let article = articles.get(source);
    if (!article) {
      article = { source, ...(id !== undefined && { id }), ...(url !== undefined && { url }), language: language ?? 'en', reference_date: date, records: [], warnings: [] };
      articles.set(source, article);
    }
    article.records.push(record);
  }
  return [...articles.values()];
}
