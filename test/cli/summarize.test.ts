/** `extract summarize` as wired into the CLI: text inputs, records piped from `extract --format ndjson`, bad usage. */
import { describe, expect, it } from 'vitest';
import { run, sh, SEED, BIN } from './run.js';

describe('extract summarize', () => {
  it('summarises the seed: the regional counts of the breakdown, the total kept apart', () => {
    const r = run(['summarize', '--format', 'json', SEED]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const summary = JSON.parse(r.stdout);
    const drones = Object.fromEntries(summary.regions.map((g: { code: string; drones: number }) => [g.code, g.drones]));
    expect(drones).toMatchObject({ 'UA-43': 41, 'RU-BRY': 24, 'RU-SMO': 7, BY: 6, 'RU-KRS': 6 });
  });

  it('gives the same summary from records piped in with --records', () => {
    const direct = run(['summarize', '--format', 'json', SEED]);
    const piped = sh(`${BIN} --format ndjson ${SEED} | ${BIN} summarize --records --format json`);
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).regions).toEqual(JSON.parse(direct.stdout).regions);
  });

  it('writes GeoJSON: a FeatureCollection of Points', () => {
    const r = run(['summarize', '--format', 'geojson', SEED]);
    const geo = JSON.parse(r.stdout);
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features.length).toBeGreaterThan(3);
    for (const f of geo.features) expect(f.geometry.type).toBe('Point');
  });

  it('refuses a bad --from with exit 2', () => {
    const r = run(['summarize', '--from', '2024-13-01', SEED]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });
});
