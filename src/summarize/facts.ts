/** Damage and casualty reports from many articles, each distinct report once. They carry no date of their own: they
 *  take their article's. */
import type { Article, CasualtiesRecord, DamageRecord } from '../types.js';
import { readDate, type Dated } from './dates.js';

export interface Fact<T> extends Dated {
  record: T;
  sources: string[];
}
export type DamageFact = Fact<DamageRecord>;
export type CasualtyFact = Fact<CasualtiesRecord>;

/** The article's reference date; without one (NDJSON records carry none), the one date all its drone counts share. */
export function articleDate(article: Article): Dated {
  if (article.reference_date) return readDate(article.reference_date);
  const dates = new Set(article.records.flatMap((r) => (r.type === 'drone_count' && r.date ? [r.date] : [])));
  return readDate(dates.size === 1 ? [...dates][0] : null);
}

const KEYS = {
  damage: (r: DamageRecord) => [r.region, r.object, r.effect, r.count],
  casualties: (r: CasualtiesRecord) => [r.region, r.killed, r.injured],
};

function groupFacts<T extends DamageRecord | CasualtiesRecord>(articles: Iterable<Article>, type: T['type'], key: (record: T) => unknown[]): Fact<T>[] {
  const found = new Map<string, Fact<T>>();
  for (const article of articles) {
    const dated = articleDate(article);
    for (const record of article.records) {
      if (record.type !== type) continue;
      const k = JSON.stringify([dated.date, dated.month_day, ...key(record as T)]);
      const fact = found.get(k) ?? { ...dated, record: record as T, sources: [] };
      found.set(k, fact);
      if (!fact.sources.includes(article.source)) fact.sources.push(article.source);
    }
  }
  return [...found.values()];
}

/** "windows were blown out" in two outlets on the same day and region is one damage report. */
export function groupDamage(articles: Iterable<Article>): DamageFact[] {
  return groupFacts(articles, 'damage', KEYS.damage);
}

export function groupCasualties(articles: Iterable<Article>): CasualtyFact[] {
  return groupFacts(articles, 'casualties', KEYS.casualties);
}
