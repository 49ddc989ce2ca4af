/** Hand-made records shared by the writer and schema tests: one of each type, with strings that break naive CSV
 *  and spreadsheets. */
import type { Article, ExtractedRecord } from '../src/types.js';

const evidence = { start: 0, end: 10, sentence: 0, confidence: 0.9 };

// One record of each type; the strings carry what breaks naive CSV and spreadsheets.
export const RECORDS: ExtractedRecord[] = [
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

export const FULL: Article = {
  source: 'reports/a,"b".txt',
  language: 'en',
  reference_date: '2024-12-14',
  records: RECORDS,
  warnings: [{ code: 'sum-mismatch', message: 'parts add up to 65, total says 70' }],
};
