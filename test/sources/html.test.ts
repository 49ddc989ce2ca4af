import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { paragraphs } from '../../src/sources/dom-text.js';
import { readPage } from '../../src/sources/html.js';
import { looksLikeHtml } from '../../src/sources/sniff.js';

const body = (html: string) => (parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document }).document.body;

/** A page: boilerplate around an article of `article` paragraphs, each long enough to look like one. */
function page({ head = '', article }: { head?: string; article: string[] }): string {
  return `<!doctype html><html><head><title>Ten drones down | Example News</title>${head}</head><body>
<header><nav><a href="/">Home</a> | <a href="/world">World</a></nav></header>
<div class="ticker">Live: 5 drones shot down</div>
<script>window.t = "5 drones";</script>
<article><h1>Ten drones down</h1>${article.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>© Example News</footer></body></html>`;
}
const FILLER = 'Residents of the district said they heard explosions after midnight and saw flashes on the horizon for twenty minutes.';

describe('paragraphs: what a reader sees, block by block', () => {
  it('blocks are paragraphs; inline elements run on; white space and no-break spaces collapse', () => {
    expect(paragraphs(body('<p>Air <b>defences</b>\n  destroyed 14&nbsp;drones.</p><ul><li>one</li><li>two</li></ul>tail<br>after'))).toEqual([
      'Air defences destroyed 14 drones.',
      'one',
      'two',
      'tail',
      'after',
    ]);
  });
  it('scripts, styles, navigation, forms and comments are never read', () => {
    expect(paragraphs(body('<script>var a = "5 drones";</script><style>p::after{content:"5 drones"}</style><nav>Home | World</nav><!-- 5 drones --><form><button>5 drones</button></form><noscript>5 drones</noscript><p>Only this.</p>'))).toEqual(['Only this.']);
  });
  it('a page of 20,000 nested elements does not overflow the stack (a recursive walk would)', () => {
    expect(paragraphs(body(`${'<span>'.repeat(20_000)}deep${'</span>'.repeat(20_000)}`))).toEqual(['deep']);
  });
});

describe('readPage', () => {
  it('the article, its title first; not the ticker, the script, the navigation or the footer', () => {
    const result = readPage(page({ head: '<meta property="og:title" content="Ten drones down">', article: [`Air defences destroyed 10 drones over Bryansk Oblast overnight. ${FILLER}`, FILLER, FILLER] }));
    expect(result).toMatchObject({ page: { title: 'Ten drones down' } });
    const text = 'page' in result ? result.page.text : '';
    expect(text.startsWith('Ten drones down\n\nAir defences destroyed 10 drones')).toBe(true);
    expect(text).not.toContain('5 drones');
    expect(text).not.toContain('Home');
    expect(text).not.toContain('©');
  });
  it.each([
    ['<meta property="article:published_time" content="2024-12-14T07:45:00+03:00">', '2024-12-14'],
    ['<script type="application/ld+json">{"@graph": [{"@type": "WebSite"}, {"@type": "NewsArticle", "datePublished": "2024-11-28T09:10:00+02:00"}]}</script>', '2024-11-28'],
    ['<script type="application/ld+json">{ broken</script><meta itemprop="datePublished" content="2024-10-01">', '2024-10-01'],
    ['', null],
  ])('publication date from %s', (head, date) => {
    expect(readPage(page({ head, article: [FILLER, FILLER, FILLER] }))).toMatchObject({ page: { date } });
  });
  it('a <time datetime> in the page when the head has no date; the canonical URL, else og:url', () => {
    const html = page({ head: '<link rel="canonical" href="https://news.example/a"><meta property="og:url" content="https://news.example/b">', article: [FILLER, FILLER] }).replace('<h1>', '<time datetime="2024-10-03">3 Oct</time><h1>');
    expect(readPage(html)).toMatchObject({ page: { date: '2024-10-03', url: 'https://news.example/a' } });
    expect(readPage(page({ head: '<meta property="og:url" content="https://news.example/b">', article: [FILLER] }))).toMatchObject({ page: { url: 'https://news.example/b' } });
  });
  it('the title: og:title, else JSON-LD headline, else the <h1> that <title> starts with, else what Readability makes of <title>', () => {
    const article = [FILLER, FILLER, FILLER];
    expect(readPage(page({ head: '<script type="application/ld+json">{"headline": "Ten drones downed"}</script>', article }))).toMatchObject({ page: { title: 'Ten drones downed' } });
    const plain = readPage(page({ article }));
    expect(plain).toMatchObject({ page: { title: 'Ten drones down' } });
    expect('page' in plain && plain.page.text.startsWith('Ten drones down\n\nResidents')).toBe(true);
    const other = readPage(page({ article }).replace('<h1>Ten drones down</h1>', '<h1>Another story</h1>'));
    expect(other).toMatchObject({ page: { title: 'Ten drones down | Example News' } });
  });
  it('a page nested deeper than Readability can take in time is read whole, without navigation or footer, with a warning', () => {
    const deep = (n: number) => `<html><body><nav>Home</nav>${'<div>'.repeat(n)}<p>Air defences destroyed 12 drones over Bryansk Oblast.</p>${'</div>'.repeat(n)}<footer>© News</footer></body></html>`;
    const started = Date.now();
    expect(readPage(deep(5000))).toEqual({
      page: { text: 'Air defences destroyed 12 drones over Bryansk Oblast.', title: null, date: null, url: null, warnings: [{ code: 'page-too-deep', message: 'elements nested more than 200 deep: the whole page was read, not its article alone' }] },
    });
    // Readability took minutes here, then overflowed the stack.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(readPage(deep(150))).toMatchObject({ page: { text: 'Air defences destroyed 12 drones over Bryansk Oblast.', warnings: [] } });
  });
  it('a page with no text is a problem', () => {
    expect(readPage('<html><head><title></title><script>var x = "5 drones";</script></head><body><nav>Home</nav></body></html>')).toEqual({ problem: 'no article text in the page' });
  });
});

describe('looksLikeHtml', () => {
  it.each(['<!DOCTYPE html><p>x', '\uFEFF  <html lang="en">', '<!-- saved from url=(0042) -->\n<html>', '<body>\n', '<HEAD>'])('%j is HTML', (text) => expect(looksLikeHtml(text)).toBe(true));
  it.each(['Air defences destroyed <b>12</b> drones', '<p>a paragraph</p>', '<!-- never closed <html>', '<htmlx>', '<?xml version="1.0"?><rss>', ''])('%j is not', (text) => expect(looksLikeHtml(text)).toBe(false));
});
