/** Telling an HTML page from plain text by how it starts, without loading an HTML parser. */
const HTML_START = /^<(?:!doctype\s+html|html|head|body)[\s>]/i;

/** Whether a text is an HTML page, from how it starts after a BOM, white space and comments: `<!doctype html`,
 *  `<html`, `<head` or `<body` within its first 4 KB. */
export function looksLikeHtml(text: string): boolean {
  let head = text.slice(0, 4096).replace(/^\uFEFF/, '').trimStart();
  while (head.startsWith('<!--')) {
    const end = head.indexOf('-->');
    if (end < 0) return false;
    head = head.slice(end + 3).trimStart();
  }
  return HTML_START.test(head);
}
