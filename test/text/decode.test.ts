import { describe, expect, it } from 'vitest';
import { decode } from '../../src/text/decode.js';

const text = (d: ReturnType<typeof decode>) => ('text' in d ? d.text : `error: ${d.error}`);

describe('decode', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(text(decode(Buffer.from('Kursk Oblast', 'utf8')))).toBe('Kursk Oblast');
    expect(text(decode(Buffer.from('\uFEFFKursk Oblast', 'utf8')))).toBe('Kursk Oblast');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Дрон над Курском', 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    expect(text(decode(le))).toBe('Дрон над Курском');
    expect(text(decode(be))).toBe('Дрон над Курском');
  });

  it('replaces invalid UTF-8 and warns', () => {
    const d = decode(Buffer.from([0x34, 0x31, 0x20, 0xff, 0xfe, 0x64, 0x72, 0x6f, 0x6e, 0x65, 0x73].slice(0, 3).concat([0xc3, 0x28, 0x64])));
    expect('text' in d && d.text).toBe('41 \uFFFD(d');
    expect('warnings' in d && d.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
  });

  it('refuses a binary file (NUL bytes)', () => {
    expect(decode(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00]))).toEqual({ error: 'binary file (NUL bytes), skipped' });
  });

  it('takes an empty input as empty text', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', warnings: [] });
  });
});
