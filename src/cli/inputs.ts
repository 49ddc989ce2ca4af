/** Reading inputs at the CLI edge: files and stdin, decoded, with a one-line problem for anything unreadable. */
import { readFile, stat } from 'node:fs/promises';
import { stripBom } from '../extract.js';

export type Input = { source: string; text: string } | { source: string; error: string };

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function describe(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err.message.replace(/^[A-Z]+: /, '');
  }
}

/** Reads one input; "-" is stdin. Normalises nothing but the BOM, so offsets index the text as read. */
export async function readInput(source: string): Promise<Input> {
  try {
    if (source === '-') return { source, text: stripBom(await readStdin()) };
    if ((await stat(source)).isDirectory()) return { source, error: 'is a directory' };
    return { source, text: stripBom(await readFile(source, 'utf8')) };
  } catch (err) {
    return { source, error: describe(err as NodeJS.ErrnoException) };
  }
}
