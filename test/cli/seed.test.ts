/** The seed article through the real CLI: what a reviewer checked by hand must come out exactly. */
import { readFileSync } from 'node:fs';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Article, ExtractedRecord, RecordType } from '../../src/types.js';
import { parseGold } from '../../src/eval/gold.js';
import { scoreCase, summarize } from '../../src/eval/score.js';
import { ROOT, SEED, SEED_GOLD, badSpans, run, tempDir, type Run } from './run.js';

const schema = JSON.parse(readFileSync(`${ROOT}schema/article.schema.json`, 'utf8'));
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
const seedText = readFileSync(SEED, 'utf8');

function ofType<T extends RecordType>(article: Article, type: T): Extract<ExtractedRecord, { type: T }>[] {
  return article.records.filter((r): r is Extract<ExtractedRecord, { type: T }> => r.type === type);
}

describe('extract --format json fixtures/leningrad-drones.txt', () => {
  let result: Run;
  let article: Article;
  beforeAll(() => {
    result = run(['--format', 'json', 'fixtures/leningrad-drones.txt']);
    article = (JSON.parse(result.stdout) as Article[])[0];
  });

  it('writes one array of one article, nothing on stderr, exit 0', () => {
    expect({ status: result.status, stderr: result.stderr }).toEqual({ status: 0, stderr: '' });
    const out = JSON.parse(result.stdout);
    expect(Array.isArray(out)).toBe(true);
    expect(out).toHaveLength(1);
    expect(Object.keys(out[0]).sort()).toEqual(['language', 'records', 'reference_date', 'source', 'warnings']);
    expect(out[0].source).toBe('fixtures/leningrad-drones.txt');
    expect(out[0].reference_date).toBeNull();
  });

  it('validates against schema/article.schema.json', () => {
    expect(validate(article), JSON.stringify(validate.errors)).toBe(true);
  });

  it('has evidence that indexes the input: input.slice(start, end) === text', () => {
    expect(article.records.length).toBeGreaterThan(0);
    expect(badSpans(seedText, article.records)).toEqual([]);
  });

  it('finds exactly the drone counts: 94 in all, 41 Crimea, 24 Bryansk, 7 Smolensk, 6 Belarus, 6 Kursk', () => {
    // "On December 13th alone, ... 94 Ukrainian drones", "41—occurred over Crimea", "Another 24 were downed in Bryansk Oblast, 7 in ..."
    expect(ofType(article, 'drone_count').map((c) => [c.count, c.region])).toEqual([
      [94, null],
      [41, 'UA-43'],
      [24, 'RU-BRY'],
      [7, 'RU-SMO'],
      [6, 'BY'],
      [6, 'RU-KRS'],
    ]);
  });

  it('finds the regions, "Bellamy Oblast" resolved through its governor to RU-BEL', () => {
    const codes = ofType(article, 'region').map((r) => r.code);
    expect(codes).toEqual(expect.arrayContaining(['RU-LEN', 'RU-KDA', 'UA-43', 'RU-BRY', 'RU-SMO', 'BY', 'RU-KRS', 'RU-BEL']));
  });

  it('warns that the parts (84) do not add up to the total (94), and that "Bellamy Oblast" is garbled', () => {
    const mismatch = article.warnings.filter((w) => w.code === 'parts-total-mismatch');
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0].message).toMatch(/\b84\b/);
    expect(mismatch[0].message).toMatch(/\b94\b/);
    const garbled = article.warnings.filter((w) => w.code === 'region-garbled');
    expect(garbled).toHaveLength(1);
    expect(garbled[0].message).toContain('Bellamy Oblast');
  });

  it('finds the officials: Governor Drozdenko of Leningrad on Telegram, Governor Gladkov of Belgorod', () => {
    const officials = ofType(article, 'official');
    expect(officials).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: expect.stringMatching(/Drozdenko$/), region: 'RU-LEN', channel: 'Telegram' }),
        expect.objectContaining({ name: expect.stringMatching(/Gladkov$/), region: 'RU-BEL' }),
      ]),
    );
  });

  // "Meanwhile, Governor Drozdenko’s confirmation of the Leningrad Region attack": the possessive is not part of the
  // name, and the mention is the same person as "Alexander Drozdenko".
  it('finds each official once: no second record for the possessive "Drozdenko’s"', () => {
    expect(ofType(article, 'official').map((o) => [o.name, o.region])).toEqual([
      ['Alexander Drozdenko', 'RU-LEN'],
      ['Gladkov', 'RU-BEL'],
    ]);
  });

  it('finds the date December 13th, year unknown', () => {
    expect(ofType(article, 'date').map((d) => d.value)).toEqual(['XXXX-12-13']);
  });

  it('finds the damage: windows in four residences, a power cut', () => {
    // "shattering windows in four private residences and cutting power to one address"
    const damage = ofType(article, 'damage');
    expect(damage).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ object: 'residential', effect: 'windows', count: 4 }),
        expect.objectContaining({ object: 'power', effect: 'power outage' }),
      ]),
    );
  });

  // Not damage: "fragments from Ukrainian drones struck multiple homes" (the same homes as the windows record) and
  // "inspecting buildings for potential damage" (only possible damage).
  it('finds no damage beyond the windows and the power cut', () => {
    expect(ofType(article, 'damage').map((d) => `${d.object}/${d.effect}`)).toEqual(['residential/windows', 'power/power outage']);
  });

  it('reports no one killed or injured', () => {
    // "though no casualties have been reported so far"
    const casualties = ofType(article, 'casualties');
    expect(casualties.length).toBeGreaterThan(0);
    expect(casualties.map((c) => [c.killed, c.injured])).toEqual(casualties.map(() => [0, 0]));
  });

  it('scores micro F1 1 against fixtures/leningrad-drones.gold.json', () => {
    const gold = parseGold(readFileSync(SEED_GOLD, 'utf8'));
    const score = scoreCase('leningrad-drones', article.records, gold);
    expect({ misses: score.misses, falseHits: score.falseHits }).toEqual({ misses: [], falseHits: [] });
    const summary = summarize([score]);
    expect(summary.casualties.accuracy).toBe(1);
    expect(summary.micro.f1).toBe(1);
  });

  it('scores every field but officials and damage at 1 (guards the part that is right today)', () => {
    const gold = parseGold(readFileSync(SEED_GOLD, 'utf8'));
    const summary = summarize([scoreCase('leningrad-drones', article.records, gold)]);
    for (const field of ['regions', 'drone_counts', 'dates'] as const) expect(summary.fields[field].f1, field).toBe(1);
    expect(summary.micro.recall).toBe(1);
    expect(summary.casualties.accuracy).toBe(1);
  });
});

describe('extract eval DIR', () => {
  const tmp = tempDir();
  let table: Run;
  let json: Run;
  beforeAll(() => {
    tmp.file('leningrad-drones.txt', readFileSync(SEED));
    tmp.file('leningrad-drones.gold.json', readFileSync(SEED_GOLD));
    table = run(['eval', tmp.dir]);
    json = run(['eval', '--format', 'json', tmp.dir]);
  });
  afterAll(() => tmp.cleanup());

  it('prints a table with the micro row, exit 0', () => {
    expect({ status: table.status, stderr: table.stderr }).toEqual({ status: 0, stderr: '' });
    expect(table.stdout).toContain('1 cases');
    expect(table.stdout).toMatch(/micro/);
    expect(table.stdout).not.toMatch(/\x1b\[/);
  });

  it('scores the seed pair at F1 1.000 (table)', () => {
    const micro = table.stdout.split('\n').find((line) => line.includes('micro'));
    expect(micro).toMatch(/│\s*micro\s*│\s*1\.000\s*│\s*1\.000\s*│\s*1\.000\s*│/);
  });

  // `extract eval --format json DIR`: options after the subcommand are its own (enablePositionalOptions).
  it('writes the summary and the cases as JSON with --format json', () => {
    expect({ status: json.status, stderr: json.stderr }).toEqual({ status: 0, stderr: '' });
    const result = JSON.parse(json.stdout);
    expect(result.summary.cases).toBe(1);
    expect(result.cases.map((c: { name: string }) => c.name)).toEqual(['leningrad-drones']);
    expect(typeof result.summary.micro.f1).toBe('number');
  });

  it('scores the seed pair at summary.micro.f1 === 1 (json)', () => {
    expect(JSON.parse(json.stdout).summary.micro.f1).toBe(1);
  });

  it('on a missing directory: one line on stderr, nothing on stdout, exit 1', () => {
    const missing = `${tmp.dir}/no-such-dir`;
    const r = run(['eval', missing]);
    expect(r).toEqual({ status: 1, stdout: '', stderr: `extract eval: ${missing}: no such directory\n` });
  });

  it('on a directory with no pairs: one line on stderr, exit 1', () => {
    const empty = tempDir();
    try {
      const r = run(['eval', empty.dir]);
      expect(r).toEqual({ status: 1, stdout: '', stderr: `extract eval: ${empty.dir}: no NAME.txt / NAME.gold.json pairs\n` });
    } finally {
      empty.cleanup();
    }
  });
});
