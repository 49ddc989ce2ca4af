/** Russian case forms of names, from the endings in src/data/ru-endings.json: "Белгородская область" -> "Белгородской
 *  области", "Белгородскую область", ...; "Вячеслав Гладков" -> "Вячеслава Гладкова", ... Generated once when the
 *  gazetteer and the officials list load, and matched as literal phrases (see ru.ts for why not a lemmatiser). */
import { loadData } from '../data/load.js';

export type Role = 'adjective' | 'noun' | 'first' | 'surname' | 'type';

interface Paradigm {
  ending: string;
  forms: string[];
  plural?: string[];
}

const ROLES = loadData<{ roles: Record<Role, Paradigm[]> }>('ru-endings.json').roles;
export const CASES = 6;

/** Lower case, ё as е: the press writes either ("Воробьёв", "Воробьев"). */
export function foldRu(s: string): string {
  return s.toLowerCase().replaceAll('ё', 'е');
}

function paradigmOf(word: string, role: Role): Paradigm | undefined {
  const lower = word.toLowerCase();
  return ROLES[role].find((p) => lower.endsWith(p.ending));
}

const ADJECTIVE_ENDINGS = ROLES.adjective.map((p) => p.ending);
export const isAdjectival = (word: string) => ADJECTIVE_ENDINGS.some((e) => word.toLowerCase().endsWith(e)) && word.length > 3;
export const isTypeWord = (word: string) => ROLES.type.some((p) => p.ending === word.toLowerCase());

/** A word's forms per case (each a list of variants), and its plural forms for a type word. A hyphenated word
 *  declines in one part: the first of "Ростов-на-Дону", else the last ("Приморско-Ахтарск", "Кабардино-Балкария"). */
export function wordForms(word: string, role: Role): { cases: string[][]; plural: string[] } {
  const parts = word.split('-');
  // "Каменск-Шахтинский" -> "Каменске-Шахтинском", "Гусь-Хрустальный": a noun and its adjective decline together;
  // "Приморско-Ахтарск", "Южно-Сахалинск" open with a stem that does not
  if (parts.length === 2 && role === 'adjective' && isAdjectival(parts[1]) && !/[оиы]$/i.test(parts[0])) {
    const noun = wordForms(parts[0], 'noun').cases;
    const adjective = wordForms(parts[1], 'adjective').cases;
    return { cases: noun.map((variants, c) => variants.flatMap((n) => adjective[c].map((a) => `${n}-${a}`))), plural: [] };
  }
  const at = parts.length >= 3 && parts[1].toLowerCase() === 'на' ? 0 : parts.length - 1;
  const part = parts[at];
  const p = paradigmOf(part, role);
  if (!p) return { cases: Array.from({ length: CASES }, () => [word]), plural: [] };
  const stem = part.slice(0, part.length - p.ending.length);
  const upper = part[0] !== part[0].toLowerCase();
  const rebuild = (ending: string) => {
    let form = stem + ending;
    if (!stem && upper) form = form[0].toUpperCase() + form.slice(1);
    return parts.map((q, k) => (k === at ? form : q)).join('-');
  };
  return {
    cases: p.forms.map((variants) => variants.split('|').map(rebuild)),
    plural: (p.plural ?? []).map(rebuild),
  };
}

/** The role of each word of a place or region name: a type word ("область", "район"); after one, the name stays as it
 *  is ("Республики Крым"); words with an adjective's ending are adjectives ("Новая Москва", "Дубовое"); else nouns. */
function placeRoles(words: readonly string[]): (Role | null)[] {
  let afterType = false;
  return words.map((w) => {
    if (afterType) return null;
    if (isTypeWord(w)) {
      afterType = words.indexOf(w) === 0;
      return 'type';
    }
    return isAdjectival(w.split('-').pop()!) ? 'adjective' : 'noun';
  });
}

function product(lists: string[][]): string[] {
  return lists.reduce<string[]>((acc, list) => acc.flatMap((a) => list.map((b) => (a ? `${a} ${b}` : b))), ['']);
}

/** Every case form of a phrase whose words decline together, each word by `roles` (null: kept as written). A type
 *  word's plural forms come with the other words in every case: "Курской и Брянской областей". */
export function phraseForms(phrase: string, roles: readonly (Role | null)[] = placeRoles(phrase.split(' '))): string[] {
  const words = phrase.split(' ');
  const forms = words.map((w, k) => (roles[k] ? wordForms(w, roles[k]!) : { cases: Array.from({ length: CASES }, () => [w]), plural: [] }));
  const out = new Set<string>();
  for (let c = 0; c < CASES; c++) for (const f of product(forms.map((f) => f.cases[c]))) out.add(f);
  forms.forEach((f, k) => {
    if (!f.plural.length) return;
    for (let c = 0; c < CASES; c++) {
      for (const f2 of product(forms.map((g, j) => (j === k ? f.plural : g.cases[c])))) out.add(f2);
    }
  });
  return [...out];
}

/** "Вячеслав Гладков" in every case, first name and surname in the same case; the surname alone too. */
export function personForms(name: string, female = false): { full: string[]; surname: string[] } {
  const words = name.split(' ');
  const surname = words[words.length - 1];
  // a woman's surname declines only as an adjective would ("Захаровой", "Заболотной"); "Костюк" stays
  const declines = !female || /(?:ова|ева|ёва|ина|ая)$/.test(surname);
  const roles: (Role | null)[] = words.map((_, k) => (k < words.length - 1 ? 'first' : declines ? 'surname' : null));
  return { full: phraseForms(name, roles), surname: declines ? wordForms(surname, 'surname').cases.flat() : [surname] };
}

/** The nominative of an adjective in any case form, of the gender its noun gives: "Миллеровским" (район) ->
 *  "Миллеровский", "Марганецкой" (громада) -> "Марганецкая". */
export function adjectiveNominative(word: string, feminine: boolean): string {
  const lower = word.toLowerCase();
  const soft = (stem: string) => /[кгхжшчщ]$/.test(stem);
  if (feminine) {
    for (const e of ['ая', 'ой', 'ую', 'ою', 'ей', 'юю', 'яя']) {
      if (lower.endsWith(e)) return word.slice(0, -e.length) + (e === 'ей' || e === 'юю' || e === 'яя' ? 'яя' : 'ая');
    }
    return word;
  }
  for (const e of ['ого', 'ому', 'ими', 'ыми', 'ым', 'им', 'ом', 'ий', 'ый', 'ой', 'их', 'ых', 'ие', 'ые', 'ами', 'ам', 'ах']) {
    if (lower.endsWith(e)) {
      const stem = word.slice(0, -e.length);
      return stem + (soft(stem) ? 'ий' : 'ый');
    }
  }
  return word;
}

/** The nominative of a word in case `c` of `role`, when one paradigm of the role has it in that case and gives it back:
 *  "Бондарева" (genitive surname) -> "Бондарев", "Геннадия" (genitive first name) -> "Геннадий". Null when none does. */
export function nominativeOf(word: string, role: Role, c: number): string | null {
  const lower = word.toLowerCase();
  for (const p of ROLES[role]) {
    for (const variant of p.forms[c].split('|')) {
      if (!lower.endsWith(variant)) continue;
      const nominative = word.slice(0, word.length - variant.length) + p.ending;
      if (nominative.length > 1 && paradigmOf(nominative, role) === p) return nominative;
    }
  }
  return null;
}
