/** An RSS 2.0 or Atom feed (fast-xml-parser) as articles: one per item, its title and content (or description, or
 *  summary) as the text, HTML in it read as a page's is, the item's date and link as reference date and url. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Warning } from '../types.js';
import { dayOf } from './dates.js';
import { htmlParagraphs, joinText } from './html.js';

export interface FeedItem {
  text: string;
  title: string | null;
  /** The guid (RSS) or id (Atom). */
  id: string | null;
  url: string | null;
  date: string | null;
  warnings: Warning[];
}

/** An item, or why item N (from 1) gives none. */
export type ItemResult = { item: FeedItem } | { problem: string; index: number };
export type FeedResult = { items: ItemResult[] } | { problem: string };

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  // A guid of "123" stays the string it is.
  parseTagValue: false,
  parseAttributeValue: false,
  // "&nbsp;" in a feed is not XML, but feeds write it.
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
  // Atom's xhtml content is markup, not a tree of fields: kept as written, and read as HTML.
  stopNodes: ['feed.entry.content', 'feed.entry.summary'],
});

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A field's text: a string, or an element with attributes whose text is `#text`. */
function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (isNode(value) && typeof value['#text'] === 'string') return value['#text'];
  return null;
}

const XML_ENTITY = /&(?:#(?<dec>\d{1,7})|#x(?<hex>[\da-fA-F]{1,6})|(?<name>lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const CDATA_OPEN = '<![CDATA[';
const CDATA_CLOSE = ']]>';

const decodeEntities = (text: string) =>
  text.replace(XML_ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (name) return NAMED[name];
    const code = dec ? Number(dec) : parseInt(hex ?? '', 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** Escaped XML character data as the text it stands for: CDATA sections unwrapped and kept as written, character
 *  references decoded elsewhere. */
function unescapeXml(raw: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = raw.indexOf(CDATA_OPEN, at);
    const close = open < 0 ? -1 : raw.indexOf(CDATA_CLOSE, open + CDATA_OPEN.length);
    if (close < 0) break;
    out += decodeEntities(raw.slice(at, open)) + raw.slice(open + CDATA_OPEN.length, close);
    at = close + CDATA_CLOSE.length;
  }
  return out + decodeEntities(raw.slice(at));
}

/** Paragraphs of an Atom text construct kept raw (a stop node): type text, html or xhtml. */
function atomParagraphs(value: unknown): string[] {
  const raw = textOf(value);
  if (raw === null) return [];
  const type = isNode(value) ? value['@type'] : undefined;
  if (type === 'xhtml') return htmlParagraphs(raw);
  const text = unescapeXml(raw);
  return type === 'html' ? htmlParagraphs(text) : plainParagraphs(text);
}

function plainParagraphs(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** RSS description and content:encoded are HTML (escaped or in CDATA), which the parser has already unescaped. */
const rssParagraphs = (value: unknown): string[] => htmlParagraphs(textOf(value) ?? '');

function atomLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  const alternate = links.find((l) => isNode(l) && (l['@rel'] === undefined || l['@rel'] === 'alternate')) ?? links[0];
  return isNode(alternate) && typeof alternate['@href'] === 'string' ? alternate['@href'] : null;
}

function rssLink(links: unknown): string | null {
  if (!Array.isArray(links)) return null;
  for (const link of links) {
    const text = textOf(link)?.trim();
    if (text) return text;
  }
  return null;
}

/** The fields of an item, whichever dialect it is written in. */
interface Fields {
  title: string | null;
  body: string[];
  id: string | null;
  url: string | null;
  date: string | null;
}

function rssFields(item: Node): Fields {
  const content = item['content:encoded'] ?? item.description;
  return {
    title: textOf(item.title),
    body: rssParagraphs(content),
    id: textOf(item.guid),
    url: rssLink(item.link),
    date: textOf(item.pubDate) ?? textOf(item['dc:date']),
  };
}

function atomFields(entry: Node): Fields {
  const titleType = isNode(entry.title) ? entry.title['@type'] : undefined;
  const title = textOf(entry.title);
  return {
    title: title !== null && titleType === 'html' ? htmlParagraphs(title).join(' ') : title,
    body: atomParagraphs(entry.content ?? entry.summary),
    id: textOf(entry.id),
    url: atomLink(entry.link),
    date: textOf(entry.published) ?? textOf(entry.updated),
  };
}

function itemOf(fields: Fields, index: number): ItemResult {
  const title = fields.title?.replace(/\s+/g, ' ').trim() || null;
  if (!title && !fields.body.length) return { problem: 'no title, description or content', index };
  const date = dayOf(fields.date);
  const warnings: Warning[] = [];
  if (fields.date && !date) warnings.push({ code: 'unreadable-date', message: `the item's date "${fields.date.slice(0, 60)}" is not a date` });
  return { item: { text: joinText(title, fields.body), title, id: fields.id?.trim() || null, url: fields.url, date, warnings } };
}

export function readFeed(xml: string): FeedResult {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) return { problem: `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})` };
  let doc: Node;
  try {
    doc = parser.parse(xml) as Node;
  } catch (err) {
    // Well-formed, but past the parser's own limits ("Maximum nested tags exceeded"): bad input, not a bug.
    return { problem: `could not be read (${(err as Error).message})` };
  }
  const rss = isNode(doc.rss) ? doc.rss.channel : isNode(doc['rdf:RDF']) ? doc['rdf:RDF'] : undefined;
  if (isNode(rss)) return { items: ((rss.item as unknown[] | undefined) ?? []).map((item, i) => (isNode(item) ? itemOf(rssFields(item), i + 1) : { problem: 'an empty item', index: i + 1 })) };
  if (isNode(doc.feed)) return { items: ((doc.feed.entry as unknown[] | undefined) ?? []).map((entry, i) => (isNode(entry) ? itemOf(atomFields(entry), i + 1) : { problem: 'an empty entry', index: i + 1 })) };
  return { problem: 'neither an RSS 2.0 nor an Atom feed (no <rss><channel> or <feed>)' };
}
