/** `--input ndjson`: one input line, `{"id": ..., "text": ..., "date": ..., "url": ...}`, into a task or a reason
 *  it is not one. Only `text` is required; `null` counts as absent. */
import type { Task } from './article.js';

/** YYYY-MM-DD naming a real day ("2024-02-30" is not). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const day = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === value;
}

/** A feed's date may be a timestamp, "2024-12-15T08:30:00+03:00": its date part, as written, is the reference date. */
export function referenceDate(value: string): string | null {
  const day = value.slice(0, 10);
  return isIsoDate(day) && (value.length === 10 || /^[T ]/.test(value.slice(10))) ? day : null;
}

export interface LineContext {
  /** The input's name, for `source` when the line has no id. */
  path: string;
  /** 1-based. */
  lineNumber: number;
  /** --date, used when the line has no date. */
  date: string | null;
}

export type LineResult = { task: Task } | { problem: string };

/** One NDJSON line as a JSON object, or what is wrong with it. */
export function parseObjectLine(line: string): { value: Record<string, unknown> } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return { problem: `not JSON (${(err as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  return { value: value as Record<string, unknown> };
}

export function parseLine(line: string, { path, lineNumber, date }: LineContext): LineResult {
  const parsed = parseObjectLine(line);
  if ('problem' in parsed) return parsed;
  const { id, text, date: own, url } = parsed.value;
  if (typeof text !== 'string') return { problem: '"text" is missing or not a string' };
  if (id != null && typeof id !== 'string' && typeof id !== 'number') return { problem: '"id" is not a string or a number' };
  if (url != null && typeof url !== 'string') return { problem: '"url" is not a string' };
  if (own != null && (typeof own !== 'string' || referenceDate(own) === null)) return { problem: '"date" is not a date (YYYY-MM-DD)' };
  const task: Task = {
    source: id != null ? String(id) : `${path}:${lineNumber}`,
    text,
    referenceDate: own != null ? referenceDate(own as string) : date,
  };
  if (id != null) task.id = id;
  if (url != null) task.url = url;
  return { task };
}
