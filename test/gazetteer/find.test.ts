/** findLocations must find exactly what it found before its speed work (reference-find.ts, frozen at 4b74448):
 *  the same mentions, offsets, rules and confidences, on articles and on sentences made to hit the edges of each
 *  shortcut (tabs inside runs, curly apostrophes, case changes inside masked phrases, astral letters). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { asciiLettersOnly, findLocations } from '../../src/gazetteer/find.js';
import { findLocations as reference } from './reference-find.js';
import { corpus } from '../../scripts/bench-corpus.js';

const edges = [
  // runs: tabs, connectors, names across a run's end, apostrophes
  'Drones hit Nizhny\tNovgorod and Nizhny  Novgorod, then Rostov-on-Don and Rostov on Don.',
  'Kyiv\tOblast, Kyiv Oblast, KYIV OBLAST, kyiv oblast.',
  'Governor Vyacheslav Gladkov Belgorod Oblast said; Belgorod governor; Belgorod’s governor; Kharkiv’s mayor.',
  'North Ossetia-Alania, North Ossetia–Alania, Republic of North Ossetia, the Republic of Tatarstan.',
  'St. Petersburg, Saint Petersburg, St Petersburg and the Jewish Autonomous Oblast were named.',
  'Moscow launched drones; Moscow time; MOSCOW TIME; moscow-backed forces; Moscow’s drones; Kyiv said.',
  'The Investigative Committee of the Russian Federation and the investigative committee of the russian federation.',
  'Russia–Ukraine war, Russia-Ukraine war, xMoscow time, Ukraine warfare, Ukraine’s Air Force, Ukraine\'s Air Force.',
  'The Kursk, Oryol and Bryansk regions; the Voronezh and Saratov regions; the Bellamy Oblast; Kursk regional.',
  'Debris fell in the Solomianskyi, Holosiivskyi and Sviatoshynskyi districts and the Marhanets community.',
  'The city of Nikopol, the village of Dokuchaevo, the town of Shebekino, the township of Kursk.',
  'city\tof\tKyiv, village  of   Dokuchaevo, hometown of Kursk, xcity of Kursk, 5city of Kursk, -city of Kursk, écity of Oryol.',
  'The city of Kyiv-town of Kursk; the city of of Kursk; the city ofKursk; City of Kursk; the town of Town of Oryol.',
  'Autonomous Okrug, the Jewish Autonomous Oblast, the Kursk Oblast Region, the Kursk Urban district, Belgorod city district.',
  'Within Kyiv, Donetsk, Kharkiv, Sumy, Chernihiv, Poltava, Zaporizhzhia, Dnipropetrovsk and Khmelnytskyi oblasts.',
  'ΣΟΦΙΑΣ Kyiv ΟΔΟΣ Oblast, 𝐊yiv Oblast, Kyïv Oblast, Kyiv\u0301 Oblast, Türkiye, İstanbul Oblast.',
  'Kursk-region, -Kursk region, 5Kursk region, _Kursk region, Kursk regions-based, Kursk Regions.',
  'Urban district, Municipal districts of Kursk, the City District, Belgorod city districts, Sumy hromadas.',
  'The Samara region. In Bryansk Oblast. The Kherson and Zaporizhzhia oblasts; Krasnodar Krai; Perm Kray.',
];

const fixtures = readdirSync(new URL('../../fixtures/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(`../../fixtures/${f}`, import.meta.url), 'utf8'));

describe('findLocations against its reference', () => {
  it.each(edges)('%s', (text) => {
    expect(findLocations(text)).toEqual(reference(text));
    // a letter beyond ASCII takes the text off the ASCII fast path
    expect(findLocations(`${text} é`)).toEqual(reference(`${text} é`));
  });

  it('on the fixtures', () => {
    for (const text of fixtures) expect(findLocations(text)).toEqual(reference(text));
  });

  it('on 300 benchmark articles', () => {
    for (const { text } of corpus({ n: 300, seed: 3 })) expect(findLocations(text)).toEqual(reference(text));
  });
});

describe('asciiLettersOnly', () => {
  it.each([
    ['Kyiv Oblast', true],
    ['Kyiv’s “Oblast” — 5 km… at 10\u00a0°C, €5', true],
    ['Kyïv Oblast', false],
    ['Kyiv\u0301 Oblast', false],
    ['𝐊yiv', false],
    ['ªº µ', false],
  ])('%s', (text, expected) => {
    expect(asciiLettersOnly(text)).toBe(expected);
  });

  it('lets through without a look no character that is a letter or mark', () => {
    for (let c = 0x80; c < 0xd800; c++) {
      const char = String.fromCharCode(c);
      if (/[\p{L}\p{M}]/u.test(char)) expect(asciiLettersOnly(`a${char}`), char).toBe(false);
    }
  });
});
