import { expect, it } from 'vitest';
import { isSpace } from '../../src/text/chars.js';

it('isSpace finds white space where \\s does, for every code unit', () => {
  for (let c = 0; c <= 0xffff; c++) expect(isSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
});
