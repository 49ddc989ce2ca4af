/** Region names (regions.json) and map points (centroids.json) by ISO code. */
import { loadData } from '../data/load.js';

interface RegionsFile {
  regions: { code: string; name: string }[];
}

interface CentroidsFile {
  source: string;
  centroids: Record<string, [number, number]>;
}

let names: Map<string, string> | undefined;

/** The gazetteer's English name; the code itself for a code it does not know (an NDJSON record from elsewhere). */
export function regionName(code: string): string {
  names ??= new Map(loadData<RegionsFile>('regions.json').regions.map((r) => [r.code, r.name]));
  return names.get(code) ?? code;
}

/** [longitude, latitude] of the region's representative point, or null when the data file has none. */
export function centroid(code: string): [number, number] | null {
  return loadData<CentroidsFile>('centroids.json').centroids[code] ?? null;
}
