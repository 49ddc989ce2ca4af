/** A saved web page as an article: its own text (found by Readability over linkedom's HTML parser), its title, its
 *  publication date and its canonical URL. Never the page's scripts, styles, navigation, banners or comments: a
 *  ticker script's "5 drones" is not a report. */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { Warning } from '../types.js';
import { dayOf } from './dates.js';
import { paragraphs } from './dom-text.js';

export interface Page {
  /** The title, a blank line, then the article's paragraphs, one blank line apart. */
  text: string;
  title: string | null;
  /** The publication day, YYYY-MM-DD, from the page's metadata. */
  date: string | null;
  /** The canonical URL (`<link rel="canonical">`, else `og:url`). */
  url: string | null;
  warnings: Warning[];
}

export type PageResult = { page: Page } | { problem: string };

/** Parts of a page that are never the article; Readability drops most of them itself, but a consent banner beside the
 *  article's container is kept with it ("We use cookies ..."). */
const CHROME = 'script, style, noscript, template, nav, aside, form, iframe, [role="navigation"], [role="dialog"], [id*="cookie" i], [class*="cookie" i], [class*="consent" i]';

/** Where a page states its publication date, most explicit first. */
const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="article:published_time"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="DC.date.issued"]',
];

const content = (doc: Document, selector: string) => doc.querySelector(selector)?.getAttribute('content')?.trim() || null;

/** A field (`datePublished`, `headline`) of a JSON-LD block: the object itself, an array of them, or an `@graph`. */
function jsonLdField(value: unknown, field: string, depth = 0): string | null {
  if (depth > 4 || typeof value !== 'object' || value === null) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = jsonLdField(item, field, depth + 1);
      if (found) return found;
    }
    return null;
  }
  const record = value as Record<string, unknown>;
  if (typeof record[field] === 'string') return record[field];
  return jsonLdField(record['@graph'], field, depth + 1);
}

/** The page's JSON-LD blocks, parsed; a broken block of someone else's metadata is left out. */
function jsonLd(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      blocks.push(JSON.parse(script.textContent ?? ''));
    } catch {
      // the next source of a date or title is tried
    }
  }
  return blocks;
}

function publishedDay(doc: Document, ld: unknown[]): string | null {
  for (const selector of DATE_META) {
    const day = dayOf(content(doc, selector));
    if (day) return day;
  }
  const day = dayOf(jsonLdField(ld, 'datePublished'));
  if (day) return day;
  for (const time of doc.querySelectorAll('time[datetime]')) {
    const day = dayOf(time.getAttribute('datetime'));
    if (day) return day;
  }
  return null;
}

function canonicalUrl(doc: Document): string | null {
  return doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim() || content(doc, 'meta[property="og:url"]');
}

const oneLine = (text: string | null | undefined) => text?.replace(/\s+/g, ' ').trim() || null;

/** The story's own headline, where the page states one: `<title>` often ends in the site's name ("... | The
 *  Courier"), which Readability removes only from longer titles; a first `<h1>` that `<title>` starts with is that
 *  headline without it. */
function headline(doc: Document, ld: unknown[]): string | null {
  const stated = oneLine(content(doc, 'meta[property="og:title"]')) ?? oneLine(jsonLdField(ld, 'headline'));
  if (stated) return stated;
  const h1 = oneLine(doc.querySelector('h1')?.textContent);
  return h1 && oneLine(doc.querySelector('title')?.textContent)?.startsWith(h1) ? h1 : null;
}

/** The title and paragraphs as one text; a first paragraph that repeats the title is left out. */
export function joinText(title: string | null, body: string[]): string {
  const rest = title && body[0] === title ? body.slice(1) : body;
  return (title ? [title, ...rest] : rest).join('\n\n');
}

export function readPage(html: string): PageResult {
  const { document } = parseHTML(html) as unknown as { document: Document };
  // Metadata first: Readability rewrites the document as it goes.
  const ld = jsonLd(document);
  const date = publishedDay(document, ld);
  const url = canonicalUrl(document);
  const stated = headline(document, ld);
  const fallbackTitle = oneLine(document.querySelector('title')?.textContent) ?? oneLine(document.querySelector('h1')?.textContent);
  for (const element of document.querySelectorAll(CHROME)) element.remove();
  const warnings: Warning[] = [];
  let body: string[];
  let found: string | null = null;
  if (document.body && deeperThan(document.body, MAX_DEPTH)) {
    for (const element of document.querySelectorAll('header, footer')) element.remove();
    body = paragraphs(document.body);
    warnings.push({ code: 'page-too-deep', message: `elements nested more than ${MAX_DEPTH} deep: the whole page was read, not its article alone` });
  } else {
    const article = new Readability<Node>(document, { serializer: (node) => node }).parse();
    body = article?.content ? paragraphs(article.content) : [];
    found = oneLine(article?.title);
  }
  const title = stated ?? found ?? fallbackTitle;
  if (!body.length) return { problem: 'no article text in the page' };
  return { page: { text: joinText(title, body), title, date, url, warnings } };
}

/** Readability's time grows steeply with how deep elements nest (measured, one article paragraph inside N <div>s: 100
 *  deep 0.3 s, 400 deep 1 s, 2,000 deep 98 s, 5,000 deep a stack overflow); news pages nest a few dozen deep. */
const MAX_DEPTH = 200;

/** Whether any element below `root` is nested more than `limit` elements deep; walked with a stack of its own. */
function deeperThan(root: Element, limit: number): boolean {
  const stack: [Element, number][] = [[root, 0]];
  while (stack.length) {
    const [element, depth] = stack.pop() as [Element, number];
    if (depth > limit) return true;
    for (const child of element.children) stack.push([child, depth + 1]);
  }
  return false;
}

/** HTML from a feed (an item's description or content): its paragraphs, with the same elements left out as a page's. */
export function htmlParagraphs(html: string): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as { document: Document };
  return paragraphs(document.body);
}
