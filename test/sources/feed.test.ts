import { describe, expect, it } from 'vitest';
import { readFeed } from '../../src/sources/feed.js';

const rss = (items: string) => `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>${items}</channel></rss>`;
const atom = (entries: string) => `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>${entries}</feed>`;

describe('readFeed: RSS 2.0', () => {
  it('an item: title and content:encoded (over description), HTML read as a page is, guid, link, pubDate as written', () => {
    const result = readFeed(rss(`<item><title>Drones &amp; debris</title><link>https://n.example/1</link><guid isPermaLink="false">n-1</guid><pubDate>Sun, 15 Dec 2024 01:30:00 +0300</pubDate>
<description>Short.</description><content:encoded><![CDATA[<p>Air defences destroyed 14 drones.</p><script>var t = "5 drones";</script><p>Two houses were damaged.</p>]]></content:encoded></item>`));
    expect(result).toEqual({
      items: [{ item: { title: 'Drones & debris', text: 'Drones & debris\n\nAir defences destroyed 14 drones.\n\nTwo houses were damaged.', id: 'n-1', url: 'https://n.example/1', date: '2024-12-15', warnings: [] } }],
    });
  });
  it('an escaped HTML description; an item with no guid; a date that is not one is a warning', () => {
    const result = readFeed(rss('<item><title>T</title><description>&lt;p&gt;One.&lt;/p&gt;&lt;p&gt;Two&amp;nbsp;drones.&lt;/p&gt;</description><pubDate>someday</pubDate></item>'));
    expect(result).toEqual({
      items: [{ item: { title: 'T', text: 'T\n\nOne.\n\nTwo drones.', id: null, url: null, date: null, warnings: [{ code: 'unreadable-date', message: 'the item\'s date "someday" is not a date' }] } }],
    });
  });
  it('an item with neither title nor text is a problem naming it; the others stay', () => {
    const result = readFeed(rss('<item><title>A</title></item><item><link>https://n.example/2</link></item><item><description>C</description></item>'));
    expect(result).toMatchObject({ items: [{ item: { text: 'A' } }, { problem: 'no title, description or content', index: 2 }, { item: { text: 'C' } }] });
  });
});

describe('readFeed: Atom', () => {
  it('content type html, xhtml and text; alternate link; published over updated', () => {
    const result = readFeed(
      atom(`<entry><title>One</title><link rel="self" href="https://n.example/self"/><link rel="alternate" href="https://n.example/1"/><id>tag:n,1</id><published>2024-11-28T09:10:00+02:00</published><updated>2024-11-29T00:00:00Z</updated>
<content type="html">&lt;p&gt;Air defences shot down 31 drones.&lt;/p&gt;&lt;style&gt;p{}&lt;/style&gt;</content></entry>
<entry><title type="html">Two &amp;amp; three</title><link href="https://n.example/2"/><id>tag:n,2</id><updated>2024-11-27T22:15:00+02:00</updated><content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Para <b>one</b>.</p><p>Para two.</p></div></content></entry>
<entry><title>Three</title><id>tag:n,3</id><summary>Line &lt;one&gt; &amp; more.

Second paragraph. <![CDATA[<kept as text>]]></summary></entry>`),
    );
    expect(result).toEqual({
      items: [
        { item: { title: 'One', text: 'One\n\nAir defences shot down 31 drones.', id: 'tag:n,1', url: 'https://n.example/1', date: '2024-11-28', warnings: [] } },
        { item: { title: 'Two & three', text: 'Two & three\n\nPara one.\n\nPara two.', id: 'tag:n,2', url: 'https://n.example/2', date: '2024-11-27', warnings: [] } },
        { item: { title: 'Three', text: 'Three\n\nLine <one> & more.\n\nSecond paragraph. <kept as text>', id: 'tag:n,3', url: null, date: null, warnings: [] } },
      ],
    });
  });
});

describe('readFeed: not a feed', () => {
  it('XML that is not well-formed: the line and what is wrong', () => {
    expect(readFeed(rss('<item><title>A</item>'))).toEqual({ problem: expect.stringMatching(/^not well-formed XML \(line 1: Expected closing tag 'title'/) });
  });
  it('well-formed XML of another kind', () => {
    expect(readFeed('<?xml version="1.0"?><html><body/></html>')).toEqual({ problem: 'neither an RSS 2.0 nor an Atom feed (no <rss><channel> or <feed>)' });
  });
  it('entities declared in a DOCTYPE are not expanded ("billion laughs" stays small)', () => {
    const levels = Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const xml = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">${levels}]><rss version="2.0"><channel><item><title>&l9;</title></item></channel></rss>`;
    const result = readFeed(xml);
    expect('items' in result && result.items.map((i) => ('item' in i ? i.item.text.length : -1))[0]).toBeLessThan(100);
  });
  it('XML nested past the parser\'s limit is a problem, not a crash', () => {
    expect(readFeed(rss(`<item><title>T</title><description>${'<x>'.repeat(20_000)}${'</x>'.repeat(20_000)}</description></item>`))).toEqual({ problem: expect.stringMatching(/^could not be read \(.+\)$/) });
  });
  it('an empty feed has no items and no problem', () => {
    expect(readFeed(rss(''))).toEqual({ items: [] });
  });
});
