/** One article to extract, as read from an input, and what becomes of its output. This module does not load the
 *  extractors: the thread that reads and writes (see pool.ts) needs only these, and a worker extracts. */
import { createWriter, type Format, type WriterOptions } from '../format/index.js';
import type { Article, Language, Warning } from '../types.js';
import { detectLanguage } from '../text/language.js';

export interface Task {
  /** The article's label: the path, "-", an NDJSON line's id, or `path:lineNumber`. */
  source: string;
  text: string;
  referenceDate: string | null;
  /** --lang: the language every article is read in; absent, each article's is detected. */
  language?: Language;
  id?: string | number;
  url?: string;
  title?: string;
  /** Problems met while reading it ("invalid UTF-8"), carried into the article's warnings. */
  warnings?: Warning[];
}

/** How articles are written: what a worker thread needs to know of the run. */
export interface Output extends WriterOptions {
  format: Format;
  /** Each article carries the text its offsets index (`--with-text`). */
  withText?: boolean;
}

/** An article's output text, or why it has none: a rule that threw, which is a bug, and the run fails with it. A
 *  `problem` is the input's, not the program's: the text is written, and the run goes on. */
export type Result = { text: string; problem?: string } | { error: string };

/** The article for a task from what was extracted: the task's id, url and title (when it has them) after `source`,
 *  its reading problems first among the warnings, and with `withText` the text last. */
export function articleOf(task: Task, { source, ...rest }: Article, withText = false): Article {
  if (task.warnings?.length) rest.warnings = [...task.warnings, ...rest.warnings];
  return {
    source,
    ...(task.id !== undefined && { id: task.id }),
    ...(task.url !== undefined && { url: task.url }),
    ...(task.title !== undefined && { title: task.title }),
    ...rest,
    ...(withText && { text: task.text }),
  };
}

/** An article whose extraction ran out of a worker's heap: written with no records and a warning, so the output stays
 *  whole and numbered as the other workers wrote it, and told on stderr. */
export function tooLarge(output: Output, task: Task, index: number): Result {
  const message = `article too large: ${task.source} (${task.text.length.toLocaleString('en')} characters): its extraction ran out of memory`;
  const language = task.language ?? detectLanguage(task.text);
  const article: Article = { source: task.source, language, reference_date: task.referenceDate, records: [], warnings: [{ code: 'article-too-large', message }] };
  return { text: createWriter(output.format, output).article(articleOf(task, article), index), problem: message };
}
