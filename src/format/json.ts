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
      // JSON.stringify escapes newlines inside strings, so every raw "\n" is layout and safe to indent.
      const element = '  ' + JSON.stringify(article, null, 2).replaceAll('\n', '\n  ');
      return (index === 0 ? '\n' : ',\n') + element;
    },
    end: (count = written) => (count === 0 ? ']\n' : '\n]\n'),
  };
}
