/** Reports where they live, through the real CLI: saved pages, RSS and Atom feeds, Telegram Desktop exports; each
 *  malformed case; and each into `extract summarize --records`. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
// The named export: under NodeNext the default import of this CommonJS module is not constructable.
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { Article } from '../../src/types.js';
import { ROOT, badSpans, run, sh, tempDir, type Run } from './run.js';

const SOURCES = join(ROOT, 'fixtures', 'sources');
const PAGES = ['bryansk-night.html', 'odesa-port.html', 'kursk-governor.htm'];
const EXPORT = join(SOURCES, 'telegram', 'export');
const RSS = join(SOURCES, 'feeds', 'news.rss');
const ATOM = join(SOURCES, 'feeds', 'coast.atom');

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const json = (r: Run) => JSON.parse(r.stdout) as Article[];
const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'article.schema.json'), 'utf8'));
const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
/** Every article of a run is valid against the shipped schema, title and text included. */
const schemaErrors = (articles: Article[]) => articles.flatMap((a) => (validate(a) ? [] : [validate.errors]));
const drones = (a: Article) => a.records.flatMap((r) => (r.type === 'drone_count' ? [r.count] : []));

describe('saved pages: the article, not the page', () => {
  let pages: Article[];
  let texts: Article[];
  beforeAll(() => {
    const r = run(['--format', 'json', '--with-text', ...PAGES.map((p) => join('fixtures/sources/pages', p))]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    pages = json(r);
    // The article texts alone, each at its page's date.
    texts = pages.map((page, i) => json(run(['--format', 'json', '--date', page.reference_date ?? '', join('fixtures/sources/pages', PAGES[i].replace(/\.html?$/, '.txt'))]))[0]);
  });

  it('the "5 drones" of a script, a ticker, a noscript and a comment is never counted; nothing from navigation or footer', () => {
    expect(pages.map(drones)).toEqual([[14], [38, 31], [1, 9]]);
    expect(schemaErrors(pages)).toEqual([]);
    for (const page of pages) {
      expect(page.text).not.toMatch(/5 drones|Home|©|cookies|Most read|Related|Advertisement/);
      expect(badSpans(page.text ?? '', page.records)).toEqual([]);
    }
  });

  it('each page gives the records of its article text alone, offsets and all', () => {
    for (const [i, page] of pages.entries()) {
      const alone = readFileSync(join(SOURCES, 'pages', PAGES[i].replace(/\.html?$/, '.txt')), 'utf8');
      expect(page.text).toBe(alone.trimEnd());
      expect(page.records).toEqual(texts[i].records);
      expect(page.records.length).toBeGreaterThan(3);
    }
  });

  it('date from article:published_time, JSON-LD datePublished, <time>; canonical URL or og:url; the title', () => {
    expect(pages.map(({ source, url, title, reference_date }) => ({ source, url, title, reference_date }))).toEqual([
      { source: 'fixtures/sources/pages/bryansk-night.html', url: 'https://courier.example/news/2024/12/14/bryansk-night', title: 'Air defences down 14 drones over Bryansk Oblast', reference_date: '2024-12-14' },
      { source: 'fixtures/sources/pages/odesa-port.html', url: 'https://blacksea-wire.example/2024/11/28/odesa-grain-terminal', title: 'Drone attack damages grain terminal in Odesa Oblast', reference_date: '2024-11-28' },
      { source: 'fixtures/sources/pages/kursk-governor.htm', url: 'https://frontier-daily.example/kursk/power-line-strike', title: 'Kursk governor reports drone strike on power line', reference_date: '2024-10-03' },
    ]);
  });

  it('--date overrides the page\'s date; without --with-text there is no text; --input html reads a page saved as .txt', () => {
    const page = tmp.file('saved.txt', readFileSync(join(SOURCES, 'pages', PAGES[0]), 'utf8').replace(/<!DOCTYPE html>\n/, '<div>'));
    const r = run(['--format', 'json', '--input', 'html', '--date', '2025-01-01', page]);
    expect(r.status).toBe(0);
    const [article] = json(r);
    expect(article.reference_date).toBe('2025-01-01');
    expect(article.text).toBeUndefined();
    expect(drones(article)).toEqual([14]);
  });

  it('a directory gives its *.txt and *.html/*.htm; a .txt that starts as a page is read as one (sniffed)', () => {
    const sniffed = tmp.file('sniffed.txt', readFileSync(join(SOURCES, 'pages', PAGES[0]), 'utf8'));
    const r = run(['--format', 'ndjson', join(SOURCES, 'pages'), sniffed]);
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    const counts = r.stdout.trim().split('\n').map((l) => JSON.parse(l)).filter((x) => x.type === 'drone_count');
    expect(counts.map((c) => [c.source.replace(/.*\//, ''), c.count])).toEqual([
      ['bryansk-night.html', 14],
      ['bryansk-night.txt', 14],
      ['kursk-governor.htm', 1],
      ['kursk-governor.htm', 9],
      ['kursk-governor.txt', 1],
      ['kursk-governor.txt', 9],
      ['odesa-port.html', 38],
      ['odesa-port.html', 31],
      ['odesa-port.txt', 38],
      ['odesa-port.txt', 31],
      ['sniffed.txt', 14],
    ]);
  });

  it('malformed: a page with no text and a binary .html each get one line naming them; the good page still comes out; exit 1', () => {
    const empty = tmp.file('empty.html', '<html><head><script>var t = "5 drones";</script></head><body><nav>Home</nav></body></html>');
    const binary = tmp.file('binary.html', Buffer.from([0x3c, 0x68, 0x00, 0x01, 0x02]));
    const r = run(['--format', 'json', empty, join(SOURCES, 'pages', PAGES[0]), binary]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`extract: ${empty}: no article text in the page\nextract: ${binary}: binary file (NUL bytes), skipped\n`);
    expect(json(r).map(drones)).toEqual([[14]]);
  });

  it('pipeline: pages as ndjson into summarize --records', () => {
    const r = sh(`bin/extract.js --format ndjson fixtures/sources/pages/*.htm* | bin/extract.js summarize --records --format json`);
    expect(r.status).toBe(0);
    const summary = JSON.parse(r.stdout);
    expect(summary.articles).toBe(3);
    expect(summary.regions.map((x: { code: string; drones: number }) => [x.code, x.drones])).toContainEqual(['RU-BRY', 14]);
  });
});

describe('Telegram Desktop export', () => {
  let r: Run;
  beforeAll(() => {
    r = run(['--input', 'telegram', '--channel', 'regional_watch', '--format', 'json', '--with-text', '--jobs', '1', EXPORT]);
  });
  const NOTE = `extract: ${join(EXPORT, 'result.json')}: 4 article(s) from 8 message(s); skipped 2 service message(s) and 2 without text (media only)\n`;

  it('one article per message with text; service and media-only skipped and counted in one line; exit 0', () => {
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: NOTE });
    expect(json(r).map(({ source, id, url, reference_date }) => ({ source, id, url, reference_date }))).toEqual([
      { source: '1987654321/2', id: '1987654321/2', url: 'https://t.me/regional_watch/2', reference_date: '2024-12-13' },
      // edited on the same day, later: its own date is kept
      { source: '1987654321/4', id: '1987654321/4', url: 'https://t.me/regional_watch/4', reference_date: '2024-12-14' },
      // forwarded from another channel: the date it was posted here
      { source: '1987654321/5', id: '1987654321/5', url: 'https://t.me/regional_watch/5', reference_date: '2024-12-14' },
      // a photo with a caption is a message with text
      { source: '1987654321/8', id: '1987654321/8', url: 'https://t.me/regional_watch/8', reference_date: '2024-12-15' },
    ]);
  });

  it('text from entity arrays, joined as written; every span indexes it', () => {
    const articles = json(r);
    expect(articles[1].text).toBe('Kursk Oblast: air defences shot down 7 drones overnight, Governor Alexei Smirnov said. In one village the windows of three private houses were shattered. #Kursk');
    expect(articles.map(drones)).toEqual([[12], [7], [41, 24, 10, 7], [1]]);
    expect(schemaErrors(articles)).toEqual([]);
    for (const article of articles) expect(badSpans(article.text ?? '', article.records)).toEqual([]);
  });

  it('without --channel the export names no public channel: no url; --jobs 2 and the file itself give the same; csv has id and url', () => {
    const plain = run(['--input', 'telegram', '--format', 'ndjson', '--jobs', '2', join(EXPORT, 'result.json')]);
    expect(plain.status).toBe(0);
    const lines = plain.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.every((l) => l.url === undefined && /^1987654321\/\d+$/.test(l.id))).toBe(true);
    const csv = run(['--input', 'telegram', '--channel', '@regional_watch', '--format', 'csv', EXPORT]);
    const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
    expect(rows.filter((row) => row.type === 'drone_count').map((row) => [row.id, row.url, row.count])).toContainEqual(['1987654321/4', 'https://t.me/regional_watch/4', '7']);
  });

  it('pipeline: extract --input telegram export/ --format ndjson | extract summarize --records', () => {
    const p = sh(`bin/extract.js --input telegram ${EXPORT} --format ndjson | bin/extract.js summarize --records --format json`);
    expect(p.status).toBe(0);
    const summary = JSON.parse(p.stdout);
    // 12 (13 Dec) + 24 (14 Dec) over Bryansk; Kursk on 14 Dec: the governor's 7 and the ministry's 10, counted once.
    expect(summary.regions.map((x: { code: string; drones: number }) => [x.code, x.drones])).toEqual([
      ['RU-BRY', 36],
      ['RU-KRS', 10],
      ['RU-BEL', 8],
    ]);
    expect(p.stderr).toBe(NOTE);
  });

  it('summarize reads an export directly, the note on stderr', () => {
    const s = run(['summarize', '--input', 'telegram', '--format', 'json', EXPORT]);
    expect(s.status).toBe(0);
    expect(JSON.parse(s.stdout).articles).toBe(4);
    expect(s.stderr).toBe(`extract summarize: ${NOTE.slice('extract: '.length)}`);
  });

  it('from stdin', () => {
    const s = run(['--input', 'telegram', '--format', 'json', '-'], { input: readFileSync(join(EXPORT, 'result.json'), 'utf8') });
    expect(s.status).toBe(0);
    expect(json(s)).toHaveLength(4);
  });
});

describe('Telegram: malformed exports', () => {
  const good = readFileSync(join(EXPORT, 'result.json'), 'utf8');

  it('a truncated export: what was read comes out, one line naming the file and where, the next input still read, exit 1', () => {
    const cut = tmp.file('cut.json', good.slice(0, good.indexOf('"id": 5,')));
    const r = run(['--input', 'telegram', '--format', 'json', cut, EXPORT]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toMatch(new RegExp(`^extract: ${cut}: not valid JSON after message 4 \\(.+\\)$`));
    expect(r.stderr.split('\n')).toHaveLength(3); // the problem, the good export's note, ""
    expect(json(r).map((a) => a.id)).toEqual(['1987654321/2', '1987654321/4', '1987654321/2', '1987654321/4', '1987654321/5', '1987654321/8']);
  });

  it('a bad message: one line naming it; the other messages go on', () => {
    const bad = tmp.file('bad.json', JSON.stringify({ name: 'X', type: 'public_channel', id: 42, messages: [{ id: 1, type: 'message', date: '2024-12-13T07:00:00', text: 'Nine drones were shot down over Kursk Oblast.' }, { id: 2, type: 'message', text: 17 }, 'junk', { id: 3, type: 'message', date: '2024-12-14T07:00:00', text: ['Air defences destroyed ', { type: 'bold', text: '12 drones' }, '.'] }] }));
    const r = run(['--input', 'telegram', '--format', 'json', bad]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      `extract: ${bad}: message 2: "text" is neither a string nor an array of text pieces\n` +
        `extract: ${bad}: message 3: not a JSON object\n` +
        `extract: ${bad}: 2 article(s) from 4 message(s); skipped 0 service message(s) and 0 without text (media only)\n`,
    );
    expect(json(r).map((a) => [a.id, drones(a)])).toEqual([
      ['42/1', [9]],
      ['42/3', [12]],
    ]);
  });

  it('not an export, and a folder without result.json', () => {
    const array = tmp.file('array.json', '[{"id": 1, "text": "x"}]');
    const r = run(['--input', 'telegram', '--format', 'json', array, tmp.dir.replace(/$/, '/none-here')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`extract: ${array}: not a Telegram export (expected a JSON object with "messages")\nextract: ${tmp.dir}/none-here: no such file\n`);
    expect(json(r)).toEqual([]);
  });
});

describe('RSS and Atom feeds', () => {
  let r: Run;
  beforeAll(() => {
    r = run(['--input', 'feed', '--format', 'json', '--with-text', RSS, ATOM]);
  });

  it('one article per item: guid or id, link, date as written, title; the script in an item is not read', () => {
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(json(r).map(({ source, id, url, title, reference_date, ...rest }) => ({ source, id, url, title, reference_date, drones: drones(rest as Article) }))).toEqual([
      { source: 'courier-20241214-0745', id: 'courier-20241214-0745', url: 'https://courier.example/news/2024/12/14/bryansk-night', title: 'Air defences down 14 drones over Bryansk Oblast', reference_date: '2024-12-14', drones: [14] },
      // "Sun, 15 Dec 2024 01:30:00 +0300": the 15th as written, the 14th in UTC
      { source: 'https://courier.example/news/2024/12/15/kursk-power', id: 'https://courier.example/news/2024/12/15/kursk-power', url: 'https://courier.example/news/2024/12/15/kursk-power', title: 'Power restored in Kursk villages', reference_date: '2024-12-15', drones: [1] },
      // no guid: the link names it, and there is no id
      { source: 'https://courier.example/opinion/winter', id: undefined, url: 'https://courier.example/opinion/winter', title: 'Weekly column: the long winter ahead', reference_date: '2024-12-13', drones: [] },
      { source: 'tag:blacksea-wire.example,2024-11-28:odesa-grain-terminal', id: 'tag:blacksea-wire.example,2024-11-28:odesa-grain-terminal', url: 'https://blacksea-wire.example/2024/11/28/odesa-grain-terminal', title: 'Drone attack damages grain terminal in Odesa Oblast', reference_date: '2024-11-28', drones: [38, 31] },
      { source: 'tag:blacksea-wire.example,2024-11-27:mykolaiv', id: 'tag:blacksea-wire.example,2024-11-27:mykolaiv', url: 'https://blacksea-wire.example/2024/11/27/mykolaiv', title: 'Two injured in Mykolaiv', reference_date: '2024-11-27', drones: [1] },
      { source: 'tag:blacksea-wire.example,2024-11-26:harbour', id: 'tag:blacksea-wire.example,2024-11-26:harbour', url: 'https://blacksea-wire.example/2024/11/26/harbour', title: 'Harbour notes', reference_date: '2024-11-26', drones: [] },
    ]);
    expect(schemaErrors(json(r))).toEqual([]);
    for (const article of json(r)) {
      expect(article.text).not.toMatch(/5 drones|color: red/);
      expect(badSpans(article.text ?? '', article.records)).toEqual([]);
    }
  });

  it('a directory gives its *.xml, *.rss and *.atom files', () => {
    const d = run(['--input', 'feed', '--format', 'json', join(SOURCES, 'feeds')]);
    expect(d.status).toBe(0);
    expect(json(d)).toHaveLength(6);
  });

  it('malformed: XML that is not well-formed, XML that is not a feed, an empty item; the rest still read; exit 1', () => {
    const broken = tmp.file('broken.rss', '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>Open</item></channel></rss>');
    const notFeed = tmp.file('page.xml', '<?xml version="1.0"?><html><body>x</body></html>');
    const emptyItem = tmp.file('empty-item.rss', '<rss version="2.0"><channel><item><title>Nine drones were shot down over Kursk Oblast.</title></item><item><link>https://x.example/</link></item></channel></rss>');
    const f = run(['--input', 'feed', '--format', 'json', broken, notFeed, emptyItem, RSS]);
    expect(f.status).toBe(1);
    expect(f.stderr).toBe(
      `extract: ${broken}: not well-formed XML (line 3: Expected closing tag 'title' (opened in line 3, col 7) instead of closing tag 'item'.)\n` +
        `extract: ${notFeed}: neither an RSS 2.0 nor an Atom feed (no <rss><channel> or <feed>)\n` +
        `extract: ${emptyItem}: item 2: no title, description or content\n`,
    );
    expect(json(f).map(drones)).toEqual([[9], [14], [1], []]);
  });

  it('pipeline: a feed as ndjson into summarize --records', () => {
    const p = sh(`bin/extract.js --input feed ${RSS} ${ATOM} --format ndjson | bin/extract.js summarize --records --format json`);
    expect(p.status).toBe(0);
    const regions = JSON.parse(p.stdout).regions.map((x: { code: string; drones: number }) => [x.code, x.drones]);
    expect(regions).toContainEqual(['RU-BRY', 14]);
  });
});
