/** The command line: commander wiring, exit codes, and nothing that extracts. The extractor loads only when needed,
 *  so `--help` and `--version` stay quick. */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { FORMATS, type Format } from '../format/index.js';
import { guardStdout, useColor, write } from './output.js';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

/** Exit codes: 0 all inputs done, 1 some input could not be read, 2 bad usage. */
export const EXIT = { ok: 0, input: 1, usage: 2 } as const;

function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m && new Date(`${value}T00:00:00Z`);
  if (!d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('expected a date as YYYY-MM-DD, e.g. 2024-09-15');
  return value;
}

const EXAMPLES = `
Examples:
  extract article.txt                          a readable table on a terminal
  cat article.txt | extract --format json      stdin (also: extract -)
  extract reports/*.txt --format csv > facts.csv
  extract --format ndjson reports/*.txt | jq 'select(.type=="drone_count")'
  extract --date 2024-09-15 article.txt        reference date for yearless and relative dates
  extract eval ../shared/corpus/dev/en         precision/recall/F1 against gold annotations`;

interface ExtractFlags {
  format?: Format;
  date?: string;
  color: boolean;
}

async function runExtract(inputs: string[], flags: ExtractFlags): Promise<void> {
  const [{ extract }, { readInput }, { createWriter }] = await Promise.all([import('../extract.js'), import('./inputs.js'), import('../format/index.js')]);
  const format = flags.format ?? (process.stdout.isTTY ? 'table' : 'json');
  const writer = createWriter(format, { color: useColor(flags.color) });
  const sources = inputs.length ? inputs : ['-'];
  let failed = false;
  await write(writer.begin());
  for (const source of sources) {
    const input = await readInput(source);
    if ('error' in input) {
      process.stderr.write(`extract: ${source}: ${input.error}\n`);
      failed = true;
      continue;
    }
    await write(writer.article(extract(input.text, { source, referenceDate: flags.date ?? null })));
  }
  await write(writer.end());
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
    .description('Turn news reports about drone attacks and air-defence interceptions into structured records with evidence')
    .version(pkg.version)
    .argument('[inputs...]', 'text files to read; "-" or none for stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, else json)').choices(FORMATS))
    .option('-d, --date <YYYY-MM-DD>', 'reference date for yearless and relative dates', parseDate)
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
