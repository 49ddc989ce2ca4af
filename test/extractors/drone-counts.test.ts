import { describe, expect, it } from 'vitest';
import { counts, recordsOf, run } from './helpers.js';
import { actionWords } from '../../src/extractors/drone-counts.js';
import WORDS from '../../src/data/drone-words.json' with { type: 'json' };

const SEEDISH = 'Air defences destroyed 94 Ukrainian drones overnight: 41 over Crimea, 24 in Bryansk Oblast, 7 in Smolensk Oblast.';
const NESTED = 'Air defences destroyed 23 drones, including seven over the Moscow region, five of which had been flying towards Moscow.';

describe('counts and the regions they are tied to', () => {
  it.each([
    ['Russian air defence systems destroyed 94 Ukrainian drones overnight.', [[94, null]]],
    [SEEDISH, [[94, null], [41, 'UA-43'], [24, 'RU-BRY'], [7, 'RU-SMO']]],
    ['Ukraine launched 94 drones at Russia overnight; 41 were shot down over Crimea.', [[94, null], [41, 'UA-43']]],
    ['Air defences shot down 30 drones. Another 24 were downed in Bryansk Oblast.', [[30, null], [24, 'RU-BRY']]],
    ['Air defences shot down 12 drones over the Bryansk region and 5 over the Kursk region.', [[12, 'RU-BRY'], [5, 'RU-KRS']]],
    // number words
    ['Air defences shot down forty-nine drones over the Kursk region.', [[49, 'RU-KRS']]],
    ['A dozen drones were shot down over the Belgorod region.', [[12, 'RU-BEL']]],
    ['Russia launched a dozen drones at Ukraine.', [[12, null]]],
    ['Air defences downed drones overnight. Half a dozen were intercepted over the Tver region.', [[6, 'RU-TVE']]],
    ['Russian air defences downed drones overnight, half a dozen were intercepted over the Tver region.', [[6, 'RU-TVE']]],
    ['Russia attacked Ukraine with 1,200 drones last week.', [[1200, null]]],
    // distributive: one count per region
    ['Eight drones each were downed over the Voronezh and Saratov regions.', [[8, 'RU-VOR'], [8, 'RU-SAR']]],
    ['The Kursk and Tambov regions reported one drone each.', [[1, 'RU-KRS'], [1, 'RU-TAM']]],
    ['Two drones each were shot down over the Kursk, Oryol and Bryansk regions.', [[2, 'RU-KRS'], [2, 'RU-ORL'], [2, 'RU-BRY']]],
    ['A pair of drones each were downed over the Voronezh and Saratov regions.', [[2, 'RU-VOR'], [2, 'RU-SAR']]],
    // one
    ['A drone was shot down over the Kursk region.', [[1, 'RU-KRS']]],
    ['An enemy Shahed was shot down over the Odesa region.', [[1, 'UA-51']]],
    ['A Shahed drone was shot down near Shebekino.', [[1, 'RU-BEL']]],
    ['One more drone was shot down over the Kursk region.', [[1, 'RU-KRS']]],
    ['The wreckage of a drone fell on a house in the Kursk region.', [[1, 'RU-KRS']]],
    ['Two UAVs were destroyed over the Bryansk region.', [[2, 'RU-BRY']]],
    ['Six drones were shot down over Belorussia.', [[6, 'BY']]],
    ['Five drones were destroyed over the Black Sea.', [[5, 'SEA:black']]],
    // drones heading for Moscow count for the city; the oblast count holds the ones that did
    [NESTED, [[23, null], [7, 'RU-MOS'], [5, 'RU-MOW']]],
    ['Air defences destroyed 23 drones. Seven were shot down over the Moscow region, five of which had been flying towards Moscow.', [[23, null], [7, 'RU-MOS'], [5, 'RU-MOW']]],
    ['Air defences shot down 50 drones overnight. The Samara region accounted for 20 of them.', [[50, null], [20, 'RU-SAM']]],
    ['Ukraine launched 337 drones at Russia overnight, the Defence Ministry said, 91 of them over the Moscow region.', [[337, null], [91, 'RU-MOS']]],
    // missiles and bombs are never drone counts
    ['Russia launched two Iskander missiles and four drones at the Odesa region.', [[4, 'UA-51']]],
    ['Russia launched 40 drones and two missiles overnight.', [[40, null]]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('not counts', () => {
  it.each([
    ['The tenth drone was shot down over the Kursk region.'],
    ['The drone was the 94th to be shot down this month.'],
    ['Dozens of drones attacked the Kursk region.'],
    ['Several dozen drones attacked the Kursk region.'],
    ['There have been 14 drone strikes this year in the Kursk region.'],
    ['The port handled 14 million tonnes of grain despite the drones.'],
    ['Russia launched two missiles and drones at Odesa.'],
    ['Russia fired three guided bombs and drones at the Kharkiv region.'],
    ['A drone attack hit the Belgorod region.'],
    ['A drone strike hit the Belgorod region.'],
    ['Drones flew over the region, but not one of them reached the city.'],
    ['Fragments of drones fell on houses in the Kursk region.'],
    // a count in a drone context that counts people
    ['Drones attacked the Kharkiv region overnight. Officials evacuated 40 people, four of them children.'],
    ['Drones attacked the Kharkiv region overnight.\nOfficials evacuated 40 people, four of them children.'],
  ])('%s', (sentence) => {
    expect(counts(sentence)).toEqual([]);
  });
});

describe('qualifiers', () => {
  it.each([
    ['More than 30 drones were shot down over the Rostov region.', 30, 'at_least'],
    ['Over 30 drones were shot down over the Rostov region.', 30, 'at_least'],
    ['At least 12 drones were destroyed over the Belgorod region.', 12, 'at_least'],
    ['About 50 drones were launched at Ukraine.', 50, 'about'],
    ['Nearly 50 drones were launched at Ukraine.', 50, 'about'],
    ['Up to 20 drones attacked the Kharkiv region.', 20, 'up_to'],
    ['As many as 20 drones attacked the Kharkiv region.', 20, 'up_to'],
    ['Air defences shot down 40 drones over the Belgorod region.', 40, 'exact'],
  ])('%s', (sentence, count, qualifier) => {
    expect(recordsOf(sentence, 'drone_count').map((c) => [c.count, c.qualifier])).toEqual([[count, qualifier]]);
  });
});

describe('actions', () => {
  it.each([
    ['Russia launched 40 drones overnight.', 'launched'],
    ['Air defences shot down 40 drones over the Belgorod region.', 'shot_down'],
    ['Russian air defence systems destroyed 94 Ukrainian drones overnight.', 'destroyed'],
    ['Half a dozen drones were intercepted over the Tver region.', 'intercepted'],
    ['Up to 20 drones attacked the Kharkiv region.', 'attacked'],
  ])('%s', (sentence, action) => {
    expect(recordsOf(sentence, 'drone_count').map((c) => c.action)).toEqual([action]);
  });

  it('the nearest action word wins; at equal distance, the action first in the list', () => {
    // The two action words start 19 characters either side of the count's start: "launched" wins, before or after.
    expect(recordsOf('Russia launched at night, 7 drones were then hit over the Kursk region.', 'drone_count').map((c) => c.action)).toEqual(['launched']);
    expect(recordsOf('Drones hit at dawn today, 7 drones were then launched over the Kursk region.', 'drone_count').map((c) => c.action)).toEqual(['launched']);
    expect(recordsOf('Drones hit at dawn today, 7 drones were launched over the Kursk region.', 'drone_count').map((c) => c.action)).toEqual(['launched']);
    expect(recordsOf('Drones hit at dawn, 7 drones were then launched over the Kursk region.', 'drone_count').map((c) => c.action)).toEqual(['attacked']);
  });

  // One scan finds every action word only while no word or phrase of the list overlaps another: none is inside
  // another ("shot down" / "down") and none ends with words another begins with ("brought down" / "down the").
  it('no action word overlaps another', () => {
    const phrases = Object.values(WORDS.actions).flat().map((p) => p.toLowerCase().split(' '));
    for (const p of phrases) {
      for (const q of phrases) {
        if (p === q) continue;
        const inside = p.some((_, i) => q.every((w, j) => p[i + j] === w));
        const chained = p.some((_, i) => i > 0 && p.slice(i).every((w, j) => q[j] === w));
        expect({ p: p.join(' '), q: q.join(' '), inside, chained }).toEqual({ p: p.join(' '), q: q.join(' '), inside: false, chained: false });
      }
    }
  });

  it('finds each action word where it stands', () => {
    expect(actionWords('Shahed drones SHOT DOWN, 3 jammed, two downed and one fell').map(({ action, at }) => [action, at])).toEqual([
      ['shot_down', 14],
      ['intercepted', 27],
      ['shot_down', 39],
      ['shot_down', 54],
    ]);
  });
});

describe('parts against the total', () => {
  const mismatches = (text: string) => run(text).warnings.filter((w) => w.code === 'parts-total-mismatch').length;

  it.each([
    // 41 + 24 + 7 = 72, not 94
    [SEEDISH, 1],
    ['Air defences destroyed 72 drones: 41 over Crimea, 24 in Bryansk Oblast, 7 in Smolensk Oblast.', 0],
    // the five are part of the seven, not a second part of the 23
    [NESTED, 0],
  ])('%s', (text, expected) => {
    expect(mismatches(text)).toBe(expected);
  });

  // "including" marks the parts as examples, so they need not add up: no warning.
  it('Air defences downed 10 drones overnight, including one each over the Kursk and Tambov regions.', () => {
    expect(mismatches('Air defences downed 10 drones overnight, including one each over the Kursk and Tambov regions.')).toBe(0);
  });
});

describe('numbers after the verb and "N of M"', () => {
  it.each([
    ['Ukrainian air defences shot down 16 of roughly 30 drones launched overnight.', [[16, null], [30, null]]],
    ['Forces destroyed 10 of the 12 "kamikaze" drones over the Odesa region.', [[10, 'UA-51'], [12, 'UA-51']]],
    ['Air defence downed 17 of 22 Shahed drones.', [[17, null], [22, null]]],
    ['Units intercepted nine of about 11 attack drones over the Sumy region.', [[9, 'UA-59'], [11, 'UA-59']]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('model numbers are no counts', () => {
  it.each([
    ['Air defences shot down 25 of the 38 Shahed-131/136 drones Russia launched.', [[25, null], [38, null]]],
    ['The army used Geran-2 drones and Lancet-3 loitering munitions.', []],
    ['Overnight, 14 Shahed-136 drones were launched at Ukraine.', [[14, null]]],
    ['Russia fired an Iskander-M missile and four Shahed-131/136 drones.', [[4, null]]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('drones and missiles together are no drone count', () => {
  it.each([
    ['Russia fired more than 180 drones and missiles at Ukraine.', []],
    ['The enemy launched 90 drones and cruise missiles overnight.', []],
    // a count of each stays
    ['Crews knocked out 747 Shaheds and four cruise missiles.', [[747, null]]],
    ['Russia launched 40 drones and 3 missiles.', [[40, null]]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('the country named before its region', () => {
  it.each([
    ['Thirteen drones fell over the Sea of Azov, eight over Russia\'s Rostov region.', [[13, 'SEA:azov'], [8, 'RU-ROS']]],
    ['Five drones were shot down over Ukraine\'s Sumy region.', [[5, 'UA-59']]],
    ['Air defences around the city of Odesa had destroyed seven drones.', [[7, 'UA-51']]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('a place described after a comma is one place', () => {
  it.each([
    ['Three drones were downed over Bryansk region and one over Crimea, the Black Sea peninsula Russia annexed.', [[3, 'RU-BRY'], [1, 'UA-43']]],
    ['Two drones fell over Kursk, the border region, overnight.', [[2, 'RU-KRS']]],
    // a description between two places of a distributive list
    ['A single drone apiece was destroyed over Bryansk region, another border area, and over Lipetsk region.', [[1, 'RU-BRY'], [1, 'RU-LIP']]],
    ['Two drones each fell over the Kursk region, a frequent target, and the Oryol region.', [[2, 'RU-KRS'], [2, 'RU-ORL']]],
    // a real list stays one count for several regions
    ['Eight drones were downed over the Kursk, Bryansk and Oryol regions.', [[8, null]]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('counts over the whole country are no region\'s', () => {
  it.each([
    ['A drone hit a square in Sumy. It came on the day of Russia\'s assault on Ukraine. Crews knocked out 747 Shaheds.', [[1, 'UA-59'], [747, null]]],
    ['The Cherkasy region was hit. Air defences shot down 16 drones launched at targets across the country.', [[16, null]]],
    ['Smoke rose over Uman. Nationwide, 60 drones were destroyed.', [[60, null]]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('a later, larger count is no part of an earlier one', () => {
  it.each([
    ['Sevastopol governor Mikhail Razvozhayev said air defence brought down a drone above the pier.\n\nOn Wednesday two drones had been shot down over the Black Sea.', [[1, 'UA-40'], [2, 'SEA:black']]],
    // a breakdown still splits its total
    ['Air defences destroyed 12 drones: 7 over the Kursk region and 5 over the Bryansk region.', [[12, null], [7, 'RU-KRS'], [5, 'RU-BRY']]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('breakdowns laid out as lines', () => {
  it.each([
    ['The ministry listed the drones it destroyed:\n• Kaluga Region — 4\n• Bryansk Region — 2', [[4, 'RU-KLU'], [2, 'RU-BRY']]],
    ['Drones downed overnight, by region:\nKursk: 12\nBelgorod: 3', [[12, 'RU-KRS'], [3, 'RU-BEL']]],
    ['Air defences destroyed drones over several regions.\nVoronezh, Smolensk and Tula regions — 1 each', [[1, 'RU-VOR'], [1, 'RU-SMO'], [1, 'RU-TUL']]],
    ['UAVs by region:\nOryol region - one destroyed, two more intercepted;\nRepublic of Crimea - five destroyed and four intercepted.', [[1, 'RU-ORL'], [2, 'RU-ORL'], [5, 'UA-43'], [4, 'UA-43']]],
    ['Drones shot down:\n1. Lipetsk region - 6 UAVs\n2. Tambov region - 2 UAVs', [[6, 'RU-LIP'], [2, 'RU-TAM']]],
    // several regions on one line without "each": one count for them all
    ['Drones shot down overnight:\nKursk and Bryansk regions — 9', [[9, null]]],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('names the rule', () => {
    expect(recordsOf('Drones downed overnight, by region:\nKursk: 12', 'drone_count').map((r) => r.rule)).toEqual(['drone_count/list-line']);
  });

  it.each([
    // a list line about something else than drones
    ['Houses damaged, by region:\nKursk: 12\nBelgorod: 3'],
    // a number followed by another noun
    ['Drones attacked overnight.\nKursk region - 12 houses damaged'],
    // a dateline, not a list
    ['Drones attacked overnight.\nKursk, 12 March'],
  ])('no count: %s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('the part and the whole of "N of M"', () => {
  it.each([
    ['Air defences around Odesa destroyed 10 of the 12 drones.', [[10, 'UA-51'], [12, 'UA-51']]],
    ['Over the Kharkiv region, units downed 7 of 9 drones.', [[7, 'UA-63'], [9, 'UA-63']]],
    ['Crews shot down 20 of the 25 drones over the Sumy region.', [[20, 'UA-59'], [25, 'UA-59']]],
  ])('%s', (sentence, expected) => {
    expect(counts(sentence)).toEqual(expected);
  });
});

describe('a headline restated by the body', () => {
  it.each([
    ['Ukraine downs 16 of 30 drones; warehouses burn in Uman\n\nAir defences shot down 16 of 30 drones launched at targets across the country.', [[16, null], [30, null]]],
    ['Five drones downed near Kursk\n\nThe governor said five drones were shot down over the Bryansk region.', [[5, 'RU-BRY']]],
    // a headline count the body does not give again stays
    ['Three more drones downed in North Ossetia\n\nThe Defence Ministry said 25 drones were destroyed overnight.', [[3, 'RU-SE'], [25, null]]],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });
});

describe('the speaker\'s region, named in the rule', () => {
  it('a regional official who says "over the region"', () => {
    const [record] = recordsOf('Belgorod governor Vyacheslav Gladkov said air defences shot down four drones overnight.', 'drone_count');
    expect([record.count, record.region, record.rule]).toEqual([4, 'RU-BEL', 'drone_count/number-noun+region-speaker']);
  });

  it.each([
    ['In total, 13 UAVs were destroyed over the region, governor Alexander Bogomaz said.', [[13, 'RU-BRY']]],
    ['Governor Vyacheslav Gladkov said on Telegram that air defence systems shot down five UAVs over the region overnight.', [[5, 'RU-BEL']]],
    ['"Our air defence brought down four drones over the region," Sergei Aksyonov, head of Crimea, wrote.', [[4, 'UA-43']]],
    // a national claimant speaks for no region
    ['The Defence Ministry said 40 drones were shot down over the region.', [[40, null]]],
  ])('"over the region" from the official who says it: %s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it('the only region of the article', () => {
    const records = recordsOf('Explosions were heard in the Kursk region.\n\nLater, air defences destroyed six drones.', 'drone_count');
    expect(records.map((r) => [r.count, r.region, r.rule])).toEqual([[6, 'RU-KRS', 'drone_count/number-noun+region-sole']]);
  });

  it('no region before a count across a paragraph break', () => {
    expect(counts('Fires burn in Uman\n\nUkrainian air defences shot down 16 of 30 drones launched across the country.')).toEqual([[16, null], [30, null]]);
  });
});

describe('gapping, "as many", sums and "respectively"', () => {
  it.each([
    ['Drones were shot down overnight. The Kursk region accounted for five of them and the Bryansk region for two.', [[5, 'RU-KRS'], [2, 'RU-BRY']]],
    ['Of the drones downed, the Belgorod region had six, and the Voronezh region with three.', [[6, 'RU-BEL'], [3, 'RU-VOR']]],
    ['Air defences destroyed drones overnight: three over Crimea, as many over the Black Sea.', [[3, 'UA-43'], [3, 'SEA:black']]],
    ['Six drones were shot down over the Kursk region and the same number over the Voronezh region.', [[6, 'RU-KRS'], [6, 'RU-VOR']]],
    ['Russia launched 65 drones overnight. Air defence downed 58 + 7 of them.', [[65, null], [58, null], [7, null]]],
    ['Air defences shot down 20 drones. The remaining four were jammed over the Odesa region.', [[20, null], [4, 'UA-51']]],
    ['Twelve and eight drones were downed over the Bryansk and Kursk regions respectively.', [[12, 'RU-BRY'], [8, 'RU-KRS']]],
    ['Air defences destroyed 5, 3 and 2 drones over the Kursk, Oryol and Tula regions, respectively.', [[5, 'RU-KRS'], [3, 'RU-ORL'], [2, 'RU-TUL']]],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    // times, not counts, are what "respectively" pairs here
    ['Drones were downed over the Smolensk region and the Krasnodar region at around 08:00 and 09:00 respectively.'],
    // "as many" with nothing counted before it
    ['As many as possible drones were intercepted over the region.'],
    // a sum that is no drone count
    ['The score was 3 + 2 in the match.'],
    // gapping about people
    ['The Kursk region accounted for most damage, and Belgorod for 12 people hurt.'],
  ])('no count: %s', (text) => {
    expect(counts(text)).toEqual([]);
  });

  // The oblast's name alone ("Dnipropetrovsk") is the oblast: its namesake city is now Dnipro.
  it('Mykolaiv accounted for eight of them and Dnipropetrovsk for three.', () => {
    expect(counts('Air defences destroyed 11 drones overnight. Mykolaiv accounted for eight of them and Dnipropetrovsk for three.')).toEqual([[11, null], [8, 'UA-48'], [3, 'UA-12']]);
  });
});

describe('a number next to its verb, the noun left out', () => {
  it.each([
    ['Russia launched 131 drones and decoys overnight; air defence shot down 72, and 59 were lost from radar.', [[131, null], [72, null], [59, null]]],
    ['Overnight Russia attacked with 112 drones. Of these, 79 were shot down and 33 were locationally lost.', [[112, null], [79, null], [33, null]]],
    ['Russia sent 40 drones. Air defences destroyed about 35 overnight.', [[40, null], [35, null]]],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    ['A drone attack destroyed 2 houses and damaged 5.'],
    ['Drones were launched. Two people were injured and 14 were evacuated.'],
    ['Drones flew over the city on 12 December; more were intercepted on 13.'],
  ])('no count: %s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});

describe('"N of them" with a verb of movement, then the place', () => {
  it.each([
    ['Russia launched 20 drones. At least five of them crossed into Belarus during the raid.', [[20, null], [5, 'BY']]],
    ['Russia launched 12 drones; two of them flew into Moldova.', [[12, null], [2, 'MD']]],
    ['Air defences engaged 9 drones. Four of them went down over the Bryansk region.', [[9, null], [4, 'RU-BRY']]],
    ['Russia sent 30 drones overnight, and three of them strayed into Romania.', [[30, null], [3, 'RO']]],
  ])('%s', (text, expected) => {
    expect(counts(text)).toEqual(expected);
  });

  it.each([
    // people, not drones
    ['Ten residents ran for cover. Two of them crossed into the Kursk region.'],
    ['Five soldiers were wounded; three of them went to hospital in the Belgorod region.'],
  ])('no count: %s', (text) => {
    expect(counts(text)).toEqual([]);
  });
});
