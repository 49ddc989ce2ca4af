import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ACTIONS, DAMAGE_EFFECTS, DAMAGE_OBJECTS, LANGUAGES, QUALIFIERS, RECORD_TYPES, type Article, type ExtractedRecord } from '../src/types.js';
import { FULL, RECORDS } from './articles.js';

const schema = JSON.parse(readFileSync(new URL('../schema/article.schema.json', import.meta.url), 'utf8'));
// allowUnionTypes: nullable fields are `"type": ["string", "null"]`.
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

const ARTICLE: Article = FULL;

/** ARTICLE, as JSON, with the record of `type` changed; `undefined` removes a field. */
function withRecord(type: string, change: Record<string, unknown>): object {
  const records = RECORDS.map((record) => (record.type === type ? { ...record, ...change } : record));
  return JSON.parse(JSON.stringify({ ...ARTICLE, records }));
}

describe('article.schema.json', () => {
  it('accepts the fixture', () => {
    expect(validate(ARTICLE), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts an article with nothing found and no reference date', () => {
    expect(validate({ source: '-', language: 'en', reference_date: null, records: [], warnings: [] })).toBe(true);
  });

  it('allows extra properties, for later fields such as id and url', () => {
    expect(validate({ ...withRecord('region', { id: 'r1' }), url: 'https://example.org' })).toBe(true);
  });

  it.each<[string, string, Record<string, unknown>]>([
    ['confidence above 1', 'region', { confidence: 2 }],
    ['an unknown type', 'region', { type: 'regoin' }],
    ['a negative offset', 'place', { start: -1 }],
    ['a fractional sentence index', 'date', { sentence: 1.5 }],
    ['a bad region code', 'region', { code: 'Bryansk' }],
    ['a bad date value', 'date', { value: '13 December' }],
    ['a bad drone_count date', 'drone_count', { date: '2024-12' }],
    ['an unknown action', 'drone_count', { action: 'exploded' }],
    ['a count as a string', 'drone_count', { count: '41' }],
    ['a missing field', 'official', { channel: undefined }],
    ['an unknown damage effect', 'damage', { effect: 'smashed' }],
  ])('rejects %s', (_, type, change) => {
    expect(validate(withRecord(type, change))).toBe(false);
  });

  it('rejects an article without a language or in one it does not know', () => {
    const { language: _, ...without } = ARTICLE;
    expect(validate(without)).toBe(false);
    expect(validate({ ...ARTICLE, language: 'de' })).toBe(false);
    expect(validate({ ...ARTICLE, language: 'ru' })).toBe(true);
  });

  it('rejects a bad reference date and a warning without a message', () => {
    expect(validate({ ...ARTICLE, reference_date: '14.12.2024' })).toBe(false);
    expect(validate({ ...ARTICLE, warnings: [{ code: 'x' }] })).toBe(false);
  });

  it('has the same vocabulary as src/types.ts', () => {
    const defs = schema.$defs;
    expect(defs.record.oneOf.map((branch: { $ref: string }) => defs[branch.$ref.split('/').pop()!].properties.type.const)).toEqual([...RECORD_TYPES]);
    expect(defs.drone_count.properties.action.enum).toEqual([...ACTIONS]);
    expect(defs.drone_count.properties.qualifier.enum).toEqual([...QUALIFIERS]);
    expect(defs.damage.properties.object.enum).toEqual([...DAMAGE_OBJECTS]);
    expect(defs.damage.properties.effect.enum).toEqual([...DAMAGE_EFFECTS]);
    expect(schema.properties.language.enum).toEqual([...LANGUAGES]);
  });
});
