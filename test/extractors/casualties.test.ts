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
    // given piecemeal after a headline: summed
    [PIECEMEAL, { killed: 0, injured: 3 }],
  ])('%s', (sentence, expected) => {
    expect(toll(sentence)).toEqual(expected);
  });

  it('sums a piecemeal toll in one casualties/sum record', () => {
    expect(recordsOf(PIECEMEAL, 'casualties').filter((r) => r.rule === 'casualties/sum').map((r) => [r.killed, r.injured])).toEqual([[0, 3]]);
  });
});

describe('silence is not zero', () => {
  it.each([
    ['Drones hit a house in the Kursk region.'],
    ['The scale of the damage and any casualties are still being established.'],
    ['Information about casualties is being clarified.'],
    ['Air defences shot down 40 drones over the Belgorod region.'],
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
