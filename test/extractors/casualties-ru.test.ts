/** Russian casualties (src/extractors/ru/casualties.ts with src/data/casualty-words.ru.json). */
import { describe, expect, it } from 'vitest';
import { recordsOf } from './helpers.js';

/** The largest killed and injured figures, as the scorer reduces them; null when nothing is said. */
function toll(text: string): { killed: number; injured: number } | null {
  const records = recordsOf(text, 'casualties');
  if (!records.length) return null;
  return { killed: Math.max(...records.map((r) => r.killed)), injured: Math.max(...records.map((r) => r.injured)) };
}

describe('Russian casualties: none', () => {
  it.each([
    'Пострадавших нет.',
    'Пострадавших, по предварительным данным, нет.',
    'Атака обошлась без жертв.',
    'По словам губернатора, никто не пострадал.',
    'Обошлось без пострадавших, сообщил глава района.',
    'Мирные жители, к счастью, не пострадали.',
    'Погибших и раненых нет.',
    'Беспилотник атаковал автомобиль, водитель не пострадал.',
  ])('%s', (sentence) => {
    expect(toll(sentence)).toEqual({ killed: 0, injured: 0 });
  });
});

describe('Russian casualties: counts', () => {
  it.each<[string, { killed: number; injured: number }]>([
    ['В результате удара погибли двое.', { killed: 2, injured: 0 }],
    ['Ранены двое мирных жителей.', { killed: 0, injured: 2 }],
    ['Пострадали три человека, их доставили в больницу.', { killed: 0, injured: 3 }],
    ['Ранения получили семь человек.', { killed: 0, injured: 7 }],
    ['Один человек погиб, еще двое ранены.', { killed: 1, injured: 2 }],
    ['Мирный житель получил ранения.', { killed: 0, injured: 1 }],
    ['Пострадала пожилая женщина.', { killed: 0, injured: 1 }],
    ['Мужчина госпитализирован с осколочными ранениями.', { killed: 0, injured: 1 }],
    ['В Белгороде погиб водитель легкового автомобиля.', { killed: 1, injured: 0 }],
    ['Число раненых выросло до двенадцати человек.', { killed: 0, injured: 12 }],
    // a dash does not part the harm from its number
    ['Число пострадавших — трое.', { killed: 0, injured: 3 }],
    ['Погибли два человека, сообщил губернатор.', { killed: 2, injured: 0 }],
    // the number nearest its verb
    ['Погибли 2 человека и еще 5 пострадали.', { killed: 2, injured: 5 }],
    ['Мужчина с осколочными ранениями доставлен в больницу.', { killed: 0, injured: 1 }],
  ])('%s', (sentence, expected) => {
    expect(toll(sentence)).toEqual(expected);
  });
});

describe('Russian casualties: what is no statement', () => {
  it.each([
    // objects, not people
    'Восемь частных домов пострадали от обломков.',
    'Пострадал один частный дом.',
    'Над Курской областью сбиты 12 беспилотников, 3 пострадали от РЭБ.',
    // nothing said about people
    'Сведений о раненых губернатор не привёл.',
    'Над Курской областью сбиты 12 беспилотников.',
  ])('%s', (sentence) => {
    expect(toll(sentence)).toBeNull();
  });
});

describe('Russian casualties not read yet', () => {
  // the injured person named only by the participle, in the dative
  it.fails('"Пострадавшему оказана медицинская помощь" is one injured', () => {
    expect(toll('Пострадавшему оказана медицинская помощь.')).toEqual({ killed: 0, injured: 1 });
  });
});
