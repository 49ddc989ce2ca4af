/** The summary as a GeoJSON FeatureCollection (RFC 7946): one Point per region at its representative point
 *  (src/data/centroids.json). Properties are flat scalars, which every map viewer can show and style by. A region
 *  with no point is left out here and named in the summary's notes. */
import { centroid } from './places.js';
import type { Summary } from './types.js';

export interface RegionFeature {
  type: 'Feature';
  id: string;
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { code: string; name: string; drones: number; claims: number; sources: number; conflicts: number; damage: number; killed: number; injured: number };
}

export interface RegionCollection {
  type: 'FeatureCollection';
  features: RegionFeature[];
}

export function toGeoJson(s: Summary): RegionCollection {
  const features = s.regions.flatMap((r): RegionFeature[] => {
    const point = centroid(r.code);
    if (point === null) return [];
    const { code, name, drones, claims, sources, conflicts, damage } = r;
    return [{
      type: 'Feature',
      id: code,
      geometry: { type: 'Point', coordinates: point },
      properties: { code, name, drones, claims, sources, conflicts, damage, killed: r.casualties.killed, injured: r.casualties.injured },
    }];
  });
  return { type: 'FeatureCollection', features };
}

export function renderGeoJson(s: Summary): string {
  return `${JSON.stringify(toGeoJson(s), null, 2)}\n`;
}
