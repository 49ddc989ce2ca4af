import { describe, expect, it } from 'vitest';
import { regionCodes } from '../extractors/helpers.js';

describe('datelines are no regions', () => {
  it.each([
    ['MOSCOW, Feb 11 /TASS/. Air defences destroyed drones over the Kursk region.', ['RU-KRS']],
    ['Kyiv, 22.12.2023\n\nDebris fell on a house in the Odesa region.', ['UA-51']],
    ['KYIV (Reuters) - Drones attacked the Sumy region overnight.', ['UA-59']],
    ['KYIV — A drone hit a building in the Kharkiv region.', ['UA-63']],
  ])('%s', (text, expected) => {
    expect(regionCodes(text)).toEqual(expected);
  });

  it.each([
    // a breakdown line is no dateline
    ['Drones destroyed overnight:\nMoscow — 3\nKursk region — 2', ['RU-KRS', 'RU-MOW']],
    // the city is where it happened
    ['Drones attacked Kyiv, the capital, overnight.', ['UA-30']],
  ])('still a region: %s', (text, expected) => {
    expect(regionCodes(text)).toEqual(expected);
  });
});

describe('capitals that act are no regions', () => {
  it.each([
    ['Kyiv, for its part, has denied involvement in the attack on the Kursk region.', ['RU-KRS']],
    ['Since Moscow\'s invasion began, the Kharkiv region has been shelled daily.', ['UA-63']],
    ['What is Moscow saying? The Belgorod region reported drones.', ['RU-BEL']],
    ['Kyiv lands a blow on the fleet in Crimea.', ['UA-43']],
    ['Moscow\'s defence ministry said drones were shot down over the Bryansk region.', ['RU-BRY']],
  ])('%s', (text, expected) => {
    expect(regionCodes(text)).toEqual(expected);
  });

  it.each([
    ['Drones attacked Moscow overnight.', ['RU-MOW']],
    ['Moscow\'s Vnukovo airport was closed after a drone attack.', ['RU-MOW']],
    ['A drone was shot down on approach to Moscow, the mayor said.', ['RU-MOW']],
  ])('still a region: %s', (text, expected) => {
    expect(regionCodes(text)).toEqual(expected);
  });
});

describe('reference points are no regions', () => {
  it.each([
    ['The Voronezh region lies about 155 miles north of Ukraine\'s Luhansk region.', ['RU-VOR']],
    ['The Zhytomyr region lies west of Kyiv.', ['UA-18']],
    ['The refinery, 200 km from Moscow, was hit by drones in the Yaroslavl region.', ['RU-YAR']],
    // the words that may stand between "of" and the place, and more than one space before it
    ['The depot, 30 km south of the city of Belgorod, burned; drones also hit the Kursk region.', ['RU-KRS']],
    ['The village lies 12 miles north of the  Kharkiv region, and drones hit the Sumy region.', ['UA-59']],
  ])('%s', (text, expected) => {
    expect(regionCodes(text)).toEqual(expected);
  });

  it.each([
    // "the north of X" is a part of X, not a point beside it
    ['The governor of the Bryansk region said drones hit the north of the Kursk region.', ['RU-BRY', 'RU-KRS']],
    ['A substation in the south of the Kherson region lost power.', ['UA-65']],
    ['Drones attacked villages in the far east of Zaporizhzhia Oblast.', ['UA-23']],
  ])('still a region: %s', (text, expected) => {
    expect(regionCodes(text)).toEqual(expected);
  });
});

describe('a sea that describes something else is no region', () => {
  it.each([
    ['The Black Sea port was one of the favourite getaways in the Odesa region.', ['UA-51']],
    ['One drone fell over Crimea, the Black Sea peninsula.', ['UA-43']],
    // a sea where something happened
    ['Two drones were shot down over the Black Sea.', ['SEA:black']],
  ])('%s', (text, expected) => {
    expect(regionCodes(text)).toEqual(expected);
  });
});

describe('a capital that is a region of its own, named with its people', () => {
  it.each([
    ['Terrified Kyiv residents woke to flames.', ['UA-30']],
    ['Moscow authorities closed two airports.', ['RU-MOW']],
    ['Kyiv officials said a drone hit a house.', ['UA-30']],
    // the oblast stays the oblast
    ['Kyiv regional authorities reported a fire.', ['UA-32']],
    ['The Kyiv governor said nobody was hurt.', ['UA-32']],
  ])('%s', (text, expected) => {
    expect(regionCodes(text)).toEqual(expected);
  });
});
