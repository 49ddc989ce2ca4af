/** Data files (gazetteers, officials, word lists) are JSON next to this module, each with its source and as-of date. */
import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

export function loadData<T>(file: string): T {
  let value = cache.get(file);
  if (value === undefined) {
    value = JSON.parse(readFileSync(new URL(`./${file}`, import.meta.url), 'utf8'));
    cache.set(file, value);
  }
  return value as T;
}
