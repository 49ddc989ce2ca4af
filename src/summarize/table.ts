/** The summary for a terminal: a bar chart of the top regions, then one table per part. */
import chalk, { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import { printable } from '../format/table.js';
import type { Summary } from './types.js';

const BAR_WIDTH = 40;
const TOP = 10;
const SOURCES_SHOWN = 3;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function table(title: string, head: string[], rows: (string | number)[][], paint: ChalkInstance): string {
  // cli-table3 colours heads and borders itself, even when piped; all colour comes from `paint` instead.
  const t = new Table({ head: head.map((h) => paint.bold(h)), style: { head: [], border: [] } });
  for (const row of rows) t.push(row.map((cell) => (typeof cell === 'number' ? String(cell) : printable(cell))));
  return `${paint.cyan(title)} (${rows.length})\n${t.toString()}\n`;
}

/** "RU-BRY  Bryansk Oblast  ████████████ 41", bars scaled to the largest. */
export function barChart(regions: Summary['regions'], paint: ChalkInstance): string {
  const top = regions.filter((r) => r.drones > 0).slice(0, TOP);
  if (top.length === 0) return '';
  const max = top[0].drones;
  const labels = top.map((r) => `${r.code.padEnd(Math.max(...top.map((t) => t.code.length)))}  ${printable(r.name)}`);
  const width = Math.max(...labels.map((l) => l.length));
  const lines = top.map((r, i) => `${labels[i].padEnd(width)}  ${paint.cyan('█'.repeat(Math.max(1, Math.round((BAR_WIDTH * r.drones) / max))))} ${r.drones}`);
  return `${paint.cyan(`top regions by drones claimed`)}\n${lines.join('\n')}\n`;
}

function sourceList(sources: string[]): string {
  const shown = sources.slice(0, SOURCES_SHOWN).join('\n');
  return sources.length > SOURCES_SHOWN ? `${shown}\n… ${sources.length - SOURCES_SHOWN} more` : shown;
}

function heading(s: Summary, paint: ChalkInstance): string {
  const range = s.from || s.to ? ` from ${s.from ?? 'the start'} to ${s.to ?? 'the end'}` : '';
  const counts = [plural(s.articles, 'article'), plural(s.claims.length, 'claim'), plural(s.conflicts.length, 'conflict')].join(', ');
  return `${paint.bold(`${s.drones} drones claimed${range}`)} (${counts})\n`;
}

export function renderTable(s: Summary, { color }: { color: boolean }): string {
  // The caller decided colour is wanted (a TTY, or --color); chalk's own detection may still say level 0.
  const paint = new Chalk({ level: color ? (Math.max(chalk.level, 1) as 1 | 2 | 3) : 0 });
  const region = (code: string | null, name: string | null) => (code === null ? 'total' : `${code} ${name ?? ''}`);
  const parts = [
    heading(s, paint),
    barChart(s.regions, paint),
    table('regions', ['code', 'name', 'drones', 'by claimant', 'claims', 'sources', 'conflicts', 'damage', 'killed', 'injured'],
      s.regions.map((r) => [r.code, r.name, r.drones, r.by_claimant.map((c) => `${c.claimant}: ${c.drones}`).join('\n'), r.claims, r.sources, r.conflicts, r.damage, r.casualties.killed, r.casualties.injured]), paint),
    table('timeline', ['date', 'drones', 'claims', 'sources'], s.timeline.map((t) => [t.date, t.drones, t.claims, t.sources]), paint),
    table('claimants', ['claimant', 'drones', 'claims', 'sources', 'regions'], s.claimants.map((c) => [c.claimant, c.drones, c.claims, c.sources, c.regions]), paint),
    table('claims', ['date', 'region', 'claimant', 'count', 'action', 'sources'],
      s.claims.map((c) => [c.month_day ? `${c.date} (${c.month_day})` : c.date, region(c.region, c.name), c.claimant, c.count, c.actions.join(', '), `${c.source_count}: ${sourceList(c.sources)}`]), paint),
  ];
  if (s.conflicts.length > 0) {
    parts.push(table('conflicts', ['date', 'region', 'figures side by side'],
      s.conflicts.map((c) => [c.date, region(c.region, c.name), c.claims.map((k) => `${k.claimant}: ${k.count} (${plural(k.source_count, 'source')})`).join('\n')]), paint));
  }
  if (s.damage.length > 0) parts.push(table('damage', ['object', 'effect', 'reports', 'count'], s.damage.map((d) => [d.object, d.effect, d.reports, d.count]), paint));
  parts.push(`${paint.cyan('casualties')}: ${s.casualties.killed} killed, ${s.casualties.injured} injured\n`);
  for (const note of s.notes) parts.push(paint.yellow(`note: ${printable(note)}`) + '\n');
  return parts.filter(Boolean).join('\n');
}
