// Report-like sentences for the benchmark corpus (scripts/bench-corpus.js). Slots in braces are filled from
// src/data (regions, places, officials) and a seeded PRNG. As in real reports, most sentences carry no fact;
// `weight` says how often each kind is drawn.

/** Sentences with no fact to extract: background, quotes, context. */
export const FILLER = [
  'The attack came amid growing concern about the vulnerability of the area to aerial strikes.',
  'Residents said they heard several loud explosions shortly after midnight.',
  'Air raid sirens sounded for more than two hours before the all-clear was given.',
  'Emergency services were working at the scene throughout the morning.',
  'The ministry did not say how the information had been verified.',
  'Analysts say both sides have sharply increased their use of long-range drones this year.',
  'It was not possible to independently confirm the claims.',
  'Local authorities urged people to stay away from windows and follow official channels.',
  'The statement gave no further details about the type of weapons used.',
  'Neither side commented on the reports when contacted.',
  'Schools in the area switched to remote learning for the rest of the week.',
  'Traffic on the main highway was briefly suspended as a precaution.',
  '«We are doing everything we can to protect people,» one official said.',
  'Flights at the regional airport were delayed while restrictions were in place.',
  'The attacks have become a near-nightly occurrence in recent months.',
  'Military bloggers posted videos that appeared to show air defences in action.',
  'Officials have repeatedly warned that the threat is likely to grow.',
  'The incident is the latest in a series of strikes on infrastructure far from the front line.',
  'Rescue crews spent several hours clearing debris from the street.',
  'Mobile internet was restricted in parts of the city during the attack.',
];

/** Sentences that carry facts. Slots: {region} {region2} {place} {n} {n2} {n3} {date} {weekday} {official} {title}. */
export const FACTS = [
  { weight: 6, text: 'Air defence systems destroyed {n} drones over {region} overnight, the defence ministry said.' },
  { weight: 4, text: 'On {date}, Russian air defences intercepted {n} Ukrainian drones, including {n2} over {region} and {n3} over {region2}.' },
  { weight: 4, text: '{title} {official} said on Telegram that {n} drones had been shot down over {region}.' },
  { weight: 3, text: 'Debris from a downed drone damaged {n2} private houses in {place}, shattering windows.' },
  { weight: 3, text: 'A fire broke out at an oil depot near {place} after a drone strike, {title} {official} said.' },
  { weight: 2, text: 'One person was killed and {n2} were injured in {place}, according to local officials.' },
  { weight: 2, text: 'Ukraine\'s air force said Russia launched {n} Shahed-type drones on the night of {date}, of which {n2} were destroyed.' },
  { weight: 2, text: 'Power lines were damaged in {region}, leaving about {n} households without electricity.' },
  { weight: 2, text: 'On {weekday} night, at least {n} drones were downed over {region}, while {n2} more were intercepted near {place}.' },
  { weight: 1, text: 'No casualties were reported in {place}.' },
];

/** Days of the week, for relative dates. */
export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Counts are sometimes spelt out, as reports do for small numbers. */
export const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
/** How many sentences an article has, and what share of them carry a fact. */
export const SHAPE = { minSentences: 12, maxSentences: 34, factShare: 0.25 };
