/** Reading saved pages, feeds and Telegram exports at the CLI edge: each input into articles (tasks), one-line problems
 *  naming the input (and the message or item), and for an export a one-line note of what it skipped. The parsers load
 *  only when such an input is met, so text runs do not pay for them. */
import { createReadStream } from 'node:fs';
import type { Task } from '../batch/article.js';
import type { Channel } from '../sources/telegram.js';
import type { Warning } from '../types.js';
import type { Item } from './inputs.js';

/** The page's article; its own date unless `--date` was given (a page's metadata can be a site's, not the story's). */
export async function pageItem(path: string, html: string, date: string | null, warnings: Warning[] = []): Promise<Item> {
  const { readPage } = await import('../sources/html.js');
  let result: ReturnType<typeof readPage>;
  try {
    result = readPage(html);
  } catch (err) {
    // A parser's recursion past the stack on a pathological page is bad input, not a bug; anything else is thrown.
    if (err instanceof RangeError) return { problem: `${path}: could not be parsed (${err.message})`, listed: true };
    throw err;
  }
  if ('problem' in result) return { problem: `${path}: ${result.problem}`, listed: true };
  const { page } = result;
  const all = [...warnings, ...page.warnings];
  const task: Task = { source: path, text: page.text, referenceDate: date ?? page.date };
  if (page.url) task.url = page.url;
  if (page.title) task.title = page.title;
  if (all.length) task.warnings = all;
  return { task };
}

/** A feed's items, each with its own date (`--date` when it has none); a problem per item that gives no article. */
export async function* feedItems(path: string, xml: string, date: string | null): AsyncGenerator<Item> {
  const { readFeed } = await import('../sources/feed.js');
  const result = readFeed(xml);
  if ('problem' in result) {
    yield { problem: `${path}: ${result.problem}`, listed: true };
    return;
  }
  for (const [i, entry] of result.items.entries()) {
    if ('problem' in entry) {
      yield { problem: `${path}: item ${entry.index}: ${entry.problem}` };
      continue;
    }
    const { item } = entry;
    const task: Task = { source: item.id ?? item.url ?? `${path}:item ${i + 1}`, text: item.text, referenceDate: item.date ?? date };
    if (item.id) task.id = item.id;
    if (item.url) task.url = item.url;
    if (item.title) task.title = item.title;
    if (item.warnings.length) task.warnings = item.warnings;
    yield { task };
  }
}

/** A public channel name as t.me links use it. */
const USERNAME = /^[A-Za-z]\w{3,31}$/;

/** A Telegram Desktop export, streamed: each message with text as an article as soon as it is parsed, never the whole
 *  file in memory. */
export async function* telegramItems(path: string, { date, channel }: { date: string | null; channel: string | null }): AsyncGenerator<Item> {
  const [{ jsonParser }, { getManyValues, isMany, none }, { ExportSplitter }, { messagePost }] = await Promise.all([
    import('stream-json/core/parser.js'),
    import('stream-chain/defs.js'),
    import('../sources/telegram-stream.js'),
    import('../sources/telegram.js'),
  ]);
  const parse = jsonParser({ packValues: true, streamValues: false });
  const tokens = (out: unknown) => (isMany(out) ? getManyValues(out) : []) as Parameters<typeof splitter.push>[0];
  const splitter = new ExportSplitter();
  const head: Channel = { id: null, username: channel };
  const counts = { messages: 0, articles: 0, service: 0, 'no text': 0 };
  if (path === '-') process.stdin.setEncoding('utf8');
  const input: AsyncIterable<string> = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 16 });
  let first = true;
  try {
    for await (let chunk of input) {
      if (first && chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      first = false;
      for (const event of splitter.push(tokens(parse(chunk)))) yield* eventItems(event);
    }
    // `none` flushes the parser: a truncated file fails here.
    for (const event of splitter.push(tokens(parse(none as unknown as string)))) yield* eventItems(event);
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code ? message : `not valid JSON after message ${counts.messages} (${message})`;
    yield { problem: `${path}: ${why}`, listed: true };
    return;
  }
  const problem = splitter.problem();
  if (problem) {
    yield { problem: `${path}: ${problem}`, listed: true };
    return;
  }
  yield { note: `${path}: ${counts.articles} article(s) from ${counts.messages} message(s); skipped ${counts.service} service message(s) and ${counts['no text']} without text (media only)` };

  function* eventItems(event: ReturnType<typeof splitter.push>[number]): Generator<Item> {
    if ('field' in event) {
      if (event.field === 'id' && event.value !== null) head.id = String(event.value);
      if (event.field === 'username' && !channel && typeof event.value === 'string' && USERNAME.test(event.value)) head.username = event.value;
      return;
    }
    counts.messages++;
    const result = messagePost(event.message, head);
    if ('problem' in result) {
      yield { problem: `${path}: message ${event.index}: ${result.problem}` };
      return;
    }
    if ('skip' in result) {
      counts[result.skip]++;
      return;
    }
    counts.articles++;
    const { post } = result;
    yield { task: { source: post.id, id: post.id, text: post.text, referenceDate: post.date ?? date, ...(post.url && { url: post.url }) } };
  }
}
