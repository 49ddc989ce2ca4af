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

let sink: NodeJS.WritableStream = process.stdout;

/** Writes and waits for the stream to drain, so memory stays flat on long runs. */
export function write(text: string): Promise<void> {
  if (!text) return Promise.resolve();
  return new Promise((resolve) => {
    if (sink.write(text)) resolve();
    else sink.once('drain', resolve);
  });
}

/** `--output FILE`: output goes to a temporary file beside FILE, renamed over it only when the run completes, so a
 *  killed or interrupted run never leaves a half-written file in place of a good one. */
export async function outputToFile(path: string): Promise<{ commit: () => Promise<void>; discard: () => Promise<void> }> {
  const { createWriteStream } = await import('node:fs');
  const { rename, unlink } = await import('node:fs/promises');
  const { basename, dirname, join } = await import('node:path');
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  const stream = createWriteStream(temp, { flags: 'wx' });
  await new Promise<void>((resolve, reject) => stream.once('open', () => resolve()).once('error', reject));
  sink = stream;
  const close = () => new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
  return {
    commit: async () => {
      await close();
      await rename(temp, path);
    },
    discard: async () => {
      await close().catch(() => undefined);
      await unlink(temp).catch(() => undefined);
    },
  };
}

/** Colour is on only for a terminal, and never with --no-color or NO_COLOR set. */
export function useColor(flag: boolean): boolean {
  return flag && !('NO_COLOR' in process.env && process.env.NO_COLOR !== '') && Boolean(process.stdout.isTTY);
}
