/** Every example in `extract --help` runs as written from the root of a clone, and gives output. */
import { spawnSync } from 'node:child_process';
import { readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, run, tempDir } from './run.js';

/** The example commands: the lines after "Examples", each cut where two spaces start its description. */
function examples(help: string): string[] {
  const after = help.slice(help.indexOf('\nExamples'));
  return after
    .split('\n')
    .slice(2)
    .filter((line) => line.startsWith('  extract ') || line.startsWith('  cat '))
    .map((line) => line.trim().split(/\s{2,}/)[0]);
}

const tmp = tempDir();
afterAll(() => tmp.cleanup());
// `extract` on PATH, as `npm link` puts it; files the examples write go to the temp dir, not the clone.
symlinkSync(BIN, join(tmp.dir, 'extract'));
const haveJq = spawnSync('jq', ['--version']).status === 0;

describe('extract --help examples', () => {
  const list = examples(run(['--help']).stdout);

  it('finds the examples (at least 8, each a command)', () => {
    expect(list.length).toBeGreaterThanOrEqual(8);
    expect(list.every((c) => /\bextract\b/.test(c))).toBe(true);
  });

  it.each(list)('%s', (command) => {
    if (command.includes('| jq') && !haveJq) return;
    const redirected = command.replace(/> (\S+)$/, (_, file: string) => `> ${join(tmp.dir, file)}`);
    const { status, stdout, stderr } = spawnSync('bash', ['-o', 'pipefail', '-c', redirected], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${tmp.dir}:${process.env.PATH}`, NO_COLOR: '1' },
    });
    // summarize's notes (facts with no full date) and an export's count of skipped messages are information, not trouble.
    const trouble = stderr.split('\n').filter((line) => line && !line.startsWith('extract summarize: note: ') && !/: \d+ article\(s\) from \d+ message\(s\)/.test(line));
    expect({ status, trouble }).toEqual({ status: 0, trouble: [] });
    const written = redirected === command ? stdout : readFileSync(redirected.split('> ').pop()!, 'utf8');
    expect(written.length).toBeGreaterThan(0);
  });
});
