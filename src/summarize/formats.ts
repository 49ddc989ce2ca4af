/** The summary's output formats, apart from the renderers so the CLI can list them without loading them. */
export const SUMMARY_FORMATS = ['table', 'json', 'csv', 'geojson'] as const;
export type SummaryFormat = (typeof SUMMARY_FORMATS)[number];
