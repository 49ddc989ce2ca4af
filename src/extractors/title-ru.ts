/** Russian titles before a name ("губернатор Белгородской области Вячеслав Гладков", "по словам главы района
 *  Геннадия Бондарева") and Russian first names, from src/data/titles-ru.json, in every case form. */
import { loadData } from '../data/load.js';
import { CASES, foldRu, isAdjectival, nominativeOf, wordForms, type Role } from '../gazetteer/ru-forms.js';
import { lazy } from '../text/patterns.js';

interface TitlesRu {
  titles: Record<string, string>;
  first_names: string[];
}

interface TitleForm {
  title: string;
  /** The case of the title's head word here: a name right after it is in the same case. */
  case: number;
}

const tables = lazy(() => {
  const { titles, first_names } = loadData<TitlesRu>('titles-ru.json');
  const forms = new Map<string, TitleForm>();
  let maxWords = 1;
  for (const [ru, title] of Object.entries(titles)) {
    const words = ru.split(' ');
    maxWords = Math.max(maxWords, words.length);
    // the head noun declines ("главы региона"), adjectives before it with it, the words after it stay
    const noun = words.findIndex((w) => !isAdjectival(w));
    const head = noun === -1 ? words.length - 1 : noun; // "командующий" is an adjective as a noun
    const perWord = words.map((w, k) => (k > head ? null : wordForms(w, (k === noun ? 'surname' : 'adjective') satisfies Role).cases));
    for (let c = 0; c < CASES; c++) {
      let phrases = [''];
      for (let k = 0; k < words.length; k++) {
        const variants = perWord[k]?.[c] ?? [words[k]];
        phrases = phrases.flatMap((p) => variants.map((v) => (p ? `${p} ${v}` : v)));
      }
      for (const p of phrases) if (!forms.has(foldRu(p))) forms.set(foldRu(p), { title, case: c });
    }
  }
  const firstNames = new Map<string, { name: string; case: number }[]>();
  for (const name of first_names) {
    wordForms(name, 'first').cases.forEach((variants, c) => {
      for (const v of variants) firstNames.set(foldRu(v), [...(firstNames.get(foldRu(v)) ?? []), { name, case: c }]);
    });
  }
  return { forms, maxWords, firstNames };
});

const WORD = /[\p{L}-]+/gu;
/** Between a title and its name only words: "губернатор Курской области | Александр". */
const NOT_BETWEEN = /[^\p{L}\s-]/u;
const REACH = 80;

/** The title that ends nearest before `nameStart` (the longest of those), with at most four words between them ("глава Грайворонского округа Белгородской области | Геннадий"). */
export function ruTitleBefore(text: string, nameStart: number): TitleForm | null {
  const { forms, maxWords } = tables();
  const from = Math.max(0, nameStart - REACH);
  const window = text.slice(from, nameStart);
  const words = [...window.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: foldRu(m[0]) }));
  let best: { form: TitleForm; start: number; end: number } | null = null;
  for (let i = 0; i < words.length; i++) {
    let key = '';
    for (let j = i; j < words.length && j - i < maxWords; j++) {
      key = key ? `${key} ${words[j].key}` : words[j].key;
      const form = forms.get(key);
      if (!form || words.length - 1 - j > 4 || NOT_BETWEEN.test(window.slice(words[j].end))) continue;
      const end = words[j].end;
      if (!best || end > best.end || (end === best.end && words[i].start < best.start)) best = { form, start: words[i].start, end };
    }
  }
  return best?.form ?? null;
}

/** A first name in any case: "Геннадия" -> Геннадий (genitive, accusative). */
export function firstNameForms(word: string): { name: string; case: number }[] {
  return tables().firstNames.get(foldRu(word)) ?? [];
}

/** "Геннадия Бондарева" -> "Геннадий Бондарев": a person named after a first name on the list, in its case. */
export function nominativePerson(first: string, surname: string): string | null {
  for (const { name, case: c } of firstNameForms(first)) {
    const nominative = c === 0 ? surname : nominativeOf(surname, 'surname', c);
    if (nominative) return `${name} ${nominative}`;
  }
  return null;
}
