/** The one place compromise is set up. It costs ~250 ms to load and ~6 ms per KB, so it is loaded on first use
 *  and asked only about names the rules cannot settle (measured on Node 20). */
import { createRequire } from 'node:module';

type Nlp = (text: string) => { match(pattern: string): { found: boolean }; terms(): { json(): { terms: { tags: string[] }[] }[] } };

let nlp: Nlp | undefined;

function load(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

const NOT_A_PERSON = new Set(['Date', 'WeekDay', 'Month', 'Place', 'Country', 'City', 'Region', 'Organization', 'Value', 'Verb', 'Adjective', 'Adverb', 'Conjunction', 'Pronoun', 'Determiner']);

/** Could these capitalised words be a person's name? "Sunday" (a date), "Kharkiv" (a place) or "Separately" (an adverb
 *  opening a sentence) cannot. */
export function couldBePersonName(name: string): boolean {
  let verdict = verdicts.get(name);
  if (verdict === undefined) {
    const terms = load()(name).terms().json().flatMap((t) => t.terms);
    verdict = terms.length > 0 && terms.every((t) => !t.tags.some((tag) => NOT_A_PERSON.has(tag)));
    if (verdicts.size > 10_000) verdicts.clear();
    verdicts.set(name, verdict);
  }
  return verdict;
}

/** Names recur across a batch of reports; the answer for a name never changes. */
const verdicts = new Map<string, boolean>();
