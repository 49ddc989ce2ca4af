/** One article to extract, as read from an input, and what becomes of it: extracted, then written as the article at
 *  its place in the output. Worker threads and the in-thread path (a single article) run the same `renderer`, so their
 *  output is the same, byte for byte. */
import { extract, extractAll, type ExtractInput } from '../extract.js';
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

const inputOf = (task: Task): ExtractInput => ({ text: task.text, options: { source: task.source, referenceDate: task.referenceDate, ...(task.language && { language: task.language }) } });

/** The article for a task from what was extracted: the task's id, url and title (when it has them) after `source`,
 *  its reading problems first among the warnings, and with `withText` the text last. */
function articleOf(task: Task, { source, ...rest }: Article, withText = false): Article {
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

export function runTask(task: Task): Article {
  const { text, options } = inputOf(task);
  return articleOf(task, extract(text, options));
}

/** An article's output text, or why it has none: a rule that threw, which is a bug, and the run fails with it. A
 *  `problem` is the input's, not the program's: the text is written, and the run goes on. */
export type Result = { text: string; problem?: string } | { error: string };

/** An article whose extraction ran out of a worker's heap: written with no records and a warning, so the output stays
 *  whole and numbered as the other workers wrote it, and told on stderr. */
export function tooLarge(output: Output, task: Task, index: number): Result {
  const message = `article too large: ${task.source} (${task.text.length.toLocaleString('en')} characters): its extraction ran out of memory`;
  const language = task.language ?? detectLanguage(task.text);
  const article: Article = { source: task.source, language, reference_date: task.referenceDate, records: [], warnings: [{ code: 'article-too-large', message }] };
  return { text: createWriter(output.format, output).article(articleOf(task, article), index), problem: message };
}

/** Tasks, and the output index of the first, in; each article's output text out, in order. The tasks are extracted
 *  together, stage by stage (see `extractAll`). */
export function renderer(output: Output): (tasks: readonly Task[], first: number) => Result[] {
  const writer = createWriter(output.format, output);
  return (tasks, first) =>
    extractAll(tasks.map(inputOf)).map((article, i): Result => {
      if (article instanceof Error) return { error: article.message };
      try {
        return { text: writer.article(articleOf(tasks[i], article, output.withText), first + i) };
      } catch (err) {
        return { error: err instanceof Error ? err.message : String(err) };
      }
    });
}
