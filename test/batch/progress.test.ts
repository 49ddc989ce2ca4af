/** The progress line: what it says, and that it says nothing unless there is a terminal and more than one article. */
import { describe, it, expect } from 'vitest';
import { Progress, renderProgress } from '../../src/cli/progress.js';

describe('renderProgress', () => {
  it.each([
    [{ done: 250, total: 1000, elapsedMs: 5000, width: 100 }, /^\[█{10}░{30}\] 250\/1000 articles {2}50\/s {2}ETA 0:15$/],
    [{ done: 0, total: 10, elapsedMs: 0, width: 100 }, /^\[░{40}\] 0\/10 articles {2}0\.0\/s$/],
    [{ done: 7200, total: 36000, elapsedMs: 3_600_000, width: 100 }, /2\.0\/s {2}ETA 4:00:00$/],
    // Total unknown (an NDJSON stream): done and rate only.
    [{ done: 1234, total: null, elapsedMs: 2000, width: 100 }, /^1234 articles {2}617\/s$/],
    // A narrow terminal: no bar, and never wider than the terminal.
    [{ done: 1, total: 2, elapsedMs: 1000, width: 30 }, /^1\/2 articles {2}1\.0\/s {2}ETA 0:01$/],
    [{ done: 1, total: 2, elapsedMs: 1000, width: 20 }, /^1\/2 articles {2}1\.0\/s$/],
  ])('%j', (state, expected) => {
    const line = renderProgress(state);
    expect(line).toMatch(expected);
    expect(line.length).toBeLessThan(state.width);
  });
});

/** A stand-in terminal that records what is written to it. */
function terminal(columns = 80) {
  const written: string[] = [];
  const stream = { columns, write: (s: string) => (written.push(s), true) } as unknown as NodeJS.WriteStream;
  return { stream, written };
}

describe('Progress', () => {
  it('draws nothing for a single article', () => {
    const { stream, written } = terminal();
    const clock = [0, 500];
    const p = new Progress(stream, 1, () => clock.shift() ?? 1000);
    p.read();
    p.written();
    p.stop();
    expect(written).toEqual([]);
  });

  it('draws once more than one article is read, at most every 100 ms, and clears the line at the end', () => {
    const { stream, written } = terminal();
    let now = 0;
    const p = new Progress(stream, null, () => now);
    for (const t of [200, 250, 400]) {
      p.read();
      now = t;
      p.written();
    }
    p.stop();
    // 200 ms: one article read, nothing drawn; 250: two; 400: three, 150 ms after the last draw.
    expect(written).toEqual(['\r\x1b[K2 articles  8.0/s', '\r\x1b[K3 articles  7.5/s', '\r\x1b[K']);
  });

  it('no stream (a pipe, or --quiet): draws nothing', () => {
    let now = 0;
    const p = new Progress(null, 10, () => (now += 1000));
    for (let i = 0; i < 5; i++) p.written();
    p.stop();
  });
});
