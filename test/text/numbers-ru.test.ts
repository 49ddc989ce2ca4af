/** Russian cardinals: src/data/number-words.ru.json read by src/text/numbers.ts. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NUMBER_SOURCE, RU_HAS_NUMBER, RU_NUMBER_SOURCE, RU_NUMBER_START_SOURCE, numberAt, parseNumber, parseRussianNumber } from '../../src/text/numbers.js';

const WHOLE = new RegExp(`^(?:${RU_NUMBER_SOURCE})$`, 'iu');
const SCAN = new RegExp(`(?<![\\p{L}\\d])(?:${RU_NUMBER_SOURCE})`, 'giu');
/** Every cardinal a scan finds in the text, as [text, value]. */
const found = (text: string) => [...text.matchAll(SCAN)].map((m) => [m[0], parseRussianNumber(m[0])]);

describe('Russian cardinals', () => {
  it.each<[string, number]>([
    // один in every case and gender
    ['один', 1], ['одного', 1], ['одному', 1], ['одним', 1], ['одном', 1],
    ['одна', 1], ['одной', 1], ['одну', 1], ['одно', 1], ['одни', 1], ['одних', 1],
    ['два', 2], ['две', 2], ['двух', 2], ['двум', 2], ['двумя', 2],
    ['три', 3], ['трёх', 3], ['трех', 3], ['трём', 3], ['тремя', 3],
    ['четыре', 4], ['четырёх', 4], ['четырьмя', 4],
    ['пять', 5], ['пяти', 5], ['пятью', 5],
    ['восемь', 8], ['восьми', 8], ['восемью', 8],
    ['одиннадцать', 11], ['четырнадцати', 14], ['девятнадцатью', 19],
    ['сорок', 40], ['сорока', 40], ['пятидесяти', 50], ['девяноста', 90],
    ['сто', 100], ['ста', 100], ['двухсот', 200], ['тремястами', 300], ['пятистах', 500],
    // compounds, in any case
    ['двадцать четыре', 24],
    ['двадцати четырёх', 24],
    ['тридцатью пятью', 35],
    ['Сорока одного', 41],
    ['сто двадцать', 120],
    ['ста двадцати одного', 121],
    ['двести сорок один', 241],
    ['триста пятнадцать', 315],
    ['тысяча', 1000],
    ['тысяча двести', 1200],
    ['две тысячи', 2000],
    ['две тысячи двадцать четыре', 2024],
    ['полторы тысячи', 1500],
    // collectives
    ['двое', 2], ['троих', 3], ['пятеро', 5], ['десятерых', 10],
    // counting nouns
    ['пара', 2], ['пару', 2], ['парой', 2],
    ['десяток', 10], ['десятка', 10], ['десятком', 10],
    ['дюжина', 12], ['сотня', 100],
    ['полтора десятка', 15],
    ['полутора десятков', 15],
    ['два десятка', 20],
    ['три десятка', 30],
    ['пять десятков', 50],
    ['пара десятков', 20],
    ['две сотни', 200],
    ['полсотни', 50],
    ['полдюжины', 6],
    // digits, thousands grouped by a no-break space
    ['41', 41],
    ['1\u00a0200', 1200],
    ['1\u202f200', 1200],
    // case of the first letter
    ['Двадцать Четыре', 24],
    ['ДВА ДЕСЯТКА', 20],
  ])('%s = %d', (raw, value) => {
    expect(WHOLE.test(raw), raw).toBe(true);
    expect(parseRussianNumber(raw)).toBe(value);
    // parseNumber reads both languages' words.
    expect(parseNumber(raw)).toBe(value);
  });

  it('reads every form listed in the data file as its value', () => {
    const data = JSON.parse(readFileSync(new URL('../../src/data/number-words.ru.json', import.meta.url), 'utf8'));
    for (const kind of ['units', 'teens', 'tens', 'hundreds', 'collectives']) {
      for (const [value, forms] of Object.entries(data[kind] as Record<string, string[]>)) {
        for (const form of forms) {
          expect(WHOLE.test(form), form).toBe(true);
          expect(parseRussianNumber(form), form).toBe(Number(value));
        }
      }
    }
  });

  it.each([
    // ordinals are no counts
    'пятый', 'пятого', 'двадцать пятый', 'двадцать пятого', 'третий', 'третьего', 'сотый', 'первой', 'четвертом',
    // a fraction alone, and plural counting nouns alone, are no whole number
    'полтора', 'десятки', 'десятков', 'сотни', 'сотен',
    // vague words
    'несколько', 'множество',
    // out of order
    'двадцать сто', 'пять двадцать', 'двадцать одиннадцать',
    'беспилотник', '',
  ])('%j is no cardinal', (raw) => {
    expect(WHOLE.test(raw), raw).toBe(false);
    expect(parseRussianNumber(raw)).toBeNull();
  });

  it('finds cardinals in sentences, and not inside other words', () => {
    expect(found('Над Брянской областью уничтожены двадцать четыре беспилотника, над Курской — семь.')).toEqual([['двадцать четыре', 24], ['семь', 7]]);
    expect(found('Сбито полтора десятка дронов, ещё один упал в поле.')).toEqual([['полтора десятка', 15], ['один', 1]]);
    expect(found('Пострадали двое, в пятиэтажке выбиты окна, повреждены двухэтажный дом и стол.')).toEqual([['двое', 2]]);
    expect(found('Сорокин сообщил, что пятый по счёту беспилотник сбит в пятницу.')).toEqual([]);
    expect(found('Двадцать пятый дрон и десятки других сбиты.')).toEqual([]);
  });

  it('reads a number at a position, in either language', () => {
    const text = 'Сбиты тридцать пять БПЛА и ещё пара десятков дронов.';
    expect(numberAt(text, text.indexOf('тридцать'), 'ru')).toEqual({ value: 35, text: 'тридцать пять', end: text.indexOf(' БПЛА') });
    expect(numberAt(text, text.indexOf('пара'), 'ru')).toEqual({ value: 20, text: 'пара десятков', end: text.indexOf(' дронов') });
    expect(numberAt(text, text.indexOf('БПЛА'), 'ru')).toBeNull();
    expect(numberAt(text, 0, 'en')).toBeNull();
    expect(numberAt('Air defences downed forty-one drones', 20, 'en')).toEqual({ value: 41, text: 'forty-one', end: 29 });
    expect(numberAt('Над областью сбиты 3 дрона', 19, 'uk')).toBeNull();
  });

  it('tells which sentences may hold a cardinal', () => {
    expect(RU_HAS_NUMBER.test('Сбиты два беспилотника.')).toBe(true);
    expect(RU_HAS_NUMBER.test('Сбиты 2 беспилотника.')).toBe(true);
    expect(RU_HAS_NUMBER.test('Сбит беспилотник, пострадавших нет.')).toBe(false);
    expect(new RegExp(`^${RU_NUMBER_START_SOURCE}`, 'iu').test('полтора десятка')).toBe(true);
    expect(new RegExp(`^${RU_NUMBER_START_SOURCE}`, 'iu').test('десятков')).toBe(false);
  });

  it('leaves English numbers as they were', () => {
    expect(new RegExp(`^${NUMBER_SOURCE}$`, 'iu').test('двадцать')).toBe(false);
    expect(parseNumber('two dozen')).toBe(24);
  });

  it.fails('"более сотни беспилотников": сотни is "a hundred" after более, "hundreds" alone', () => {
    expect(found('Сбито более сотни беспилотников.')).toEqual([['сотни', 100]]);
  });

  it.fails('"1 200" with a plain space between the thousands', () => {
    expect(found('Всего сбито 1 200 беспилотников.')).toEqual([['1 200', 1200]]);
  });
});

describe('hostile input', () => {
  it.each(['сто ', 'двадцать ', 'две тысячи ', 'полтора ', 'пара ', 'десяток пятый ', 'тысяча тысяча ', '1\u00a0200\u00a0', 'двадцать пятого '])(
    'a 100 KB run of %j is scanned in linear time',
    (unit) => {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const started = performance.now();
      found(text);
      expect(performance.now() - started).toBeLessThan(2000);
    },
  );
});
