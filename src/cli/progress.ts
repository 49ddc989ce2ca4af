/** A progress line on stderr for runs of more than one article: done/total (or just done for a stream of unknown
 *  length), articles/s and ETA. Hand-rolled, a dozen lines of drawing: no dependency, nothing on a pipe. */

export interface ProgressState {
  done: number;
  /** null while the number of articles is not known (an NDJSON stream). */
  total: number | null;
  elapsedMs: number;
  /** Terminal columns. */
  width: number;
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  const hms = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
  return (hms[0] ? `${hms[0]}:${String(hms[1]).padStart(2, '0')}` : String(hms[1])) + `:${String(hms[2]).padStart(2, '0')}`;
}

/** "[████░░░░] 1234/10000 articles  412/s  ETA 0:21", or "1234 articles  412/s" when the total is unknown. */
export function renderProgress({ done, total, elapsedMs, width }: ProgressState): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const speed = `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`;
  if (total === null) return `${done} articles  ${speed}`.slice(0, width - 1);
  const eta = rate > 0 ? `  ETA ${clock((total - done) / rate)}` : '';
  const text = `${done}/${total} articles  ${speed}${eta}`;
  const room = Math.min(40, width - 1 - text.length - 3);
  if (room < 10) return text.slice(0, width - 1);
  const filled = total > 0 ? Math.min(room, Math.floor((room * done) / total)) : room;
  return `[${'█'.repeat(filled)}${'░'.repeat(room - filled)}] ${text}`;
}

const CLEAR = '\r\x1b[K';
const EVERY_MS = 100;

export class Progress {
  private found = 0;
  private done = 0;
  private drawn = false;
  private lastDraw = 0;
  private readonly start: number;

  /** `stream` null: no progress shown, messages still written (to stderr). */
  constructor(
    private readonly stream: NodeJS.WriteStream | null,
    private total: number | null,
    private readonly now: () => number = Date.now,
  ) {
    this.start = now();
  }

  /** An article was read. The line shows once there is more than one. */
  read(): void {
    this.found++;
  }

  /** An input expected in `total` gave no article (unreadable). */
  skip(): void {
    if (this.total !== null) this.total--;
  }

  /** An article was written. */
  written(): void {
    this.done++;
    const now = this.now();
    if (now - this.lastDraw >= EVERY_MS) this.draw(now);
  }

  /** A line for stderr (a problem with an input) that must not run into the progress line. */
  message(line: string): void {
    this.clear();
    process.stderr.write(line);
  }

  /** Before output goes to the same terminal. */
  clear(): void {
    if (this.drawn) this.stream?.write(CLEAR);
    this.drawn = false;
  }

  stop(): void {
    this.clear();
  }

  private draw(now: number): void {
    if (!this.stream || Math.max(this.found, this.total ?? 0) < 2) return;
    this.lastDraw = now;
    this.stream.write(CLEAR + renderProgress({ done: this.done, total: this.total, elapsedMs: now - this.start, width: this.stream.columns || 80 }));
    this.drawn = true;
  }
}
