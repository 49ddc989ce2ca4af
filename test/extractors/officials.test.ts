import { describe, expect, it } from 'vitest';
import { officials, recordsOf, regionCodes, run } from './helpers.js';

const SEED_SENTENCE = 'Governor Alexander Drozdenko confirmed the incident in a late-night post on his Telegram channel.';
const GARBLED = 'Governor Gladkov of Bellamy Oblast revealed that air defences in his region had destroyed drones.';

describe('officials and the region they govern', () => {
  it.each([
    // the region comes from the officials list when the text does not name it
    [SEED_SENTENCE, [['Alexander Drozdenko', 'RU-LEN']]],
    ['Oleh Kiper, head of the regional military administration, said two people were injured.', [['Oleh Kiper', 'UA-51']]],
    ['Belgorod Governor Vyacheslav Gladkov said a woman was injured.', [['Vyacheslav Gladkov', 'RU-BEL']]],
    ['Bryansk Governor Alexander Bogomaz reported on Telegram that 26 drones were shot down.', [['Alexander Bogomaz', 'RU-BRY']]],
    ['Governor Bogomaz said no one was hurt.', [['Bogomaz', 'RU-BRY']]],
    ['Alexander Gusev, the governor of Voronezh region, said drones were shot down.', [['Alexander Gusev', 'RU-VOR']]],
    ['Serhii Popko, who heads the Kyiv City Military Administration, said debris fell.', [['Serhii Popko', 'UA-30']]],
    ['Kyiv mayor Vitali Klitschko wrote on Telegram that debris fell in the Dniprovskyi district.', [['Vitali Klitschko', 'UA-30']]],
    ["Moscow's mayor Sergei Sobyanin said drones were shot down.", [['Sergei Sobyanin', 'RU-MOW']]],
    // a garbled region name is resolved through the officials list
    [GARBLED, [['Gladkov', 'RU-BEL']]],
    // national officials speak for no region
    ['President Vladimir Putin said the attacks would not go unanswered.', [['Vladimir Putin', null]]],
    ['Vladimir Putin said the attacks would not go unanswered.', [['Vladimir Putin', null]]],
    ['Kremlin spokesman Dmitry Peskov said the attack was a provocation.', [['Dmitry Peskov', null]]],
    // a weekday before the title is not a name
    ['On Sunday, regional governor Oleh Kiper said drones attacked Odesa.', [['Oleh Kiper', 'UA-51']]],
    ['Sunday, regional governor Oleh Kiper said on Telegram that drones attacked Odesa.', [['Oleh Kiper', 'UA-51']]],
    // the region named in the next sentence is not the official's
    ['Kherson Oblast - One person was killed, Governor Oleksandr Prokudin said.\nKharkiv Oblast - A man was hurt.', [['Oleksandr Prokudin', 'UA-65']]],
    ['Drones hit Odesa overnight, said Oleh Kiper, the regional governor. Mykolaiv Oblast was also attacked.', [['Oleh Kiper', 'UA-51']]],
    ['In the Sumy region two houses burned, Governor Ivan Petrenko said. In the Kharkiv region a man was hurt.', [['Ivan Petrenko', 'UA-59']]],
    // "who heads" and the other verbs of heading
    ['Yuriy Kruk, who runs the military administration of the Odesa district, wrote that drones attacked.', [['Yuriy Kruk', 'UA-51']]],
    ['Ivan Petrenko, who leads the Sumy regional military administration, said two drones were downed.', [['Ivan Petrenko', 'UA-59']]],
    ['Oksana Bilyk, who is in charge of the Nikopol district administration, said power was cut.', [['Oksana Bilyk', 'UA-12']]],
    ['Oksana Bilyk, who is  in charge\tof the Nikopol district administration, said power was cut.', [['Oksana Bilyk', 'UA-12']]],
    ['Petro Ivanenko, whose team runs the Sumy regional administration, said power was cut.', []],
    // a word that opens the sentence before "the governor" is no name
    ['Separately, the governor of Belgorod region reported that windows were blown out.', []],
    ['Meanwhile, the governor of the Kursk region said drones were shot down.', []],
    ['However, the head of the Kharkiv regional administration said nobody was hurt.', []],
    // a name in the same place is one
    ['Vyacheslav Gladkov, the governor of Belgorod region, reported that windows were blown out.', [['Vyacheslav Gladkov', 'RU-BEL']]],
  ])('%s', (sentence, expected) => {
    expect(officials(sentence)).toEqual(expected);
  });
});

describe('titles and channels', () => {
  it.each([
    [SEED_SENTENCE, 'governor', 'Telegram'],
    ['Oleh Kiper, head of the regional military administration, said two people were injured.', 'head of the regional military administration', null],
    ['Belgorod Governor Vyacheslav Gladkov said a woman was injured.', 'governor', null],
    ['President Vladimir Putin said the attacks would not go unanswered.', 'president', null],
    ['Kyiv mayor Vitali Klitschko wrote on Telegram that debris fell in the Dniprovskyi district.', 'mayor', 'Telegram'],
    ['The attack was repelled, Governor Roman Starovoit said on Telegram.', 'governor', 'Telegram'],
  ])('%s', (sentence, title, channel) => {
    expect(recordsOf(sentence, 'official').map((o) => [o.title, o.channel])).toEqual([[title, channel]]);
  });
});

describe('the region an official adds', () => {
  it.each([
    [SEED_SENTENCE, ['RU-LEN']],
    ['Oleh Kiper, head of the regional military administration, said two people were injured.', ['UA-51']],
    [GARBLED, ['RU-BEL']],
    ['President Vladimir Putin said the attacks would not go unanswered.', []],
  ])('%s', (sentence, expected) => {
    expect(regionCodes(sentence)).toEqual(expected);
  });

  it('warns region-garbled, not region-unknown, for "Governor Gladkov of Bellamy Oblast"', () => {
    expect(run(GARBLED).warnings.map((w) => w.code)).toEqual(['region-garbled']);
  });

  it('keeps the garbled name as the evidence of the RU-BEL region', () => {
    expect(recordsOf(GARBLED, 'region').map((r) => [r.code, r.text])).toEqual([['RU-BEL', 'Bellamy Oblast']]);
  });
});

describe('possessives', () => {
  // "Meanwhile, Governor Drozdenko’s confirmation of the Leningrad Region attack": the surname without the "’s",
  // and no second official for the same person.
  it.each([
    ['Governor Drozdenko’s confirmation of the attack sparked anxiety.', [['Drozdenko', 'RU-LEN']]],
    ["Governor Gladkov's statement followed the attack on Shebekino.", [['Gladkov', 'RU-BEL']]],
    [
      'Governor Alexander Drozdenko confirmed the attack. Meanwhile, Governor Drozdenko’s confirmation sparked anxiety.',
      [['Alexander Drozdenko', 'RU-LEN']],
    ],
  ])('%s', (sentence, expected) => {
    expect(officials(sentence)).toEqual(expected);
  });
});

describe('hostile input', () => {
  // Every "Kiper" in the run is where a known name (Oleh Kiper) can end; walking back over the whole run from each was
  // quadratic (80 KB: 6 s). A run of letters that long is no name word.
  it.each([
    ['capitalised words glued into one 100 KB word', `Governor ${'Kiper'.repeat(20_000)} said.`],
    ['two known surnames glued, then a real mention', `Oleh ${'KiperGladkov'.repeat(8_000)} Kiper said.`],
  ])('%s stay linear', (_, text) => {
    const started = performance.now();
    const found = officials(text);
    expect(performance.now() - started).toBeLessThan(1_000);
    expect(found.every(([name]) => name.length < 40)).toBe(true);
  });

  it('still reads a name after a long word that is not one', () => {
    expect(officials(`${'x'.repeat(100)} Governor Oleh Kiper said.`)).toEqual([['Oleh Kiper', 'UA-51']]);
  });
});
