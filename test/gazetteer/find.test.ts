/** findLocations must find exactly what it found before its speed work (reference-find.ts, frozen at 4b74448):
 *  the same mentions, offsets, rules and confidences, on articles and on sentences made to hit the edges of each
 *  shortcut (tabs inside runs, curly apostrophes, case changes inside masked phrases, astral letters). */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLocations } from '../../src/gazetteer/find.js';
import { findLocations as reference } from './reference-find.js';
import { corpus, prng } from '../../scripts/bench-corpus.js';

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
  // type words found only at and after capitalised runs, and two-word type words covering the next word
  '(Autonomous Oblast, -Autonomous Oblast, Kursk and Autonomous Oblast, the Autonomous Oblast, Jewish Autonomous  Oblast.',
  'xKursk region, 𝐊Kursk region, Kursk  \t region, KURSK REGION, Kursk Regional, Kursk Oblast-based, Kursk,region.',
  'Kursk, region; Kursk and region; Donetsk-Luhansk region; Kursk’s region; Dnipro’ska region; Rostov on Don region.',
  'City  District, Kursk Urban district districts, Sumy autonomous oblast, Sumy Autonomous okrug, Kursk regionOblast.',
  'Bryansk Municipal\tdistrict; Belgorod city  districts; Sumy -district; Sumy éregion; the Kyiv Kyiv Kyiv Kyiv region.',
  // non-region phrases searched only in the stretches a mention touches: one after a tab inside the mention
  'Kursk\tMoscow-backed Oblast and Sumy\tKyiv Post Oblast; (Moscow time) Moscow-time MOSCOW TIME, kyiv post.',
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

  it('on 3,000 sentences of random tokens from the edges of the rules', () => {
    const tokens = [
      'Kursk', 'Oryol', 'Bryansk', 'Nizhny', 'Novgorod', 'Jewish', 'Autonomous', 'autonomous', 'Oblast', 'oblast', 'oblasts',
      'Okrug', 'region', 'Region', 'regions', 'regional', 'Krai', 'Republic', 'of', 'on', 'the', 'The', 'and', 'or', 'city',
      'City', 'town', 'township', 'village', 'district', 'District', 'districts', 'Urban', 'municipal', 'community',
      'communities', 'hromada', 'raion', 'Kyiv', 'Moscow', 'time', 'launched', 'governor', 'Investigative', 'Committee',
      'Russian', 'Federation', 'Shebekino', 'Nikopol', 'Kharkiv’s', 'St.', 'Petersburg', 'Tatarstan', 'Bellamy', 'Kyïv',
      '𝐊ursk', 'xKursk', '-', ',', '.', '(', '’s', 'Rostov-on-Don', 'Crimea', 'Belgorod', 'Ukraine', 'war', 'MOSCOW',
      'Independent', 'Post', 'Black', 'Sea', 'Fleet', 'Russia–Ukraine', 'Russia-Ukraine', 'Ukraine’s', "Ukraine's", 'Air',
      'Force', 'moscow-backed', 'Moscow-installed', 'x', '5', 'Kyiv’s',
    ];
    const seps = [' ', ' ', ' ', ' ', '  ', '\t', '', ', ', '. ', '\n', '—'];
    const random = prng(11);
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
    for (let n = 0; n < 3000; n++) {
      let text = '';
      for (let k = 0, len = 3 + Math.floor(random() * 12); k < len; k++) text += pick(tokens) + pick(seps);
      expect(findLocations(text), text).toEqual(reference(text));
    }
  });

  it('on 300 benchmark articles', () => {
    for (const { text } of corpus({ n: 300, seed: 3 })) expect(findLocations(text)).toEqual(reference(text));
  });
});
