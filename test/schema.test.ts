import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ACTIONS, DAMAGE_EFFECTS, DAMAGE_OBJECTS, QUALIFIERS, RECORD_TYPES, type Article, type ExtractedRecord } from '../src/types.js';

const schema = JSON.parse(readFileSync(new URL('../schema/article.schema.json', import.meta.url), 'utf8'));
// allowUnionTypes: nullable fields are `"type": ["string", "null"]`.
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);

const evidence = { start: 0, end: 10, sentence: 0, confidence: 0.9 };
const RECORDS: ExtractedRecord[] = [
  { ...evidence, type: 'region', rule: 'region/gazetteer', text: 'Bryansk Oblast', code: 'RU-BRY', name: 'Bryansk Oblast', country: 'RU' },
  { ...evidence, type: 'place', rule: 'place/gazetteer', text: 'Klintsy, "the town"', name: 'Klintsy', region: 'RU-BRY' },
  {
    ...evidence, type: 'drone_count', rule: 'drone_count/breakdown-list',
    text: '41 over Crimea\n24 in Bryansk Oblast', count: 41, region: 'UA-43', action: 'destroyed',
    qualifier: 'exact', date: 'XXXX-12-13', claimant: '=HYPERLINK("http://x")',
  },
  { ...evidence, type: 'date', rule: 'date/absolute', text: 'December 13th', value: 'XXXX-12-13', kind: 'absolute' },
  { ...evidence, type: 'official', rule: 'official/said', text: 'Governor Bogomaz said', name: 'Alexander Bogomaz', title: '-governor', region: 'RU-BRY', channel: null },
  { ...evidence, type: 'damage', rule: 'damage/windows', text: 'windows were\r\nblown out', object: 'residential', effect: 'windows', count: null, region: null },
  { ...evidence, type: 'casualties', rule: 'casualties/killed-injured', text: '@one killed, two injured', killed: 1, injured: 2, region: 'RU-BRY' },
];
const ARTICLE: Article = {
  source: 'reports/a,"b".txt',
  reference_date: '2024-12-14',
  records: RECORDS,
  warnings: [{ code: 'sum-mismatch', message: 'parts add up to 65, total says 70' }],
};

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
    expect(validate({ source: '-', reference_date: null, records: [], warnings: [] })).toBe(true);
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
  });
});
