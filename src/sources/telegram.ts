/** A Telegram Desktop channel export ("Export chat history", JSON: result.json) as articles, one per message with
 *  text. The file is `{"name", "type", "id", "messages": [...]}`; a message's text is a string, or an array of plain
 *  strings and entity pieces (`{"type": "bold", "text": "..."}`), with the same pieces again in `text_entities`. */
import { dayOf } from './dates.js';

/** What the export says of its channel, before its messages. `username` is not written by every exporter; `--channel`
 *  gives it when missing. */
export interface Channel {
  id: string | null;
  username: string | null;
}

export interface Post {
  /** CHANNEL_ID/MESSAGE_ID (MESSAGE_ID alone when the export gives no channel id). */
  id: string;
  text: string;
  /** The day the message was posted, as the export writes it; forwarded and edited messages keep their own. */
  date: string | null;
  url?: string;
}

export const SKIPS = ['service', 'no text'] as const;
export type Skip = (typeof SKIPS)[number];

export type MessageResult = { post: Post } | { skip: Skip } | { problem: string };

/** A message's text from the export's string or array of pieces; null when it is neither. */
export function textOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return null;
  let text = '';
  for (const piece of value) {
    if (typeof piece === 'string') text += piece;
    else if (typeof piece === 'object' && piece !== null && typeof (piece as { text?: unknown }).text === 'string') text += (piece as { text: string }).text;
    else return null;
  }
  return text;
}

const isId = (value: unknown): value is string | number => (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^[\w-]+$/.test(value));

export function messagePost(message: unknown, channel: Channel): MessageResult {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return { problem: 'not a JSON object' };
  const { id, type, date, text, text_entities: entities } = message as Record<string, unknown>;
  if (!isId(id)) return { problem: '"id" is missing or not a message id' };
  if (type === 'service') return { skip: 'service' };
  const body = text === undefined ? textOf(entities ?? '') : textOf(text);
  if (body === null) return { problem: '"text" is neither a string nor an array of text pieces' };
  // A photo, a file or a sticker with no caption: nothing to read.
  if (body.trim() === '') return { skip: 'no text' };
  const day = typeof date === 'string' ? dayOf(date) : null;
  if (date !== undefined && day === null) return { problem: '"date" is not a date' };
  const post: Post = { id: channel.id === null ? String(id) : `${channel.id}/${id}`, text: body, date: day };
  if (channel.username) post.url = `https://t.me/${channel.username}/${id}`;
  return { post };
}
