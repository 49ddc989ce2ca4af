import { describe, expect, it } from 'vitest';
import * as chrono from 'chrono-node/en';
import { PARSER_NEEDS } from '../../src/extractors/chrono-gate.js';
import { prng } from '../../scripts/bench-corpus.js';

interface Parser {
  pattern(context: object): RegExp;
}

const CONTEXT = { option: { forwardDate: false }, text: '', refDate: new Date('2024-05-20T12:00:00Z') };
const all = [...chrono.strict.parsers, ...chrono.casual.parsers] as unknown as Parser[];
const parserNamed = (name: string) => all.find((p) => p.constructor.name === name)!;

// What each gated parser reads, one example each: the pattern must match it and so must the test.
const EXAMPLES: Record<string, string[]> = {
  ENYearMonthDayParser: ['on 2024-03-13', '2024/March/13', '2024 03 13'],
  ISOFormatParser: ['at 2024-03-13T10:00Z'],
  SlashDateFormatParser: ['12/11/2024', 'on 12.11', '3-4'],
  ENSlashMonthFormatParser: ['in 3/2024'],
  ENYearMonthNameParser: ['2024 March', '300 BC March', '12AD Jan.'],
  ENMonthNameLittleEndianParser: ['13 March', 'the 1st of SEPT.', 'twenty-first of May'],
  ENMonthNameMiddleEndianParser: ['March 13', 'Dec twelfth, 2024'],
  ENMonthNameParser: ['in March 2024', 'JUNE'],
  ENWeekdayParser: ['on Sunday', 'last weekend', '(THURS.)', 'this weekday'],
  ENTimeExpressionParser: ['at 14:00', '7 a.m.', 'from 1'],
  ENCasualDateParser: ['now', 'TMRW', 'overmorrow', 'last  night', 'yesterday'],
  ENEndOfCurrentMonthParser: ['the last day of the month', 'END of month'],
  ENRelativeDateFormatParser: ['last week', 'after this month', 'PAST hour', 'next  days'],
};

// Pieces the patterns are built of, joined at random: most joins match some pattern somewhere.
const PIECES = [
  ' ', '  ', '\n', ',', '.', '-', '/', ':', '(', ')', '–', 'T', 'Z', '0', '1', '12', '31', '2024', '300', '1st', 'th',
  'BC', 'AD', 'ce', 'be', 'of', 'the', 'on', 'at', 'in', 'to', 'from', 'until', 'March', 'sept', 'Sep.', 'may', 'DEC',
  'thirteenth', 'twenty', 'first', 'sun', 'Monday', 'thurs', 'weekend', 'week', 'day', 'this', 'last', 'past', 'next',
  'after', 'now', 'tmr', 'tmrw', 'today', 'night', 'end', 'month', 'months', 'a.m.', 'pm', 'o clock', 'Ä', 'ſ', 'K',
];

describe('chrono parser gates', () => {
  it('name parsers chrono has', () => {
    const names = new Set(all.map((p) => p.constructor.name));
    for (const name of Object.keys(PARSER_NEEDS)) expect(names.has(name), name).toBe(true);
    expect(Object.keys(EXAMPLES).sort()).toEqual(Object.keys(PARSER_NEEDS).sort());
  });

  it.each(Object.entries(EXAMPLES))('%s: its pattern and its test both hold on what it reads', (name, texts) => {
    const pattern = parserNamed(name).pattern(CONTEXT);
    for (const text of texts) {
      expect(new RegExp(pattern.source, pattern.flags).test(text), text).toBe(true);
      expect(PARSER_NEEDS[name].test(text), text).toBe(true);
    }
  });

  // A test that fails where the pattern matches would leave a date unread.
  it.each(Object.keys(PARSER_NEEDS))('%s: no text its pattern matches fails its test', (name) => {
    const pattern = new RegExp(parserNamed(name).pattern(CONTEXT).source, parserNamed(name).pattern(CONTEXT).flags.replace('g', ''));
    const random = prng(11);
    let matched = 0;
    const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
    for (let n = 0; n < 20000; n++) {
      // Half from the parser's own examples, half from pieces; then a few pieces put in, or characters cut out.
      let text = '';
      if (random() < 0.5) text = pick(EXAMPLES[name]);
      else for (let k = 1 + Math.floor(random() * 8); k > 0; k--) text += pick(PIECES);
      for (let k = Math.floor(random() * 4); k > 0; k--) {
        const at = Math.floor(random() * (text.length + 1));
        text = random() < 0.6 ? text.slice(0, at) + pick(PIECES) + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
      }
      if (!pattern.test(text)) continue;
      matched++;
      expect(PARSER_NEEDS[name].test(text), text).toBe(true);
    }
    expect(matched).toBeGreaterThan(1000);
  });
});
