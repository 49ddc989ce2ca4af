const onClose: (() => void)[] = [];

/** stdout that survives `| head`: a closed pipe ends the run quietly with what was written intact. */
export function guardStdout(): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') {
      for (const stop of onClose) stop();
      process.exit(process.exitCode ?? 0);
    }
    throw err;
  });
}

/** Work to stop when the reader has gone (worker threads): run just before the quiet exit. */
export function onPipeClosed(stop: () => void): void {
  onClose.push(stop);
}

/** Writes and waits for the stream to drain, so memory stays flat on long runs. */
export function write(text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve) => {
    if (process.stdout.write(text)) resolve();
    else process.stdout.once('drain', resolve);
  });
}

/** Colour is on only for a terminal, and never with --no-color or NO_COLOR set. */
export function useColor(flag: boolean): boolean {
  return flag && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && Boolean(process.stdout.isTTY);
}
