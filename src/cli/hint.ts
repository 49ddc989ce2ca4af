/** The line a run prints before it waits on a terminal for stdin: with no input named, `extract` would otherwise sit
 *  silent, looking hung, until the user ends the text. Pure; the caller says whether stdin is a terminal. */

/** The hint for `command` (e.g. "extract"), or null when nothing is read from a terminal: stdin is read when no
 *  input is named or one is "-", and a pipe or a file on stdin needs no hint. */
export function stdinHint(command: string, inputs: readonly string[], stdinIsTerminal: boolean): string | null {
  if (!stdinIsTerminal) return null;
  if (inputs.length > 0 && !inputs.includes('-')) return null;
  return `${command}: reading from stdin (the terminal) until Ctrl-D; ${command} --help for usage\n`;
}
