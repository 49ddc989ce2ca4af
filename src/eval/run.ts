/** `extract eval DIR`: every NAME.txt / NAME.gold.json pair, extracted with the gold's reference date, then scored. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Chalk } from 'chalk';
import Table from 'cli-table3';
import { extract, stripBom } from '../extract.js';
import { parseGold } from './gold.js';
import { FIELDS, scoreCase, summarize, type CaseScore, type Summary } from './score.js';

export interface EvalResult {
  summary: Summary;
  cases: CaseScore[];
}

export async function evaluate(dir: string): Promise<EvalResult | { error: string }> {
  let files: string[];
  try {
    files = await readdir(dir);
  } catch (err) {
    return { error: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such directory' : (err as Error).message };
  }
  const names = files.filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
  if (!names.length) return { error: 'no NAME.txt / NAME.gold.json pairs' };
  const cases: CaseScore[] = [];
  for (const name of names) {
    const gold = parseGold(await readFile(join(dir, `${name}.gold.json`), 'utf8'));
    const text = stripBom(await readFile(join(dir, `${name}.txt`), 'utf8'));
    const article = extract(text, { source: name, referenceDate: gold.reference_date });
    cases.push(scoreCase(name, article.records, gold));
  }
  return { summary: summarize(cases), cases };
}

const pct = (x: number) => x.toFixed(3);

export function renderEval(result: EvalResult, options: { verbose: boolean; color: boolean }): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const style = options.color ? {} : { head: [], border: [] };
  const table = new Table({ head: ['field', 'P', 'R', 'F1', 'tp', 'fp', 'fn'], style });
  const { summary } = result;
  for (const field of FIELDS) {
    const f = summary.fields[field];
    table.push([field, pct(f.precision), pct(f.recall), pct(f.f1), f.tp, f.fp, f.fn]);
  }
  const m = summary.micro;
  table.push([c.bold('micro'), pct(m.precision), pct(m.recall), c.bold(pct(m.f1)), m.tp, m.fp, m.fn]);
  const lines: string[] = [];
  if (options.verbose) {
    for (const cs of result.cases) {
      const wrong = [...cs.misses.map((x) => c.red(`  miss  ${x.field}: ${x.item}`)), ...cs.falseHits.map((x) => c.yellow(`  false ${x.field}: ${x.item}`))];
      const cas = cs.casualties.correct === false ? [c.red(`  casualties: gold ${JSON.stringify(cs.casualties.gold)} got ${JSON.stringify(cs.casualties.got)}`)] : [];
      if (wrong.length || cas.length) lines.push(c.bold(cs.name), ...wrong, ...cas);
    }
    lines.push('');
  }
  lines.push(`${summary.cases} cases`, table.toString());
  lines.push(`casualties accuracy ${pct(summary.casualties.accuracy)} (${summary.casualties.correct}/${summary.casualties.total})`);
  return `${lines.join('\n')}\n`;
}
