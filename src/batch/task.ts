/** One article to extract, as read from an input, and what becomes of it: extracted, then written as the article at
 *  its place in the output. Worker threads and the in-thread path (a single article) run the same `renderer`, so their
 *  output is the same, byte for byte. */
import { extract, extractAll, type ExtractInput } from '../extract.js';
import { createWriter, type Format, type WriterOptions } from '../format/index.js';
import type { Article, Warning } from '../types.js';

export interface Task {
  /** The article's label: the path, "-", an NDJSON line's id, or `path:lineNumber`. */
  source: string;
  text: string;
  referenceDate: string | null;
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

const inputOf = (task: Task): ExtractInput => ({ text: task.text, options: { source: task.source, referenceDate: task.referenceDate } });

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

/** An article's output text, or why it has none: a rule that threw, which is a bug, and the run fails with it. */
export type Result = { text: string } | { error: string };

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
