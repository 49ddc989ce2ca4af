/** The command line: commander wiring, exit codes, and nothing that extracts. The extractor loads only when needed,
 *  so `--help` and `--version` stay quick. */
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { defaultJobs } from '../batch/jobs.js';
import { isIsoDate } from '../batch/line.js';
import { FORMATS, type Format } from '../format/index.js';
import { SUMMARY_FORMATS } from '../summarize/formats.js';
import { LANGUAGES, type Language } from '../types.js';
import { stdinHint } from './hint.js';
import { INPUT_MODES, type InputMode } from './inputs.js';
import type { SummarizeFlags } from './summarize.js';
import { guardStdout, onPipeClosed, outputToFile, useColor, write } from './output.js';
import { exitCodeOf, listenForStop } from './stop.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Exit codes: 0 all inputs done, 1 some input (a file, a directory, an NDJSON line) could not be read, 2 bad usage. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

function parseDate(value: string): string {
  if (!isIsoDate(value)) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2024-09-15');
  return value;
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new InvalidArgumentError('expected a whole number of worker threads, 1 or more');
  return Number(value);
}

/** One option object per command: commander keeps state on it. */
const LANG_OPTION = () => new Option('--lang <code>', "the articles' language (default: detected for each article from its letters)").choices(LANGUAGES);

function parseChannel(value: string): string {
  const name = value.replace(/^@/, '');
  if (!/^[A-Za-z]\w{3,31}$/.test(name)) throw new InvalidArgumentError('expected a public channel name, e.g. example_news (as in https://t.me/example_news)');
  return name;
}

const INPUT_HELP =
  'text: each input is one article (an HTML page is read as one); ndjson: each line is {"id", "text", "date", "url"}; ' +
  "html: saved web pages, the article's text with its date, title and canonical url; feed: RSS 2.0 or Atom, one article per item; telegram: a Telegram Desktop export (result.json or its folder), one article per message";

// Every example runs as written from the root of a clone (test/cli/help.test.ts runs them).
const EXAMPLES = `
Examples (from the root of a clone):
  extract corpus/seed/leningrad-drones.txt                 a readable table on a terminal
  cat corpus/seed/leningrad-drones.txt | extract -f json   stdin (also: extract -)
  extract corpus/dev/en --format csv > facts.csv           every *.txt below a directory, sorted by path
  extract -f ndjson corpus/dev/en | jq -c 'select(.type=="drone_count")'
  extract --date 2024-09-15 corpus/seed/leningrad-drones.txt   reference date for yearless and relative dates
  extract --lang ru corpus/dev/ru                          read as Russian, whatever the letters say
  extract -i ndjson -f ndjson < fixtures/feed.ndjson       one {"id", "text", "date", "url"} article per line
  extract -i telegram fixtures/sources/telegram/export -f ndjson   a Telegram Desktop export, one article per message
  extract fixtures/sources/pages/odesa-port.html --with-text -f json   a saved web page: its article's text, which the offsets index
  extract -i feed fixtures/sources/feeds/news.rss -f ndjson   RSS 2.0 or Atom, one article per item
  extract eval corpus/dev/en                               precision/recall/F1 against gold annotations
  extract summarize corpus/dev/en                          claims across reports, per-region totals, timeline
  extract -f ndjson corpus/dev/en | extract summarize --records --format geojson > map.geojson`;

interface ExtractFlags {
  format?: Format;
  date?: string;
  lang?: Language;
  input: InputMode;
  channel?: string;
  withText?: boolean;
  jobs: number;
  quiet?: boolean;
  color: boolean;
  output?: string;
}

async function runExtract(inputs: string[], flags: ExtractFlags): Promise<void> {
  const [{ countInputs, walkInputs, readItems, hasIds }, { renderAll }, { createWriter }, { Progress }] = await Promise.all([
    import('./inputs.js'),
    import('../batch/pool.js'),
    import('../format/index.js'),
    import('./progress.js'),
  ]);
  // A file (--output) is not a terminal: json and no colour unless asked otherwise.
  const terminal = Boolean(process.stdout.isTTY) && !flags.output;
  const output = { format: flags.format ?? (terminal ? 'table' : 'json'), color: terminal && useColor(flags.color), ids: hasIds(flags.input), withText: Boolean(flags.withText) } as const;
  const writer = createWriter(output.format, output);
  const sources = inputs.length ? inputs : ['-'];
  const hint = flags.quiet ? null : stdinHint('extract', inputs, Boolean(process.stdin.isTTY));
  if (hint) process.stderr.write(hint);
  const shown = Boolean(process.stderr.isTTY) && !flags.quiet;
  // A stream's, a feed's or an export's length is not known before it ends; files are counted only for a progress line.
  const total = shown && (flags.input === 'text' || flags.input === 'html') ? await countInputs(sources, flags.input) : null;
  const progress = new Progress(shown ? process.stderr : null, total);
  const sameTerminal = Boolean(process.stdout.isTTY && process.stderr.isTTY);
  let failed = false;
  let read = 0;
  let allRead = false;

  async function* tasks() {
    for await (const item of readItems(walkInputs(sources, flags.input), { mode: flags.input, date: flags.date ?? null, channel: flags.channel ?? null, language: flags.lang })) {
      if ('task' in item) {
        progress.read();
        read++;
        yield item.task;
        continue;
      }
      if ('note' in item) {
        progress.message(`extract: ${item.note}\n`);
        continue;
      }
      failed = true;
      if (item.listed) progress.skip();
      progress.message(`extract: ${item.problem}\n`);
    }
    allRead = true;
  }
  const problem = (message: string) => {
    failed = true;
    progress.message(`extract: ${message}\n`);
  };

  // A reader that stops early (`| head`) ends the run: worker threads go with it. So does a stop signal, however
  // long the article under way: the articles written so far stay whole and the JSON array is closed.
  const closed = new AbortController();
  onPipeClosed(() => closed.abort());
  // Wakes the wait for the next article when a signal comes. One wait at a time: a race of every wait against one
  // promise of the signal would keep each article's text reachable from it until the run ends.
  let wake: (() => void) | null = null;
  const stop = listenForStop(() => {
    closed.abort();
    wake?.();
  });
  const file = flags.output ? await outputToFile(flags.output) : null;
  let count = 0;
  try {
    await write(writer.begin());
    const results = renderAll(tasks(), { jobs: flags.jobs, output, signal: closed.signal, onProblem: problem });
    while (!stop.signal()) {
      const next = results.next();
      next.catch(() => {}); // a run stopped mid-article drops it
      const step = await new Promise<IteratorResult<string> | null>((resolve, reject) => {
        wake = () => resolve(null);
        next.then(resolve, reject);
      });
      wake = null;
      if (!step || step.done) break;
      if (sameTerminal) progress.clear();
      await write(step.value);
      count++;
      progress.written();
    }
    progress.stop();
    await write(writer.end(count));
  } catch (err) {
    await file?.discard();
    throw err;
  }
  const signal = stop.signal();
  if (signal) {
    await file?.discard();
    const unfinished = `${read - count} not finished${allRead ? '' : ', the inputs after them not read'}`;
    process.stderr.write(`extract: stopped by ${signal}: ${count} article(s) written, ${unfinished}${file ? `; ${flags.output} left as it was` : ''}\n`);
    // Not a return: a pipe still open on stdin would keep the process waiting.
    process.exit(exitCodeOf(signal));
  }
  await file?.commit();
  if (failed) process.exitCode = EXIT.input;
}

interface EvalFlags {
  format: 'table' | 'json';
  verbose?: boolean;
  color: boolean;
}

async function runEval(dir: string, flags: EvalFlags): Promise<void> {
  const { evaluate, renderEval } = await import('../eval/run.js');
  const result = await evaluate(dir);
  if ('error' in result) {
    process.stderr.write(`extract eval: ${dir}: ${result.error}\n`);
    process.exitCode = EXIT.input;
    return;
  }
  await write(flags.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderEval(result, { verbose: Boolean(flags.verbose), color: useColor(flags.color) }));
}

export function program(): Command {
  const cmd = new Command('extract')
    // Options after a subcommand are the subcommand's: `extract eval --format json DIR`.
    .enablePositionalOptions()
    .description('Turn news reports about drone attacks and air-defence interceptions into structured records with evidence')
    .version(pkg.version)
    .argument('[inputs...]', 'files, directories (every *.txt, *.html and *.htm below, sorted) and "-" for stdin; none: stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(FORMATS))
    .option('-d, --date <YYYY-MM-DD>', 'reference date for yearless and relative dates', parseDate)
    .addOption(LANG_OPTION())
    .addOption(new Option('-i, --input <kind>', INPUT_HELP).choices(INPUT_MODES).default('text'))
    .option('--channel <name>', "a Telegram export's public channel name, for https://t.me/NAME/ID links", parseChannel)
    .option('--with-text', 'json: each article carries `text`, the text its offsets index (for a page or a feed item, the text taken from it)')
    .addOption(new Option('-j, --jobs <n>', 'worker threads for extraction').argParser(parseJobs).default(defaultJobs(availableParallelism()), '1 up to 3 CPUs, then CPUs - 2, at most 8'))
    .option('-q, --quiet', 'no progress line on stderr')
    .option('-o, --output <file>', 'write to FILE, atomically: a temporary file renamed over it when the run completes')
    .option('--no-color', 'no colours (also: NO_COLOR, or output not a terminal)')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run extract --help for usage)')
    .exitOverride()
    .action((inputs: string[], flags: ExtractFlags) => runExtract(inputs, flags));
  cmd
    .command('eval')
    .description('score the extractor against NAME.txt / NAME.gold.json pairs in a directory (see FORMAT.md)')
    .argument('<dir>', 'directory of NAME.txt and NAME.gold.json pairs')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .option('-v, --verbose', 'list each miss and false hit per case')
    .option('--no-color', 'no colours')
    .showHelpAfterError('(run extract eval --help for usage)')
    .exitOverride()
    .action((dir: string, flags: EvalFlags) => runEval(dir, flags));
  cmd
    .command('summarize')
    .description('summarise many reports: claims merged across outlets, per-region totals, timeline, claimants, conflicts, damage, casualties')
    .argument('[inputs...]', 'as for extract (files, directories, "-"); with --records, output of extract --format ndjson; none: stdin')
    .option('-r, --records', 'the inputs are records from `extract --format ndjson`, not articles')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(SUMMARY_FORMATS))
    .option('--from <YYYY-MM-DD>', 'only facts dated on or after this day (undated ones are counted as left out)', parseDate)
    .option('--to <YYYY-MM-DD>', 'only facts dated on or before this day', parseDate)
    .option('-d, --date <YYYY-MM-DD>', "reference date for yearless and relative dates (with --records: the articles' date)", parseDate)
    .addOption(LANG_OPTION())
    .addOption(new Option('-i, --input <kind>', INPUT_HELP).choices(INPUT_MODES).default('text'))
    .option('--channel <name>', "a Telegram export's public channel name, for https://t.me/NAME/ID links", parseChannel)
    .option('--no-color', 'no colours (also: NO_COLOR, or output not a terminal)')
    .showHelpAfterError('(run extract summarize --help for usage)')
    .exitOverride()
    .action(async (inputs: string[], flags: SummarizeFlags) => {
      const hint = stdinHint('extract summarize', inputs, Boolean(process.stdin.isTTY));
      if (hint) process.stderr.write(hint);
      const { runSummarize } = await import('./summarize.js');
      process.exitCode = await runSummarize(inputs, flags);
    });
  return cmd;
}

export async function main(argv: string[]): Promise<void> {
  guardStdout();
  try {
    await program().parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors get 2 (commander's own message is already printed).
      process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    process.stderr.write(`extract: ${(err as Error).message}\n`);
    process.exitCode = EXIT.input;
  }
}
