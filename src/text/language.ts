/** The language of an article, told from its letters. For these reports the alphabet decides: Russian and Ukrainian
 *  reports are written in Cyrillic, English ones in Latin letters, and an English report that quotes Russian names
 *  ("Governor Vyacheslav Gladkov (Вячеслав Гладков)") is still mostly Latin. Ukrainian has letters Russian lacks
 *  (і ї є ґ) and lacks letters Russian has (ы э ъ ё); whichever set is commoner tells the two apart. A text with
 *  neither set ("Над Харковом збито дрон") is read as Russian: no Russian rule is sure to be wrong on it. */
import { asciiLettersOnly } from './ascii.js';
import type { Language } from '../types.js';

const isLatin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isCyrillic = (c: number) => c >= 0x400 && c <= 0x4ff;
// і І ї Ї є Є ґ Ґ
const isUkrainianOnly = (c: number) => c === 0x456 || c === 0x406 || c === 0x457 || c === 0x407 || c === 0x454 || c === 0x404 || c === 0x491 || c === 0x490;
// ы Ы э Э ъ Ъ ё Ё
const isRussianOnly = (c: number) => c === 0x44b || c === 0x42b || c === 0x44d || c === 0x42d || c === 0x44a || c === 0x42a || c === 0x451 || c === 0x401;

export function detectLanguage(text: string, ascii = asciiLettersOnly(text)): Language {
  if (ascii) return 'en';
  let latin = 0;
  let cyrillic = 0;
  let ukrainian = 0;
  let russian = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (isLatin(c)) latin++;
    } else if (isCyrillic(c)) {
      cyrillic++;
      if (isUkrainianOnly(c)) ukrainian++;
      else if (isRussianOnly(c)) russian++;
    }
  }
  if (cyrillic <= latin) return 'en';
  return ukrainian > russian ? 'uk' : 'ru';
}
