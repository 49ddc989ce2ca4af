import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../../src');

/** The modules a source file loads when it is imported: its static relative imports, followed through, type-only
 *  imports left out (the compiler drops them). Paths relative to src/. */
function loads(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = readFileSync(join(SRC, file), 'utf8');
  for (const m of text.matchAll(/^import\s+(?!type\s)[^'";]*?from\s+'(\.[^']+)';/gm)) {
    loads(join(dirname(file), m[1].replace(/\.js$/, '.ts')), seen);
  }
  return seen;
}

describe('the thread that reads and writes', () => {
  it('loads no extractor: the pool and the CLI input readers do not import extract.ts', () => {
    for (const entry of ['batch/pool.ts', 'cli/inputs.ts', 'cli/main.ts']) {
      const modules = [...loads(entry)];
      expect(modules, entry).not.toContain('extract.ts');
      expect(modules.filter((m) => m.startsWith('extractors/')), entry).toEqual([]);
    }
  });

  it('the walker follows imports: the worker loads the extractors', () => {
    expect(loads('batch/worker.ts')).toContain('extract.ts');
  });
});
