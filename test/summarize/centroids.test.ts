/** src/data/centroids.json: a point for every region the gazetteer knows, in [longitude, latitude] order. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../../src/data/${file}`, import.meta.url), 'utf8'));
const { regions } = read('regions.json') as { regions: { code: string }[] };
const data = read('centroids.json') as { source: string; as_of: string; centroids: Record<string, [number, number]> };

// Rough bounding boxes [west, south, east, north]: a point outside (or lat/lon swapped) is a mistake.
const BOXES: [RegExp, [number, number, number, number]][] = [
  [/^RU(-|$)/, [19, 41, 180, 82]],
  [/^UA(-|$)/, [22, 44, 40.3, 52.4]],
  [/^SEA:/, [18, 40, 55, 61]],
  [/^[A-Z]{2}$/, [19, 36, 80, 70]],
];

it('says where its coordinates come from', () => {
  expect(data.source).toMatch(/GeoNames/);
  expect(data.as_of).toMatch(/^\d{4}-\d{2}-\d{2}$/);
});

it('has a point for every region in regions.json, and none for a region it does not know', () => {
  expect(Object.keys(data.centroids).sort()).toEqual(regions.map((r) => r.code).sort());
});

it.each(Object.entries(data.centroids))('%s lies where its country is', (code, [lon, lat]) => {
  const [, [west, south, east, north]] = BOXES.find(([pattern]) => pattern.test(code))!;
  expect(lon).toBeGreaterThanOrEqual(west);
  expect(lon).toBeLessThanOrEqual(east);
  expect(lat).toBeGreaterThanOrEqual(south);
  expect(lat).toBeLessThanOrEqual(north);
});

it('gives no two regions the same point', () => {
  const points = Object.values(data.centroids).map((p) => p.join(','));
  expect(new Set(points).size).toBe(points.length);
});
