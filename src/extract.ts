/** The library entry: article text in, the article object out. The CLI is a thin layer over this. */
import { findPlaces, firstAtOrAfter, withEvidence, type Doc } from './document.js';
import { checkTotals } from './check/totals.js';
import { extractCasualties } from './extractors/casualties.js';
import { extractCasualtiesRu } from './extractors/ru/casualties.js';
import { datelineDate, extractDates } from './extractors/dates.js';
import { extractDamage } from './extractors/damage.js';
import { extractDamageRu } from './extractors/ru/damage.js';
import { extractDroneCounts } from './extractors/drone-counts.js';
import { extractDroneCountsRu } from './extractors/ru/drone-counts.js';
import { extractPlaces, extractRegions } from './extractors/locations.js';
import { extractOfficials } from './extractors/officials.js';
import type { Article, DateRecord, DroneCountRecord, ExtractOptions, ExtractedRecord, RegionRecord, Warning } from './types.js';
import { splitSentences } from './text/sentences.js';
import { asciiLettersOnly } from './text/ascii.js';
import { detectLanguage } from './text/language.js';
import { gazetteer } from './gazetteer/data.js';
import type { LocationMention } from './gazetteer/find.js';

export { stripBom } from './text/decode.js';

function locationWarnings(locations: readonly LocationMention[], resolvedList: readonly LocationMention[]): Warning[] {
  const warnings: Warning[] = [];
  // A set: a list looked through for every mention was quadratic in an article naming many places.
  const resolved = new Set(resolvedList);
  for (const l of locations) {
    if (l.rule === 'region/fuzzy' && !resolved.has(l)) warnings.push({ code: 'region-fuzzy', message: `"${l.text}" read as ${l.name} (${l.code}): the spelling is not in the gazetteer` });
    else if (l.rule === 'region/unresolved' && !resolved.has(l)) warnings.push({ code: 'region-unknown', message: `"${l.text}" is not a known region and nothing in the text resolves it` });
  }
  return warnings;
}

/** Mentions the officials list resolved replace the unresolved ones at the same start ("Bellamy Oblast" -> RU-BEL);
 *  most articles have none, and keep their list. */
function withResolved(locations: LocationMention[], resolved: readonly LocationMention[]): LocationMention[] {
  if (!resolved.length) return locations;
  const resolvedAt = new Map(resolved.map((r) => [r.start, r]));
  return locations.map((l) => resolvedAt.get(l.start) ?? l);
}

/** The date each count refers to: a date in its sentence, else the last one before it, else the reference date. */
function dateCounts(counts: DroneCountRecord[], dates: DateRecord[], referenceDate: string | null): void {
  if (!counts.length) return;
  const absolute = dates.filter((d) => d.kind === 'absolute').sort((x, y) => x.start - y.start);
  const bySentence = new Map<number, DateRecord>();
  for (const d of absolute) if (!bySentence.has(d.sentence)) bySentence.set(d.sentence, d);
  for (const c of counts) {
    const before = absolute[firstAtOrAfter(absolute, c.start) - 1];
    c.date = bySentence.get(c.sentence)?.value ?? before?.value ?? referenceDate;
  }
}

/**
 * One article's extraction, step by step: it yields between stages. Run alone (`extract`) the steps follow each other;
 * run over a batch (`extractAll`) each stage runs for every article before the next stage starts. Same work, same
 * output, but a stage's code and patterns stay in the processor's caches across the batch: on the benchmark corpus
 * the stages run 1.5-2.5x slower interleaved per article than each over many articles (2026-11-25, 2 vCPUs).
 */
function* extraction(text: string, options: ExtractOptions): Generator<void, Article> {
  const ascii = asciiLettersOnly(text);
  const language = options.language ?? detectLanguage(text, ascii);
  const referenceDate = options.referenceDate ?? datelineDate(text, language);
  const sentences = splitSentences(text);
  yield;
  const doc: Doc = { text, sentences, locations: findPlaces(text, ascii), referenceDate, ascii, language };
  yield;
  const officials = extractOfficials(doc);
  const mentions = withResolved(doc.locations, officials.resolved);
  const resolvedDoc: Doc = mentions === doc.locations ? doc : { ...doc, locations: mentions };
  const regions = extractRegions(resolvedDoc, mentions);
  // A region an official governs is named by the official even when the text does not name it.
  const regionCodes = new Set(regions.map((r) => r.code));
  for (const o of officials.records) {
    if (!o.region || regionCodes.has(o.region)) continue;
    regionCodes.add(o.region);
    const entry = gazetteer().regions.get(o.region);
    regions.push(withEvidence({ type: 'region', code: o.region, name: entry?.name ?? o.region, country: entry?.country ?? null }, doc, o.start, o.end, 'region/official', 0.7));
  }
  yield;
  const dates = extractDates(resolvedDoc);
  yield;
  // A Russian article's counts, damage and casualties are read by the Russian rules in place of the English ones.
  const counts = (language === 'ru' ? extractDroneCountsRu : extractDroneCounts)(resolvedDoc, { officials: officials.records });
  dateCounts(counts, dates, referenceDate);
  yield;
  const damage = (language === 'ru' ? extractDamageRu : extractDamage)(resolvedDoc);
  yield;
  const records: ExtractedRecord[] = [
    ...regions,
    ...extractPlaces(resolvedDoc, mentions),
    ...counts,
    ...dates,
    ...officials.records,
    ...damage,
    ...(language === 'ru' ? extractCasualtiesRu : extractCasualties)(resolvedDoc),
  ];
  const warnings = [...checkTotals(counts), ...officials.warnings, ...locationWarnings(mentions, officials.resolved)];
  return { source: options.source ?? '-', language, reference_date: referenceDate, records, warnings };
}

export function extract(input: string, options: ExtractOptions = {}): Article {
  const steps = extraction(input, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export interface ExtractInput {
  text: string;
  options?: ExtractOptions;
}

/** Several articles, extracted stage by stage across them (see `extraction`); each article's result in input order,
 *  or the error its extraction threw, which does not stop the others. */
export function extractAll(inputs: readonly ExtractInput[]): (Article | Error)[] {
  const results: (Article | Error | undefined)[] = new Array(inputs.length);
  let running = inputs.map(({ text, options }, i) => ({ i, steps: extraction(text, options ?? {}) }));
  while (running.length) {
    running = running.filter(({ i, steps }) => {
      try {
        const step = steps.next();
        if (step.done) results[i] = step.value;
        return !step.done;
      } catch (err) {
        results[i] = err instanceof Error ? err : new Error(String(err));
        return false;
      }
    });
  }
  return results as (Article | Error)[];
}

export type { RegionRecord };
