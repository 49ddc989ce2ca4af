/** Bytes to text at the edge: BOMs, UTF-16, invalid UTF-8 and binary junk. Pure: bytes in, text or a problem out. */
import type { Warning } from '../types.js';

/** A UTF-8 BOM is not text: offsets index the text after it. Here, not in extract.ts, so that reading (in the main
 *  thread) does not load the extractor there when worker threads do the extracting. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export type Decoded = { text: string; warnings: Warning[] } | { error: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const utf8Lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: false });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: false });

/** How much of the start is looked at for NUL bytes: enough to tell a binary file, cheap on a 50 MB one. */
const SNIFF = 8192;

/**
 * UTF-8 (with or without BOM) and UTF-16 LE/BE with a BOM are decoded, the BOM dropped, so offsets index the text
 * after it. A NUL byte in the first 8 KB of anything else means a binary file: an error, not an article. Invalid
 * UTF-8 is decoded with U+FFFD replacement characters and a warning.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes), warnings: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be.decode(bytes), warnings: [] };
  if (bytes.subarray(0, SNIFF).includes(0)) return { error: 'binary file (NUL bytes), skipped' };
  try {
    return { text: utf8.decode(bytes), warnings: [] };
  } catch {
    const text = utf8Lenient.decode(bytes);
    const replaced = text.split('\uFFFD').length - 1;
    return { text, warnings: [{ code: 'invalid-utf8', message: `invalid UTF-8: ${replaced} byte sequence(s) replaced with U+FFFD` }] };
  }
}
