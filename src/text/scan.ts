/** Word patterns with their left boundary checked in code instead of by a leading lookbehind.
 *
 *  `(?<![\p{L}-])(?:drones?|UAVs?)` finds exactly what `new Bounded('(?:drones?|UAVs?)', 'iu', '\\p{L}-')` finds, but
 *  V8 cannot skip ahead to a pattern's first characters when the pattern opens with a lookbehind: it tries the
 *  lookbehind at every position. Measured on the benchmark corpus (2.5 MB), the damage-effect alternation ran 69 ms
 *  with the lookbehind and `matchAll`, 15 ms as a Bounded. */
import { asciiSource, asciiTwin } from './ascii.js';

/** The code point that ends just before `at`, as a string ('' at the start). */
export function charBefore(text: string, at: number): string {
  if (at <= 0) return '';
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1];
}

export class Bounded {
  /** The pattern without its letter boundary, global, so `lastIndex` says where to look. */
  readonly pattern: RegExp;
  /** One character the match must not follow. */
  private readonly before: RegExp;
  private readonly body: string;
  /** The same matches on a text whose letters are all ASCII (see `asciiSource`), found without the u flag. */
  readonly ascii: Bounded;

  /** `notAfter` is the body of a character class: `\p{L}-` for "not after a letter or hyphen". When it holds digits
   *  and the pattern a run of them (`\d+`, `\d{1,3}`), the class without `\p{L}` stays in the pattern as a
   *  lookbehind: `\d+` tried at every digit of a long run, and failing, is quadratic (a 20 KB run of digits took
   *  500 ms). Otherwise it is left out, as any leading lookbehind stops V8 skipping ahead: the number-start scan of
   *  drone-counts.ts (`\d|one|two|...`) ran 56 -> 42 ms over the benchmark corpus's sentences without it. */
  constructor(source: string, flags: string, notAfter: string, forAscii = false) {
    const guard = notAfter.includes('\\d') && /\\d[+*{]/.test(source) ? `(?<![${notAfter.replace('\\p{L}', '')}])` : '';
    const plain = forAscii ? asciiSource(guard + source) : null;
    this.pattern = plain === null ? new RegExp(guard + source, `${flags.replace(/[gy]/g, '')}g`) : new RegExp(plain, `${flags.replace(/[gyu]/g, '')}g`);
    this.before = new RegExp(`^[${notAfter}]$`, 'u');
    this.body = source;
    this.ascii = forAscii ? this : new Bounded(source, flags, notAfter, true);
  }

  /** The first match at or after `from`, or null. */
  exec(text: string, from = 0): RegExpExecArray | null {
    const { pattern } = this;
    pattern.lastIndex = from;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const before = charBefore(text, m.index);
      if (before === '' || !this.before.test(before)) return m;
      // A match that follows a letter may still hide one that starts later inside it ("power cuts" in "xpower cuts"),
      // but not before the run of such characters it starts in ends: no position inside "x1111" can start a match
      // that must not follow a digit. Skipping the run keeps a long one linear, as the lookbehind was.
      pattern.lastIndex = this.runEnd(text, m.index) + 1;
    }
    return null;
  }

  /** The first index at or after `at` whose character may stand before a match (text.length if none). */
  private runEnd(text: string, at: number): number {
    let i = at;
    while (i < text.length) {
      const c = text.codePointAt(i)!;
      const char = String.fromCodePoint(c);
      if (!this.before.test(char)) return i;
      i += char.length;
    }
    return i;
  }

  test(text: string): boolean {
    return this.exec(text) !== null;
  }

  /** Every match, left to right, as `matchAll` would give them. */
  all(text: string): RegExpExecArray[] {
    const out: RegExpExecArray[] = [];
    for (let m = this.exec(text); m; m = this.exec(text, m.index + Math.max(1, m[0].length))) out.push(m);
    return out;
  }

  /** The pattern with its boundary as a lookbehind: the same matches, for documentation and the regex lint. */
  get source(): string {
    return `(?<![${this.before.source.slice(2, -2)}])${new RegExp(this.body, 'u').source}`;
  }
}

export const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** A unicode pattern tried only where a plain character class says a match can start.
 *
 *  V8 walks a text code point by code point under the u flag, about three times slower than code unit by code unit:
 *  over the benchmark corpus, finding each capital (`[A-Z\u00C0-\uFFFF]`) took 9.7 ms without u, 29.9 ms with it.
 *  So `gate`, without u, finds each place a match can start (it must match every code unit a match can begin with;
 *  for a letter outside the BMP, its high surrogate), and the pattern is tried there alone. The matches are those of
 *  the pattern's own global scan: that scan tries every code point in turn, and the gate only skips those where the
 *  pattern cannot match. */
export class Gated {
  private readonly gate: RegExp;
  private readonly pattern: RegExp;

  constructor(gate: string, pattern: RegExp) {
    this.gate = new RegExp(gate, 'g');
    this.pattern = new RegExp(pattern.source, `${pattern.flags.replace(/[gy]/g, '')}y`);
  }

  /** Every match, left to right, as `matchAll` would give them. */
  all(text: string): RegExpExecArray[] {
    const { gate, pattern } = this;
    const out: RegExpExecArray[] = [];
    gate.lastIndex = 0;
    for (let g = gate.exec(text); g; g = gate.exec(text)) {
      const at = g.index;
      // The second half of a surrogate pair: a unicode scan never starts there.
      if (at > 0 && isLow(text.charCodeAt(at)) && isHigh(text.charCodeAt(at - 1))) continue;
      pattern.lastIndex = at;
      const m = pattern.exec(text);
      if (!m) continue;
      out.push(m);
      gate.lastIndex = at + (m[0].length || (isHigh(text.charCodeAt(at)) && isLow(text.charCodeAt(at + 1)) ? 2 : 1));
    }
    return out;
  }
}

type Twinned = RegExp | Bounded | readonly RegExp[];

/** A module's unicode patterns, by name, and their twins for texts whose letters are all ASCII (`Doc.ascii`): each
 *  pattern rewritten by `asciiTwin`, each Bounded's `ascii`. */
export function withAsciiTwins<T extends Record<string, Twinned>>(unicode: T): { unicode: T; ascii: T } {
  const twin = (p: Twinned): Twinned => (p instanceof Bounded ? p.ascii : p instanceof RegExp ? asciiTwin(p) : p.map(asciiTwin));
  return { unicode, ascii: Object.fromEntries(Object.entries(unicode).map(([name, p]) => [name, twin(p)])) as T };
}
