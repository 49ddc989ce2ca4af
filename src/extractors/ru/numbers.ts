/** The cardinals of a Russian sentence that can be counts: every number the number words read, less the ones that are
 *  parts of times ("23:00"), dates ("25 февраля", "2023 года"), ages and sizes ("30-летнего", "24-этажную"), model
 *  names ("С-300") and ordinals ("седьмом", which the number words do not read). */
import { loadData } from '../../data/load.js';
import { RU_HAS_NUMBER, RU_NUMBER_START_SOURCE, numberAt } from '../../text/numbers.js';
import { alt, lazy } from '../../text/patterns.js';
import { Bounded } from '../../text/scan.js';

interface DateWords {
  months: Record<string, number>;
}

const rules = lazy(() => {
  const MONTHS = Object.keys(loadData<DateWords>('date-words.ru.json').months);
  const START = new Bounded(RU_NUMBER_START_SOURCE, 'iu', '\\p{L}\\d.,:/-');
  /** What may not follow a count: a time's or decimal's second part, a hyphenated word, a month or a year. */
  const NOT_AFTER = new RegExp(`^(?:[:.,/]\\d|-|[ \\t\\u00a0]*(?:${alt(MONTHS)}|года?|году|г\\.|гг\\.|мск|час(?:а|ов|у|ам)?|минут(?:а|ы|у)?|км|тысяч\\p{L}*|млн|млрд|процент\\p{L}*|%|руб\\p{L}*)(?![\\p{L}]))`, 'iu');
  return { START, NOT_AFTER };
});

export interface Cardinal {
  /** Offsets within the sentence. */
  start: number;
  end: number;
  value: number;
}

/** The sentence's cardinals, left to right. */
export function cardinals(sentence: string): Cardinal[] {
  if (!RU_HAS_NUMBER.test(sentence)) return [];
  const { START, NOT_AFTER } = rules();
  const out: Cardinal[] = [];
  let from = 0;
  for (let m = START.exec(sentence, from); m; m = START.exec(sentence, from)) {
    const n = numberAt(sentence, m.index, 'ru');
    if (!n) {
      from = m.index + Math.max(1, m[0].length);
      continue;
    }
    from = n.end;
    if (n.value > 0 && !NOT_AFTER.test(sentence.slice(n.end, n.end + 16))) out.push({ start: m.index, end: n.end, value: n.value });
  }
  return out;
}
