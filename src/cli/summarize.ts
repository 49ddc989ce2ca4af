/** `extract summarize`: read articles (text, `--input ndjson` articles, or `--records` of `extract --format ndjson`),
 *  summarise, write. The only part of summarize that touches files, stdin, stdout and the environment. */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { isIsoDate } from '../batch/line.js';
import { articlesFromRecords, parseRecordLine, type RecordLine } from '../summarize/records.js';
import { renderSummary, type SummaryFormat } from '../summarize/render.js';
import { summarize } from '../summarize/summary.js';
import { stripBom } from '../text/decode.js';
import type { Article, Language } from '../types.js';
import { listInputs, readItems, type InputMode } from './inputs.js';
import { useColor, write } from './output.js';

/** As main.ts's EXIT: 0 all inputs read, 1 some input could not be, 2 bad usage. */
const EXIT = { ok: 0, input: 1, usage: 2 } as const;

export interface SummarizeFlags {
  /** The inputs are `extract --format ndjson` records, not articles. */
  records?: boolean;
  format?: SummaryFormat;
  from?: string;
  to?: string;
  color: boolean;
  input?: InputMode;
  date?: string;
  /** --lang: the language the articles are read in (default: detected per article). */
  lang?: Language;
  channel?: string;
}

/** Where output and messages go; tests pass their own. */
export interface SummarizeIo {
  write(text: string): Promise<void> | void;
  /** One line, without its newline. */
  error(line: string): void;
  /** stdout is a terminal: a table by default, else JSON. */
  tty: boolean;
}

const PROCESS_IO: SummarizeIo = {
  write,
  error: (line) => void process.stderr.write(`${line}\n`),
  get tty() {
    return Boolean(process.stdout.isTTY);
  },
};

/** What the summary reads of an article: holding every region and place record of a long run would only cost memory. */
function slim(article: Article): Article {
  return { ...article, records: article.records.filter((r) => r.type === 'drone_count' || r.type === 'damage' || r.type === 'casualties') };
}

/** A usage problem with the flags, or null. */
export function checkFlags(flags: SummarizeFlags): string | null {
  for (const name of ['from', 'to', 'date'] as const) {
    const value = flags[name];
    if (value !== undefined && !isIsoDate(value)) return `--${name}: expected a date as YYYY-MM-DD, e.g. 2024-09-15`;
  }
  if (flags.from && flags.to && flags.from > flags.to) return `--from ${flags.from} is after --to ${flags.to}`;
  if (flags.records && flags.input !== undefined && flags.input !== 'text') return `--records reads records (extract --format ndjson output), --input ${flags.input} reads articles: give one`;
  return null;
}

async function readRecords(inputs: string[], date: string | null, problem: (line: string) => void): Promise<Article[]> {
  const lines: RecordLine[] = [];
  for (const entry of await listInputs(inputs, 'ndjson')) {
    if ('problem' in entry) {
      problem(entry.problem);
      continue;
    }
    const { path } = entry;
    let lineNumber = 0;
    try {
      const input = path === '-' ? process.stdin : createReadStream(path);
      for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
        lineNumber++;
        const line = lineNumber === 1 ? stripBom(raw) : raw;
        if (line.trim() === '') continue;
        const parsed = parseRecordLine(line);
        if ('problem' in parsed) problem(`${path}:${lineNumber}: ${parsed.problem}`);
        else lines.push(parsed);
      }
    } catch (err) {
      const { code, message } = err as NodeJS.ErrnoException;
      problem(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : message}`);
    }
  }
  return articlesFromRecords(lines, date).map(slim);
}

async function readArticles(inputs: string[], flags: SummarizeFlags, problem: (line: string) => void, note: (line: string) => void): Promise<Article[]> {
  // In this thread: batch/pool.ts renders articles to text in its workers, and the summary needs the articles.
  const { runTask } = await import('../batch/task.js');
  const mode = flags.input ?? 'text';
  const entries = await listInputs(inputs, mode);
  const articles: Article[] = [];
  for await (const item of readItems(entries, { mode, date: flags.date ?? null, channel: flags.channel ?? null, language: flags.lang })) {
    if ('task' in item) articles.push(slim(runTask(item.task)));
    else if ('note' in item) note(item.note);
    else problem(item.problem);
  }
  return articles;
}

/** Returns the exit code; writes the summary even when some input could not be read. */
export async function runSummarize(inputs: string[], flags: SummarizeFlags, io: SummarizeIo = PROCESS_IO): Promise<number> {
  const usage = checkFlags(flags);
  if (usage) {
    io.error(`extract summarize: ${usage}`);
    return EXIT.usage;
  }
  let failed = false;
  const problem = (line: string) => {
    failed = true;
    io.error(`extract summarize: ${line}`);
  };
  const paths = inputs.length > 0 ? inputs : ['-'];
  const note = (line: string) => io.error(`extract summarize: ${line}`);
  const articles = flags.records ? await readRecords(paths, flags.date ?? null, problem) : await readArticles(paths, flags, problem, note);
  const summary = summarize(articles, { from: flags.from ?? null, to: flags.to ?? null });
  const format = flags.format ?? (io.tty ? 'table' : 'json');
  // Notes are part of the table and the JSON; csv and geojson have no place for them, so they go to stderr.
  if (format === 'csv' || format === 'geojson') for (const note of summary.notes) io.error(`extract summarize: note: ${note}`);
  await io.write(renderSummary(summary, format, { color: useColor(flags.color) }));
  return failed ? EXIT.input : EXIT.ok;
}
