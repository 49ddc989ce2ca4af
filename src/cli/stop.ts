/** SIGINT (Ctrl-C) and SIGTERM (`timeout`, `kill`): the first stops the run, which closes its output and exits with
 *  128 + the signal's number; a second, or a run that fails to stop, exits at once. */

const CODES = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof CODES;

export const exitCodeOf = (signal: StopSignal): number => CODES[signal];

export interface Stop {
  /** The first signal, once one has come. */
  signal: () => StopSignal | null;
}

/** Listens for the stop signals; `onStop` runs on the first. */
export function listenForStop(onStop: (signal: StopSignal) => void): Stop {
  let first: StopSignal | null = null;
  const handle = (signal: StopSignal) => {
    if (first) process.exit(exitCodeOf(first));
    first = signal;
    onStop(signal);
    // Whatever the run is waiting on (a pipe that stays open, a worker that does not end), it is gone in a second.
    setTimeout(() => process.exit(exitCodeOf(signal)), 900).unref();
  };
  for (const signal of Object.keys(CODES) as StopSignal[]) process.on(signal, handle);
  return { signal: () => first };
}
