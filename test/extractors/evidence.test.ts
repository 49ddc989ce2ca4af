/** The evidence contract on whole articles: every record's span indexes the input it was given. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract, stripBom } from '../../src/extract.js';
import type { ExtractedRecord } from '../../src/types.js';
import { expectEvidence } from './helpers.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/', import.meta.url));
const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const SEED = `${FIXTURES}leningrad-drones.txt`;

const texts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
const read = (path: string) => stripBom(readFileSync(path, 'utf8'));

/** What a record says, without where it says it. */
const values = (records: ExtractedRecord[]) =>
  records.map(({ start: _s, end: _e, sentence: _n, text: _t, confidence: _c, ...rest }) => JSON.stringify(rest)).sort();

describe('fixtures', () => {
  it.each(texts(FIXTURES))('%s', (name) => {
    const text = read(FIXTURES + name);
    const article = extract(text);
    expect(article.records.length).toBeGreaterThan(0);
    expectEvidence(text, article);
  });
});

describe.each(['dev/en/', 'dev/ru/'])('corpus/%s', (set) => {
  it.each(texts(CORPUS + set))('%s', (name) => {
    const text = read(CORPUS + set + name);
    expectEvidence(text, extract(text));
  });
});

describe('the seed text, re-encoded', () => {
  const lf = readFileSync(SEED, 'utf8');
  const crlf = lf.replace(/\n/g, '\r\n');
  const plain = extract(lf).records;

  it('has LF line ends and no BOM to start with', () => {
    expect(lf.includes('\r')).toBe(false);
    expect(lf.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('with a UTF-8 BOM removed, indexes the text after the BOM and finds the same facts', () => {
    const text = stripBom(`\uFEFF${lf}`);
    expect(text).toBe(lf);
    const article = extract(text);
    expectEvidence(text, article);
    expect(values(article.records)).toEqual(values(plain));
  });

  it('with CRLF line ends, indexes the CRLF text and finds the same facts', () => {
    const article = extract(crlf);
    expectEvidence(crlf, article);
    // past the first line end, so the offsets had to count the \r
    expect(article.records.some((r) => r.start > crlf.indexOf('\r\n'))).toBe(true);
    expect(values(article.records)).toEqual(values(plain));
  });

  it('with CRLF line ends, numbers sentences as the LF text does', () => {
    const sentences = (records: ExtractedRecord[]) => records.map((r) => `${r.type}:${r.text}:${r.sentence}`).sort();
    expect(sentences(extract(crlf).records)).toEqual(sentences(plain));
  });
});
