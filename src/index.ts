/** extract as a library: `extract(text, { referenceDate })` returns the article object the CLI prints. */
export { extract, stripBom } from './extract.js';
export * from './types.js';
