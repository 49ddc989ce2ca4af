/** Russian dates (src/extractors/calendar-words.ts with src/data/date-words.ru.json). */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { datelineDate } from '../../src/extractors/dates.js';
import { absoluteDates, recordsOf } from './helpers.js';

describe('Russian calendar dates', () => {
  it.each<[string, string | null, string[]]>([
    ['13 декабря силы ПВО уничтожили 94 беспилотника.', null, ['XXXX-12-13']],
    ['13 декабря силы ПВО уничтожили 94 беспилотника.', '2024-12-20', ['2024-12-13']],
    // a yearless date after the reference day is last year's, never next year's
    ['13 декабря силы ПВО уничтожили 94 беспилотника.', '2025-01-05', ['2024-12-13']],
    ['В ночь на 13 декабря над Брянской областью сбиты 24 БПЛА.', '2024-12-15', ['2024-12-13']],
    ['в ночь на 4 марта дроны атаковали Ростовскую область', null, ['XXXX-03-04']],
    // "в ночь с 12 на 13 марта": both days
    ['В ночь с 12 на 13 марта беспилотники атаковали Курскую область.', '2024-03-20', ['2024-03-12', '2024-03-13']],
    ['Атака произошла в ночь с 6 на 7 сентября.', null, ['XXXX-09-06', 'XXXX-09-07']],
    ['В ночь с 31 декабря на 1 января сбиты 12 дронов.', '2025-01-01', ['2024-12-31', '2025-01-01']],
    ['В ночь с 31 декабря на 1 января 2025 года сбиты 12 дронов.', null, ['2024-12-31', '2025-01-01']],
    ['Атаки продолжались с 12 по 14 марта.', '2024-03-20', ['2024-03-12', '2024-03-14']],
    ['Беспилотники летели 12-13 марта и 15 марта.', '2024-03-20', ['2024-03-12', '2024-03-13', '2024-03-15']],
    ['Налёты были 12 и 13 марта.', '2024-03-20', ['2024-03-12', '2024-03-13']],
    // a written year, with or without "года" / "г."
    ['Что известно утром 30 мая 2023 года', null, ['2023-05-30']],
    ['Атака 30 мая 2023 г. была отражена.', '2024-01-01', ['2023-05-30']],
    ['13.12.2024 над регионом сбиты три БПЛА.', null, ['2024-12-13']],
    // days as ordinal words
    ['Первого мая над Крымом сбили дрон.', '2024-05-10', ['2024-05-01']],
    ['Двадцать третьего февраля атаковали Тулу.', null, ['XXXX-02-23']],
    ['Атака тридцатого января не удалась.', '2024-02-01', ['2024-01-30']],
    // times of day are not days: "с 23:00 мск 25 февраля до 7:00 26 февраля"
    ['За время с 23:00 мск 25 февраля до 7:00 26 февраля сбиты 7 дронов.', '2026-02-26', ['2026-02-25', '2026-02-26']],
    // ё written as е, or not
    ['Атака четвертого мая отражена.', '2024-05-10', ['2024-05-04']],
    ['Атака четвёртого мая отражена.', '2024-05-10', ['2024-05-04']],
  ])('%s [ref %s]', (sentence, ref, expected) => {
    expect(absoluteDates(sentence, ref)).toEqual(expected);
  });

  it('keeps the count after a comma out of the year', () => {
    expect(absoluteDates('13 декабря, 18 беспилотников сбиты над Курской областью.', '2024-12-20')).toEqual(['2024-12-13']);
  });

  it('gives spans that index the text', () => {
    const text = 'По данным Минобороны, в ночь с 12 на 13 марта сбиты 30 БПЛА.';
    const records = recordsOf(text, 'date', '2024-03-20');
    expect(records.map((r) => [r.text, r.rule])).toEqual([
      ['в ночь с 12 на 13 марта', 'date/range'],
      ['в ночь с 12 на 13 марта', 'date/range'],
    ]);
    for (const r of records) expect(text.slice(r.start, r.end)).toBe(r.text);
  });
});

describe('not Russian calendar dates', () => {
  it.each<[string, string | null]>([
    ['В среду над областью сбиты 3 беспилотника.', '2024-12-15'],
    ['Вчера вечером дроны атаковали Белгород.', '2024-12-15'],
    ['Ночью силы ПВО уничтожили 12 БПЛА.', '2024-12-15'],
    // a month without a day, and a month word inside another word
    ['В мае атаки участились, в Октябрьском районе выбиты окна.', '2024-12-15'],
    ['В 2024 году сбиты 150 беспилотников.', null],
    // a day over 31 is no day
    ['Сбиты 45 марта дронов.', null],
  ])('%s [ref %s]', (sentence, ref) => {
    expect(absoluteDates(sentence, ref)).toEqual([]);
  });

  it('reads no Russian dates in an article read as English', () => {
    const article = extract('13 декабря дроны атаковали Белгород.', { referenceDate: '2024-12-20', language: 'en' });
    expect(article.records.filter((r) => r.type === 'date')).toEqual([]);
  });

  it.fails('"13 дек." with a shortened month', () => {
    expect(absoluteDates('13 дек. сбиты 5 БПЛА.', '2024-12-20')).toEqual(['2024-12-13']);
  });
});

describe('Russian relative dates', () => {
  const relative = (text: string, ref: string | null) =>
    recordsOf(text, 'date', ref).filter((d) => d.kind === 'relative').map((d) => [d.text, d.value, d.rule]);

  it.each<[string, string | null, [string, string, string][]]>([
    ['Вчера вечером дроны атаковали Белгород.', '2024-12-15', [['Вчера', '2024-12-14', 'date/relative']]],
    ['Позавчера над городом сбили дрон.', '2024-12-15', [['Позавчера', '2024-12-13', 'date/relative']]],
    // 2024-12-15 is a Sunday: the Wednesday before it, never the one after
    ['В среду над областью сбиты 3 беспилотника.', '2024-12-15', [['В среду', '2024-12-11', 'date/relative']]],
    ['В ночь на четверг российские войска атаковали Павлоград.', '2024-12-15', [['В ночь на четверг', '2024-12-12', 'date/relative']]],
    ['Во вторник сбиты два дрона.', '2024-12-15', [['Во вторник', '2024-12-10', 'date/relative']]],
    ['Аксенов утром в воскресенье сообщил об атаке.', '2024-12-15', [['в воскресенье', '2024-12-15', 'date/relative']]],
    ['Ночью силы ПВО уничтожили 12 БПЛА.', '2024-12-15', [['Ночью', '2024-12-15', 'date/overnight']]],
    ['Минувшей ночью сбиты 5 дронов.', '2024-12-15', [['Минувшей ночью', '2024-12-15', 'date/overnight']]],
    // nothing to resolve against
    ['Вчера дроны атаковали Белгород.', null, []],
  ])('%s [ref %s]', (sentence, ref, expected) => {
    expect(relative(sentence, ref)).toEqual(expected);
  });

  it.each([
    // words that hold a relative word
    ['Сегодняшний налёт отражён.', '2024-12-15'],
    ['Средства ПВО в ночное время работали.', '2024-12-15'],
    ['Четверговая сводка вышла.', '2024-12-15'],
  ])('%s has none', (sentence, ref) => {
    expect(relative(sentence, ref)).toEqual([]);
  });
});

describe('Russian datelines', () => {
  it('takes the first date with a year in the first lines', () => {
    expect(datelineDate('Атака беспилотников на Москву: что известно утром 30 мая 2023 года\n\nТекст.', 'ru')).toBe('2023-05-30');
    expect(datelineDate('16 сентября 2025 года\n\nНочью сбиты дроны.', 'ru')).toBe('2025-09-16');
    expect(extract('Сводка за 10 марта 2024 года.\nНочью сбиты дроны.').reference_date).toBe('2024-03-10');
  });

  it('takes no yearless date, and no Russian date in an English text', () => {
    expect(datelineDate('Сводка за 10 марта.\nНочью сбиты дроны.', 'ru')).toBeNull();
    expect(datelineDate('Сводка за 10 марта 2024 года.', 'en')).toBeNull();
  });
});

describe('hostile input', () => {
  it.each([
    'с 12 на ',
    '12 и 13 ',
    '1 - 2 - ',
    'в ночь с двадцать ',
    'в ночь на в ночь на ',
    '13 декабря 2024 ',
    'минувшей минувшей ночь ',
    'двадцать двадцать первого ',
  ])('a 200 KB run of %j is read in linear time', (unit) => {
    const text = unit.repeat(Math.ceil(200_000 / unit.length));
    const started = performance.now();
    extract(text, { referenceDate: '2024-12-15', language: 'ru' });
    expect(performance.now() - started).toBeLessThan(3000);
  });
});
