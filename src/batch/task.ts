/** One article to extract, as read from an input, and what becomes of it: extracted, then written as the article at
 *  its place in the output. Worker threads and the in-thread path (`--jobs 1`) run the same `renderer`, so their
 *  output is the same, byte for byte. */
import { extract } from '../extract.js';
import { createWriter, type Format, type WriterOptions } from '../format/index.js';
import type { Article, Warning } from '../types.js';

export interface Task {
  /** The article's label: the path, "-", an NDJSON line's id, or `path:lineNumber`. */
  source: string;
  text: string;
  referenceDate: string | null;
  id?: string | number;
  url?: string;
  /** Problems met while reading it ("invalid UTF-8"), carried into the article's warnings. */
  warnings?: Warning[];
}

/** How articles are written: what a worker thread needs to know of the run. */
export interface Output extends WriterOptions {
  format: Format;
}

/** The article for a task, with the task's id and url (when it has them) after `source`. */
export function runTask(task: Task): Article {
  const { source, ...rest } = extract(task.text, { source: task.source, referenceDate: task.referenceDate });
  if (task.warnings?.length) rest.warnings = [...task.warnings, ...rest.warnings];
  return { source, ...(task.id !== undefined && { id: task.id }), ...(task.url !== undefined && { url: task.url }), ...rest };
}

/** Task and output index in, the article's text out. */
export function renderer(output: Output): (task: Task, index: number) => string {
  const writer = createWriter(output.format, output);
  return (task, index) => writer.article(runTask(task), index);
}
