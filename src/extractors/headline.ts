/** A report's headline: its first sentence when that has no closing stop ("Belgorod apartment block damaged") and
 *  more follows. Its facts are usually given again, more fully, in the body. */
import type { Doc } from '../document.js';
import type { Sentence } from '../text/sentences.js';

const CLOSED = /[.!?]["”»]?\s*$/;

export function headlineOf(doc: Doc): Sentence | null {
  return doc.sentences.length > 1 && !CLOSED.test(doc.sentences[0].text) ? doc.sentences[0] : null;
}
