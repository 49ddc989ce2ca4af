/** The summary's writers: table (with its bar chart), CSV round trips, GeoJSON against the RFC 7946 structure. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CLAIM_COLUMNS, LIST_SEPARATOR } from '../../src/summarize/csv.js';
import { renderSummary, SUMMARY_FORMATS } from '../../src/summarize/render.js';
import { summarize } from '../../src/summarize/summary.js';
import type { Article, DroneCountRecord, ExtractedRecord } from '../../src/types.js';

const evidence = { text: 'x', start: 0, end: 1, sentence: 0, confidence: 0.9, rule: 'test' };
function drones(count: number, region: string | null, claimant: string | null, date: string | null): DroneCountRecord {
  return { ...evidence, type: 'drone_count', count, region, claimant, date, action: 'destroyed', qualifier: 'exact' };
}
function article(source: string, records: ExtractedRecord[]): Article {
  return { source, language: 'en', reference_date: '2024-09-15', records, warnings: [] };
}

const ARTICLES = [
  article('tass.txt', [drones(94, null, 'Russian Defence Ministry', '2024-09-15'), drones(40, 'RU-BRY', 'Russian Defence Ministry', '2024-09-15'), drones(10, 'UA-43', 'Russian Defence Ministry', '2024-09-15')]),
  article('reports/ria, "night".txt', [drones(40, 'RU-BRY', 'Russian Defence Ministry', '2024-09-15')]),
  // Text from the input that must stay inert in a spreadsheet and on a terminal.
  article('gov\u001b[31m.txt', [drones(12, 'RU-BRY', '=HYPERLINK("http://x")', '2024-09-15'), { ...evidence, type: 'casualties', killed: 1, injured: 2, region: 'RU-BRY' }]),
  article('undated.txt', [drones(3, 'XX-NEW', null, 'XXXX-12-13')]),
];
const SUMMARY = summarize(ARTICLES);
const ANSI = /\u001b\[/;

it('has a renderer for every format', () => {
  for (const format of SUMMARY_FORMATS) expect(renderSummary(SUMMARY, format, { color: false })).not.toBe('');
});

describe('table', () => {
  const plain = renderSummary(SUMMARY, 'table', { color: false });

  it('has no ANSI escapes without colour, and some with', () => {
    expect(plain).not.toMatch(ANSI);
    expect(renderSummary(SUMMARY, 'table', { color: true })).toMatch(ANSI);
  });

  it('draws a bar per region, scaled to the largest', () => {
    const bars = Object.fromEntries([...plain.matchAll(/^(?<code>\S+) .*? (?<bar>█+) (?<n>\d+)$/gm)].map((m) => [m.groups!.code, m.groups!.bar.length]));
    expect(bars).toEqual({ 'RU-BRY': 40, 'UA-43': 10, 'XX-NEW': 3 });
  });

  it('shows conflicting figures side by side, and the notes', () => {
    expect(plain).toContain('Russian Defence Ministry: 40 (2 sources)');
    expect(plain).toContain('=HYPERLINK("http://x"): 12 (1 source)');
    expect(plain).toContain('note: with no full date');
    expect(plain).toContain('note: no map point (left out of geojson): XX-NEW');
  });

  it('prints control characters from the input as escapes', () => {
    expect(plain).toContain('gov\\u001b[31m.txt');
  });
});

describe('csv', () => {
  const rows = parse(renderSummary(SUMMARY, 'csv', { color: false }), { columns: true }) as Record<string, string>[];

  it('round-trips one row per claim under the fixed header', () => {
    expect(rows).toHaveLength(SUMMARY.claims.length);
    expect(Object.keys(rows[0])).toEqual([...CLAIM_COLUMNS]);
    const bryansk = rows.find((r) => r.region === 'RU-BRY' && r.count === '40')!;
    expect(bryansk).toEqual({
      date: '2024-09-15', month_day: '', region: 'RU-BRY', name: 'Bryansk Oblast', claimant: 'Russian Defence Ministry', count: '40',
      actions: 'destroyed', qualifiers: 'exact', source_count: '2', sources: ['tass.txt', 'reports/ria, "night".txt'].join(LIST_SEPARATOR), conflict: 'yes',
    });
    expect(rows.find((r) => r.region === '')).toMatchObject({ count: '94', name: '', conflict: 'no' });
    expect(rows.find((r) => r.date === 'unknown')).toMatchObject({ month_day: '12-13', claimant: 'unknown' });
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    expect(rows.find((r) => r.count === '12')!.claimant).toBe(`'=HYPERLINK("http://x")`);
  });
});

describe('geojson', () => {
  const text = renderSummary(SUMMARY, 'geojson', { color: false });
  const doc = JSON.parse(text) as Record<string, unknown>;

  /** The RFC 7946 rules a FeatureCollection of Points must keep (sections 3, 3.1.1, 3.1.2, 3.2, 3.3, 4). */
  function rfc7946Problems(value: Record<string, unknown>): string[] {
    const problems: string[] = [];
    if (value.type !== 'FeatureCollection') problems.push('type is not FeatureCollection');
    if ('crs' in value) problems.push('a "crs" member (removed by RFC 7946, section 4)');
    if (!Array.isArray(value.features)) return [...problems, 'features is not an array'];
    value.features.forEach((feature: Record<string, unknown>, i: number) => {
      const at = `features[${i}]`;
      if (typeof feature !== 'object' || feature === null) return problems.push(`${at} is not an object`);
      if (feature.type !== 'Feature') problems.push(`${at}.type is not Feature`);
      if (!('properties' in feature) || (feature.properties !== null && (typeof feature.properties !== 'object' || Array.isArray(feature.properties)))) problems.push(`${at}.properties is not an object or null`);
      if ('id' in feature && typeof feature.id !== 'string' && typeof feature.id !== 'number') problems.push(`${at}.id is not a string or number`);
      const geometry = feature.geometry as Record<string, unknown> | null;
      if (typeof geometry !== 'object' || geometry === null) return problems.push(`${at}.geometry is not an object`);
      if (geometry.type !== 'Point') problems.push(`${at}.geometry.type is not Point`);
      const c = geometry.coordinates;
      if (!Array.isArray(c) || c.length < 2 || c.length > 3 || !c.every((n) => typeof n === 'number' && Number.isFinite(n))) return problems.push(`${at}: coordinates are not a position`);
      if (c[0] < -180 || c[0] > 180) problems.push(`${at}: longitude ${c[0]} out of range`);
      if (c[1] < -90 || c[1] > 90) problems.push(`${at}: latitude ${c[1]} out of range`);
    });
    return problems;
  }

  it('is a valid RFC 7946 FeatureCollection', () => {
    expect(rfc7946Problems(doc)).toEqual([]);
  });

  it('catches what breaks the structure (the check itself)', () => {
    const bad = { type: 'FeatureCollection', crs: {}, features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [53.27, 134.32] }, properties: [] }] };
    expect(rfc7946Problems(bad)).toEqual(['a "crs" member (removed by RFC 7946, section 4)', 'features[0].properties is not an object or null', 'features[0]: latitude 134.32 out of range']);
  });

  it('has one Point per mapped region, [longitude, latitude], with its figures', () => {
    const features = doc.features as { id: string; geometry: { coordinates: number[] }; properties: Record<string, unknown> }[];
    expect(features.map((f) => f.id)).toEqual(['RU-BRY', 'UA-43']);
    // Bryansk: 53.27 N, 34.32 E.
    expect(features[0].geometry.coordinates).toEqual([34.3214, 53.271]);
    expect(features[0].properties).toEqual({ code: 'RU-BRY', name: 'Bryansk Oblast', drones: 40, claims: 2, sources: 3, conflicts: 1, damage: 0, killed: 1, injured: 2 });
  });
});
