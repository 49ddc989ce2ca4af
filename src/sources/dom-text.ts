/** The readable text of an HTML element, as paragraphs: what a reader sees, never what a script, style sheet,
 *  navigation bar or comment holds. The text is what the extractor reads, so evidence offsets index it. */

/** Elements whose content is never text to read: code, styling, navigation, controls, embedded media. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'IFRAME', 'SVG', 'MATH', 'FORM', 'BUTTON', 'SELECT', 'TEXTAREA', 'HEAD', 'OBJECT', 'EMBED', 'CANVAS', 'AUDIO', 'VIDEO', 'MAP']);

/** Elements that start and end a paragraph: their text is never run together with the text around them. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'BR', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE',
  'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** HTML whitespace, and the no-break spaces pages put between a number and its noun ("14&nbsp;drones"). */
const SPACE = /[\s\u00a0]+/g;

/** The paragraphs under `root`, each with its whitespace collapsed, empty ones left out. Walked with a stack of its
 *  own: a page of 20,000 nested elements must not overflow the call stack. */
export function paragraphs(root: Node): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const paragraph = current.replace(SPACE, ' ').trim();
    if (paragraph) out.push(paragraph);
    current = '';
  };
  // An entry is a node to enter, or `null` for "a block just ended".
  const stack: (Node | null)[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (node === null) {
      flush();
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue; // comments, processing instructions
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED.has(tag)) continue;
    const block = BLOCKS.has(tag);
    if (block) {
      flush();
      stack.push(null);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  flush();
  return out;
}
