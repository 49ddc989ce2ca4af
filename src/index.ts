/** extract as a library: `extract(text, { referenceDate })` returns the article object the CLI prints; `extractAll`
 *  does many at once, faster (see extract.ts). */
export { extract, extractAll, stripBom, type ExtractInput } from './extract.js';
export { detectLanguage } from './text/language.js';
export * from './types.js';
