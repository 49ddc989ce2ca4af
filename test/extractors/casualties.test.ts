import { describe, expect, it } from 'vitest';
import { recordsOf, toll } from './helpers.js';

const PIECEMEAL = 'Drones attack Sumy and Zaporizhzhia\nTwo people were injured in Sumy. A woman was injured in Zaporizhzhia.';

describe('the toll', () => {
  it.each([
    ['One person was injured in the attack.', { killed: 0, injured: 1 }],
    ['The drone hit a house, injuring two people.', { killed: 0, injured: 2 }],
    ['A woman was injured.', { killed: 0, injured: 1 }],
    ['A 65-year-old woman was injured.', { killed: 0, injured: 1 }],
    ['A man was taken to hospital with shrapnel wounds.', { killed: 0, injured: 1 }],
    ['Three civilians were killed.', { killed: 3, injured: 0 }],
    ['Two killed and five injured in the attack on the Kharkiv region.', { killed: 2, injured: 5 }],
    ['Two people were killed and five injured in the attack.', { killed: 2, injured: 5 }],
    // "no casualties / nobody hurt" are zeros
    ['There were no casualties.', { killed: 0, injured: 0 }],
    ['Nobody hurt, the governor said.', { killed: 0, injured: 0 }],
    ['No one was injured in the attack.', { killed: 0, injured: 0 }],
    ['There were no injuries, the governor said.', { killed: 0, injured: 0 }],
    ['The governor said that 20 people were evacuated and no one was hurt.', { killed: 0, injured: 0 }],
    ['Was anyone hurt? No one, according to Aksyonov.', { killed: 0, injured: 0 }],
    // a revised toll: the reader takes the largest
    ['Two people were injured. Later the toll rose: five people were injured.', { killed: 0, injured: 5 }],
    // given incident by incident: the largest figure, as the gold convention reads several incidents
    [PIECEMEAL, { killed: 0, injured: 2 }],
  ])('%s', (sentence, expected) => {
    expect(toll(sentence)).toEqual(expected);
  });

  it('writes no sum over separately reported incidents', () => {
    expect(recordsOf(PIECEMEAL, 'casualties').map((r) => r.rule)).toEqual(['casualties/count', 'casualties/count']);
  });
});

describe('zeros in every phrasing', () => {
  it.each([
    'Nobody was reported hurt in the strike.',
    'No one was reported injured, the mayor said.',
    'Nobody there was hurt, though two sheds burned.',
    'No-one has been injured, according to initial reports.',
    'None of the residents were harmed.',
    'There were no immediate reports of casualties.',
    'The strike did not cause any injuries, officials said.',
    'No casualties have been recorded so far.',
  ])('%s', (sentence) => {
    expect(toll(sentence)).toEqual({ killed: 0, injured: 0 });
  });
});

describe('harm in every phrasing', () => {
  it.each([
    ['A man in the town of Trubchevsk suffered minor injuries when the drone hit.', { killed: 0, injured: 1 }],
    ['A pensioner sustained shrapnel wounds.', { killed: 0, injured: 1 }],
    ['Two women received burns and were taken to hospital.', { killed: 0, injured: 2 }],
    ['Three residents were cut by shards of glass from shattered windows.', { killed: 0, injured: 3 }],
    ['Four people on board were injured.', { killed: 0, injured: 4 }],
    ['Two people are known to be injured so far.', { killed: 0, injured: 2 }],
    ['One person was killed. Another man was injured and is in hospital.', { killed: 1, injured: 1 }],
    ['Another two people were wounded later in the day.', { killed: 0, injured: 2 }],
    ['Attacks over the past day killed 13 people and wounded 37, officials said.', { killed: 13, injured: 37 }],
    ['The shelling killed one person and wounded at least 10 others across the region.', { killed: 1, injured: 10 }],
    ['At least one person was killed and six others wounded.', { killed: 1, injured: 6 }],
    ['Five people were hospitalised after the attack.', { killed: 0, injured: 5 }],
    ['Two civilians were killed and three more injured.', { killed: 2, injured: 3 }],
    ['One person was killed and another injured.', { killed: 1, injured: 1 }],
    ['The death toll rose to five.', { killed: 5, injured: 0 }],
    ['By evening the death toll had climbed to 12, with 30 people injured.', { killed: 12, injured: 30 }],
  ])('%s', (sentence, expected) => {
    expect(toll(sentence)).toEqual(expected);
  });
});

describe('silence is not zero', () => {
  it.each([
    ['Drones hit a house in the Kursk region.'],
    ['The scale of the damage and any casualties are still being established.'],
    ['Information about casualties is being clarified.'],
    ['Air defences shot down 40 drones over the Belgorod region.'],
    // must-not-match neighbours of the phrasings above
    ['No one knows how many drones were launched.'],
    ['Nobody claimed the attack.'],
    ['The toll of the storm on the harvest is unknown.'],
    ['The drone killed the engine of a lorry.'],
    ['Two men in uniform inspected the damaged roof.'],
    ['Air defences destroyed 13 drones and damaged 2 more.'],
  ])('%s', (sentence) => {
    expect(toll(sentence)).toBeNull();
  });
});

describe('fixed failures, kept as guards', () => {
  // An aside between the people and the harm.
  it('Five people, including two children, were injured.', () => {
    expect(toll('Five people, including two children, were injured.')).toEqual({ killed: 0, injured: 5 });
  });

  // "no information about casualties" means unknown, not zero (FORMAT: null when nothing is said about people hurt).
  it('There is no information about casualties yet.', () => {
    expect(toll('There is no information about casualties yet.')).toBeNull();
  });

  // A casualty's region is the place named in its own sentence before the one in force from the headline.
  it(PIECEMEAL.replace('\n', ' / '), () => {
    const regions = recordsOf(PIECEMEAL, 'casualties').filter((r) => r.rule === 'casualties/count').map((r) => r.region);
    expect(regions).toEqual(['UA-59', 'UA-23']);
  });
});
