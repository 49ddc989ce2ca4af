/** With nothing named to read and stdin on a terminal, a one-line hint on stderr instead of silence. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { stdinHint } from '../../src/cli/hint.js';
import { BIN, ROOT, run } from './run.js';

describe('stdinHint', () => {
  it('no inputs, stdin a terminal: one line naming stdin, Ctrl-D and --help', () => {
    const hint = stdinHint('extract', [], true);
    expect(hint).toBe('extract: reading from stdin (the terminal) until Ctrl-D; extract --help for usage\n');
    expect(hint!.trimEnd().split('\n')).toHaveLength(1);
  });

  it('"-" among the inputs, stdin a terminal: the hint too', () => {
    expect(stdinHint('extract summarize', ['a.txt', '-'], true)).toMatch(/^extract summarize: reading from stdin .*Ctrl-D; extract summarize --help/);
  });

  it.each([
    ['files named, stdin a terminal', ['a.txt', 'dir/'], true],
    ['no inputs, stdin a pipe', [], false],
    ['"-", stdin a file', ['-'], false],
  ] as const)('nothing when %s', (_, inputs, terminal) => {
    expect(stdinHint('extract', inputs, terminal)).toBeNull();
  });
});

const haveScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!haveScript)('extract on a pseudo-terminal (script)', () => {
  /** Runs `args` with stdin, stdout and stderr on one pseudo-terminal; `typed` is what the user types, Ctrl-D last. */
  function onTerminal(args: string, typed: string) {
    // script waits for the run to end after its own input ends.
    const r = spawnSync('bash', ['-c', `printf '%s' "$TYPED" | script -qec "${BIN} ${args}" /dev/null`], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, TYPED: typed, NO_COLOR: '1' },
      timeout: 30_000,
    });
    return r.stdout.replace(/\r\n/g, '\n');
  }

  it('no inputs: the hint, then the article typed is extracted when Ctrl-D ends it', () => {
    const out = onTerminal('-f ndjson', 'Twelve drones were shot down over Bryansk Oblast.\n\u0004');
    expect(out).toContain('extract: reading from stdin (the terminal) until Ctrl-D; extract --help for usage\n');
    expect(out).toContain('"type":"drone_count","count":12,"region":"RU-BRY"');
  });

  it('a file named: no hint', () => {
    const out = onTerminal('-f ndjson corpus/seed/leningrad-drones.txt', '');
    expect(out).not.toContain('reading from stdin');
    expect(out).toContain('"type":"drone_count"');
  });

  it('--quiet: no hint', () => {
    const out = onTerminal('-q -f ndjson', 'Twelve drones were shot down over Bryansk Oblast.\n\u0004');
    expect(out).not.toContain('reading from stdin');
    expect(out).toContain('"count":12');
  });
});

describe('stdin a pipe', () => {
  it('no hint: stderr stays empty', () => {
    const r = run(['-f', 'ndjson'], { input: 'Twelve drones were shot down over Bryansk Oblast.\n' });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  });
});
