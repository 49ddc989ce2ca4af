/** Spawning the built CLI (bin/extract.js -> dist/) the way a user would, for the end-to-end tests. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'bin', 'extract.js');
export const SEED = join(ROOT, 'fixtures', 'leningrad-drones.txt');
export const SEED_GOLD = join(ROOT, 'fixtures', 'leningrad-drones.gold.json');

if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) {
  throw new Error('dist/ is missing: run `npm run build` (or `npm test`) before the CLI tests');
}

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

// Colour must not depend on the environment the tests happen to run in.
const ENV = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };

/** `extract ...args`, with `input` on stdin. Runs from the project root, so relative paths resolve there. */
export function run(args: string[], options: { input?: string; env?: Record<string, string | undefined> } = {}): Run {
  const { status, stdout, stderr, error } = spawnSync(BIN, args, {
    cwd: ROOT,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...ENV, ...options.env },
  });
  if (error) throw error;
  return { status, stdout, stderr };
}

/** A shell pipeline, for what only a real pipe shows (`| head`). pipefail stays off, so $? is the last command's. */
export function sh(script: string): Run {
  const { status, stdout, stderr, error } = spawnSync('bash', ['-c', script], { cwd: ROOT, encoding: 'utf8', env: ENV });
  if (error) throw error;
  return { status, stdout, stderr };
}

/** A fresh temp dir; `cleanup` removes it. */
export function tempDir(): { dir: string; file: (name: string, content: string | Buffer) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every record's evidence indexes the text: input.slice(start, end) === text. Returns the records that do not. */
export function badSpans(input: string, records: { start: number; end: number; text: string }[]) {
  return records.filter((r) => input.slice(r.start, r.end) !== r.text).map((r) => ({ ...r, got: input.slice(r.start, r.end) }));
}
