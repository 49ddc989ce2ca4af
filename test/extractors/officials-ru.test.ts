import { describe, expect, it } from 'vitest';
import { officials, recordsOf } from './helpers.js';

const titles = (text: string) => recordsOf(text, 'official').map((o) => [o.name, o.title]);

describe('officials named in Russian, given in the nominative', () => {
  it.each([
    // the list's person in any case, with or without the first name, with or without a title
    ['По словам Вячеслава Гладкова, пострадавших нет.', [['Вячеслав Гладков', 'RU-BEL']]],
    ['Губернатор Гладков сообщил о выбитых окнах.', [['Вячеслав Гладков', 'RU-BEL']]],
    ['Гладков сообщил, что в Шебекине повреждены два дома.', [['Вячеслав Гладков', 'RU-BEL']]],
    ['Об атаке Гладкову доложили ночью, обломки упали в Белгородской области.', [['Вячеслав Гладков', 'RU-BEL']]],
    ['Глава региона Александр Богомаз написал в Telegram о сбитых дронах.', [['Александр Богомаз', 'RU-BRY']]],
    ['Слюсарь уточнил, что дроны сбиты над Ростовской областью.', [['Юрий Слюсарь', 'RU-ROS']]],
    ['Мэр Москвы Сергей Собянин сообщил о двух беспилотниках.', [['Сергей Собянин', 'RU-MOW']]],
    ['Об этом рассказал глава ОВА Олег Кипер.', [['Олег Кипер', 'UA-51']]],
    // the text's spelling of ё is kept
    ['Губернатор Андрей Воробьев приехал на место.', [['Андрей Воробьев', 'RU-MOS']]],
    ['Губернатор Андрей Воробьёв приехал на место.', [['Андрей Воробьёв', 'RU-MOS']]],
    // national officials speak for no region
    ['Официальный представитель МИД Мария Захарова прокомментировала атаку.', [['Мария Захарова', null]]],
    ['Путин провел совещание по итогам атаки.', [['Владимир Путин', null]]],
    // in an English report
    ['Governor Вячеслав Гладков said a woman was injured.', [['Вячеслав Гладков', 'RU-BEL']]],
    // a person not on the list, after a Russian title, in the nominative
    ['Об этом сообщил глава Грайворонского округа Белгородской области Геннадий Бондарев.', [['Геннадий Бондарев', 'RU-BEL']]],
    ['По словам главы района Белгородской области Геннадия Бондарева, пострадал мужчина.', [['Геннадий Бондарев', 'RU-BEL']]],
  ])('%s', (sentence, expected) => {
    expect(officials(sentence)).toEqual(expected);
  });

  it.each([
    ['Врио губернатора Курской области Александр Хинштейн сообщил о пострадавших.', [['Александр Хинштейн', 'acting governor']]],
    ['Глава Республики Крым Сергей Аксенов рассказал об атаке.', [['Сергей Аксенов', 'head of the republic']]],
    ['Об атаке сообщил губернатор Белгородской области Вячеслав Гладков.', [['Вячеслав Гладков', 'governor']]],
  ])('%s -> the Russian title in English', (sentence, expected) => {
    expect(titles(sentence)).toEqual(expected);
  });

  it.each([
    // another person with a listed surname, or a listed surname with nothing to tie it to the official
    ['Местный житель Сергей Гусев рассказал, что слышал взрывы.'],
    ['Эксперт Смирнов считает, что атаки продолжатся.'],
    ['Очевидец Игнат Петров снял видео.'],
    // a region after a title is no person
    ['Глава Республики Крым рассказал об атаке.'],
  ])('%s has no official', (sentence) => {
    expect(officials(sentence)).toEqual([]);
  });

  // a person not on the list named by surname alone: no first name says a person follows the title
  it.fails('Глава района Бондарев сообщил о повреждениях.', () => {
    expect(officials('Глава района Бондарев сообщил о повреждениях.')).toEqual([['Бондарев', null]]);
  });
});
