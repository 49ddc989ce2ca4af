/** Character classes decided by code unit, for scans that walk a text in code. */

/** A line feed or a carriage return: a line ends at either (LF, CRLF, or an old Mac's CR). */
export const isLineEnd = (c: number): boolean => c === 0x0a || c === 0x0d;

/** What `\s` (and `trim`) matches, by code unit (test/text/chars.test.ts checks every one). */
export const isSpace = (c: number): boolean =>
  c === 0x20 || (c >= 0x09 && c <= 0x0d) ||
  (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
