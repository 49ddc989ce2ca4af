/** A Telegram export's JSON tokens (stream-json's parser) into its channel fields and its messages, one message at a
 *  time: only the message being read is ever assembled, so a 500 MB export is read in flat memory. */
import Assembler from 'stream-json/core/assembler.js';
import type { Token } from 'stream-json/core/parser.js';

/** A top-level field with a plain value (`"id": 1234`, `"name": "..."`), or a message, numbered from 1. */
export type ExportEvent = { field: string; value: string | number | boolean | null } | { message: unknown; index: number };

export class ExportSplitter {
  /** Containers open: 1 inside the top-level object, 2 inside its `messages` array. */
  private depth = 0;
  private key: string | null = null;
  private inMessages = false;
  private message: Assembler | null = null;
  private count = 0;
  /** The top level was an object. */
  private object = false;
  /** A top-level `messages` array was met. */
  sawMessages = false;

  /** The events the tokens complete, in order. */
  push(tokens: Iterable<Token>): ExportEvent[] {
    const events: ExportEvent[] = [];
    for (const token of tokens) {
      if (this.message) {
        this.message.consume(token);
        if (this.message.done) {
          events.push({ message: this.message.current, index: ++this.count });
          this.message = null;
        }
        continue;
      }
      switch (token.name) {
        case 'startObject':
        case 'startArray':
          if (this.inMessages && this.depth === 2) {
            this.message = new Assembler();
            this.message.consume(token);
            break;
          }
          if (this.depth === 0) this.object = token.name === 'startObject';
          this.depth++;
          if (this.depth === 2 && this.key === 'messages' && token.name === 'startArray') {
            this.inMessages = true;
            this.sawMessages = true;
          }
          break;
        case 'endObject':
        case 'endArray':
          if (this.depth === 2) this.inMessages = false;
          this.depth--;
          break;
        case 'keyValue':
          if (this.depth === 1) this.key = token.value;
          break;
        case 'stringValue':
        case 'numberValue':
        case 'nullValue':
        case 'trueValue':
        case 'falseValue': {
          const value = token.name === 'numberValue' ? Number(token.value) : token.value;
          if (this.inMessages && this.depth === 2) events.push({ message: value, index: ++this.count });
          else if (this.depth === 1 && this.key !== null) events.push({ field: this.key, value });
          break;
        }
        default:
          break;
      }
    }
    return events;
  }

  /** What is wrong with the export as a whole once it has all been read, or null. */
  problem(): string | null {
    if (!this.object) return 'not a Telegram export (expected a JSON object with "messages")';
    if (!this.sawMessages) return 'no "messages" array: not a Telegram Desktop chat export';
    return null;
  }
}
