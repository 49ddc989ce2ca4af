/** Summary out: one renderer per format. */
import { renderCsv } from './csv.js';
import { renderGeoJson } from './geojson.js';
import { renderTable } from './table.js';
import type { Summary } from './types.js';

import type { SummaryFormat } from './formats.js';

export { SUMMARY_FORMATS, type SummaryFormat } from './formats.js';

const RENDERERS = {
  table: renderTable,
  json: (s) => `${JSON.stringify(s, null, 2)}\n`,
  csv: renderCsv,
  geojson: renderGeoJson,
} satisfies Record<SummaryFormat, (s: Summary, options: { color: boolean }) => string>;

export function renderSummary(summary: Summary, format: SummaryFormat, options: { color: boolean }): string {
  return RENDERERS[format](summary, options);
}
