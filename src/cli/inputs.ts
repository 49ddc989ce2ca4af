/** Reading inputs at the CLI edge: files, directories and stdin, as a stream of articles to extract, with a one-line
 *  problem for anything unreadable. Nothing is read before it is needed, so output starts while inputs are still read. */
import type { Dirent } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { parseLine } from '../batch/line.js';
import { ordered } from '../batch/ordered.js';
import type { Task } from '../batch/article.js';
import { looksLikeHtml } from '../sources/sniff.js';
import { decode, stripBom, type Decoded } from '../text/decode.js';
import type { Language } from '../types.js';
import { feedItems, pageItem, telegramItems } from './sources.js';

export const INPUT_MODES = ['text', 'ndjson', 'html', 'feed', 'telegram'] as const;
export type InputMode = (typeof INPUT_MODES)[number];

/** What a directory contributes in each mode (a Telegram export folder holds result.json beside photos/ and files/). */
const EXTENSIONS = {
  text: ['.txt', '.html', '.htm'],
  ndjson: ['.ndjson', '.jsonl'],
  html: ['.html', '.htm'],
  feed: ['.xml', '.rss', '.atom'],
  telegram: ['result.json'],
} as const satisfies Record<InputMode, readonly string[]>;

/** "*.txt, *.html or *.htm files"; "result.json" for an export folder. */
function filesOf(mode: InputMode): string {
  const names = EXTENSIONS[mode].map((e) => (e.startsWith('.') ? `*${e}` : e));
  const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
  return mode === 'telegram' ? list : `${list} files`;
}

/** The modes whose articles can carry an id or a url (csv adds those columns). */
export const hasIds = (mode: InputMode): boolean => mode !== 'text';

/** An input path to read ("-" is stdin), or why an input gives nothing. */
export type Entry = { path: string } | { problem: string };
/** One article to extract, or a problem with an input or an NDJSON line; the problem names it. `listed`: the problem
 *  is with a listed path, which was expected to give an article. A note says what an input left out on purpose (a
 *  Telegram export's service messages): not a failure. */
export type Item = { task: Task } | { problem: string; listed?: true } | { note: string };

export interface ReadOptions {
  mode: InputMode;
  /** --date */
  date: string | null;
  /** --channel: a Telegram export's public name, for t.me links. */
  channel?: string | null;
  /** --lang: the language every article is read in; absent, each article's is detected. */
  language?: Language;
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

/** The files below `dir` whose names end in one of `extensions` (or are one, for a name without a leading dot), in
 *  the order their paths sort (code units, as `LC_ALL=C sort`), read a directory at a time: a tree of 100,000 files
 *  is never one list in memory. A symbolic link to a file counts; one to a directory is not followed (a link cycle
 *  would never end). */
async function* walk(dir: string, extensions: readonly string[]): AsyncGenerator<Entry> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    yield { problem: `${dir}: ${describe(err as NodeJS.ErrnoException)}` };
    return;
  }
  // A subdirectory's files sort where "name/" does: "a.txt" < "a/x.txt" < "a0.txt".
  const keyed = entries.map((entry) => ({ entry, key: entry.isDirectory() ? `${entry.name}/` : entry.name }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { entry } of keyed) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path, extensions);
    else if (extensions.some((ext) => (ext.startsWith('.') ? entry.name.endsWith(ext) : entry.name === ext)) && (entry.isFile() || (entry.isSymbolicLink() && (await isFile(path))))) yield { path };
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false; // a dangling link is not an input
  }
}

/** The inputs as paths, in order: a directory becomes every matching file below it, sorted by path. Lazy: a
 *  directory is listed as the run reaches it. */
export async function* walkInputs(inputs: string[], mode: InputMode): AsyncGenerator<Entry> {
  for (const input of inputs) {
    if (input !== '-') {
      let directory: boolean;
      try {
        directory = (await stat(input)).isDirectory();
      } catch (err) {
        yield { problem: `${input}: ${describe(err as NodeJS.ErrnoException)}` };
        continue;
      }
      if (directory) {
        let found = 0;
        for await (const entry of walk(input, EXTENSIONS[mode])) {
          if ('path' in entry) found++;
          yield entry;
        }
        if (found === 0) yield { problem: `${input}: a directory with no ${filesOf(mode)}` };
        continue;
      }
    }
    yield { path: input };
  }
}

/** walkInputs as one list, for callers that want it whole. */
export async function listInputs(inputs: string[], mode: InputMode): Promise<Entry[]> {
  const entries: Entry[] = [];
  for await (const entry of walkInputs(inputs, mode)) entries.push(entry);
  return entries;
}

/** How many paths the inputs list, for the progress line's total (a walk of its own, keeping no paths). */
export async function countInputs(inputs: string[], mode: InputMode): Promise<number> {
  let count = 0;
  for await (const entry of walkInputs(inputs, mode)) if ('path' in entry) count++;
  return count;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** One input's text, decoded (UTF-8, UTF-16 with a BOM; invalid UTF-8 replaced, with a warning); a binary file is a
 *  problem, not text. */
async function readDecoded(path: string): Promise<Extract<Decoded, { text: string }> | { problem: string; listed: true }> {
  try {
    const decoded = decode(path === '-' ? await readStdin() : await readFile(path));
    return 'error' in decoded ? { problem: `${path}: ${decoded.error}`, listed: true } : decoded;
  } catch (err) {
    return { problem: `${path}: ${describe(err as NodeJS.ErrnoException)}`, listed: true };
  }
}

/** One text input as one article. Nothing is normalised, so offsets index the text as read; an HTML page (`--input
 *  html`, or a text input that starts as one) is read as a page: its article's text, which the offsets then index. */
async function readText(path: string, date: string | null, html: boolean): Promise<Item> {
  const decoded = await readDecoded(path);
  if ('problem' in decoded) return decoded;
  if (html || looksLikeHtml(decoded.text)) return pageItem(path, decoded.text, date, decoded.warnings);
  return { task: { source: path, text: decoded.text, referenceDate: date, ...(decoded.warnings.length && { warnings: decoded.warnings }) } };
}

async function* readFeed(path: string, date: string | null): AsyncGenerator<Item> {
  const decoded = await readDecoded(path);
  if ('problem' in decoded) yield decoded;
  else yield* feedItems(path, decoded.text, date);
}

/** One NDJSON input, a line at a time (never the whole file): an article per line, a problem per malformed line. */
async function* readLines(path: string, date: string | null): AsyncGenerator<Item> {
  let input: NodeJS.ReadableStream;
  try {
    input = path === '-' ? process.stdin : (await open(path)).createReadStream();
  } catch (err) {
    yield { problem: `${path}: ${describe(err as NodeJS.ErrnoException)}` };
    return;
  }
  let lineNumber = 0;
  try {
    for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      const line = lineNumber === 1 ? stripBom(raw) : raw;
      if (line.trim() === '') continue;
      const result = parseLine(line, { path, lineNumber, date });
      yield 'task' in result ? result : { problem: `${path}:${lineNumber}: ${result.problem}` };
    }
  } catch (err) {
    yield { problem: `${path}: ${describe(err as NodeJS.ErrnoException)} (after line ${lineNumber})` };
  }
}

/** Text files read before they are needed. Reading each only when the last was extracted left the thread idle
 *  half a millisecond per file, and the rules' regexes then ran markedly slower too (as if V8 dropped their compiled
 *  code while idle): 3,000 files took 11.5 s where the same articles as one NDJSON stream took 6.9 s; reading
 *  ahead, 6.9 s against 6.3 s. As many as a batch (see batch/pool.ts), so batches of files fill as NDJSON's do. */
const READ_AHEAD = 64;

/** The articles of every entry, in order; with `language` (--lang), each is read in that language. */
export async function* readItems(entries: AsyncIterable<Entry> | Iterable<Entry>, options: ReadOptions): AsyncGenerator<Item> {
  for await (const item of readEach(entries, options)) {
    if (options.language && 'task' in item) item.task.language = options.language;
    yield item;
  }
}

async function* readEach(entries: AsyncIterable<Entry> | Iterable<Entry>, { mode, date, channel = null }: ReadOptions): AsyncGenerator<Item> {
  if (mode === 'text' || mode === 'html') {
    yield* ordered(entries, (entry) => ('problem' in entry ? Promise.resolve(entry) : readText(entry.path, date, mode === 'html')), READ_AHEAD);
    return;
  }
  const read = {
    ndjson: (path: string) => readLines(path, date),
    feed: (path: string) => readFeed(path, date),
    telegram: (path: string) => telegramItems(path, { date, channel }),
  } satisfies Record<Exclude<InputMode, 'text' | 'html'>, (path: string) => AsyncGenerator<Item>>;
  for await (const entry of entries) {
    if ('problem' in entry) yield entry;
    else yield* read[mode](entry.path);
  }
}
