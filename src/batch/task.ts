/** Articles extracted and written, each as the article at its place in the output. Worker threads and the in-thread
 *  path (a single article) run the same `renderer`, so their output is the same, byte for byte. */
import { extract, extractAll, type ExtractInput } from '../extract.js';
import { createWriter } from '../format/index.js';
import type { Article } from '../types.js';
import { articleOf, type Output, type Result, type Task } from './article.js';

export type { Output, Result, Task } from './article.js';

const inputOf = (task: Task): ExtractInput => ({ text: task.text, options: { source: task.source, referenceDate: task.referenceDate, ...(task.language && { language: task.language }) } });

export function runTask(task: Task): Article {
  const { text, options } = inputOf(task);
  return articleOf(task, extract(text, options));
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
