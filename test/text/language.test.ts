import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/text/language.js';

describe('detectLanguage', () => {
  it.each([
    ['Russian air defences destroyed 41 drones over Bryansk Oblast overnight.', 'en'],
    ['', 'en'],
    ['12 34 56 — «»', 'en'],
    // An English report quoting Russian names stays English.
    ['Governor Vyacheslav Gladkov (Вячеслав Гладков) said two houses in Shebekino (Шебекино) were damaged by a drone.', 'en'],
    ['Над Брянской областью перехвачены и уничтожены 24 беспилотника, сообщили в Минобороны.', 'ru'],
    ['По словам губернатора Вячеслава Гладкова, в Белгороде выбиты окна в двух домах.', 'ru'],
    ['Ночью силы ПВО сбили 12 БПЛА над Курской областью; пострадавших нет.', 'ru'],
    // A Russian report with English names and words in it.
    ['Губернатор написал в Telegram, что атаку отразили; по данным Reuters и ТАСС, сбиты 8 дронов.', 'ru'],
    ['Уночі сили ППО збили 12 безпілотників над Харківщиною, повідомив Олег Синєгубов.', 'uk'],
    ['Внаслідок атаки пошкоджено їдальню та ґанок житлового будинку в Одесі.', 'uk'],
    // A Russian report that names a Ukrainian place in Ukrainian stays Russian.
    ['В Одесской области ночью были слышны взрывы; местные каналы пишут «Україна», власти молчат.', 'ru'],
  ])('%j is %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it('reads a long text in one pass', () => {
    const text = 'Над областью сбиты беспилотники. '.repeat(100_000);
    const started = performance.now();
    expect(detectLanguage(text)).toBe('ru');
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
