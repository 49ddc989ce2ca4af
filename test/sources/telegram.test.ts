import { describe, expect, it } from 'vitest';
import type { Token } from 'stream-json/core/parser.js';
import { jsonParser } from 'stream-json/core/parser.js';
import { getManyValues, isMany, none } from 'stream-chain/defs.js';
import { messagePost, textOf } from '../../src/sources/telegram.js';
import { ExportSplitter, type ExportEvent } from '../../src/sources/telegram-stream.js';

const channel = { id: '1987654321', username: null };

describe('textOf: the export\'s string, or its array of plain strings and entity pieces', () => {
  it('joins pieces in order, entity text as written', () => {
    expect(textOf(['Air defences ', { type: 'bold', text: 'destroyed 12 drones' }, ' over ', { type: 'hashtag', text: '#Bryansk' }])).toBe('Air defences destroyed 12 drones over #Bryansk');
    expect(textOf('plain')).toBe('plain');
    expect(textOf([])).toBe('');
  });
  it('anything else is not text', () => {
    expect(textOf(42)).toBeNull();
    expect(textOf([{ type: 'bold' }])).toBeNull();
    expect(textOf([null])).toBeNull();
  });
});

describe('messagePost', () => {
  it('a message with text: CHANNEL_ID/MESSAGE_ID, its own day, a t.me link only with a public name', () => {
    const message = { id: 57, type: 'message', date: '2024-12-14T06:05:10', edited: '2024-12-16T10:00:00', text: 'Seven drones were shot down.' };
    expect(messagePost(message, channel)).toEqual({ post: { id: '1987654321/57', text: 'Seven drones were shot down.', date: '2024-12-14' } });
    expect(messagePost(message, { id: '1987654321', username: 'regional_watch' })).toMatchObject({ post: { url: 'https://t.me/regional_watch/57' } });
    expect(messagePost(message, { id: null, username: null })).toMatchObject({ post: { id: '57' } });
  });
  it('text_entities when there is no text field', () => {
    expect(messagePost({ id: 3, type: 'message', date: '2024-12-14T06:05:10', text_entities: [{ type: 'plain', text: 'Nine drones.' }] }, channel)).toMatchObject({ post: { text: 'Nine drones.' } });
  });
  it('service messages and media without a caption are skipped', () => {
    expect(messagePost({ id: 1, type: 'service', action: 'pin_message', text: '' }, channel)).toEqual({ skip: 'service' });
    expect(messagePost({ id: 2, type: 'message', photo: 'photos/1.jpg', text: '', text_entities: [] }, channel)).toEqual({ skip: 'no text' });
    expect(messagePost({ id: 2, type: 'message', file: 'video_files/1.mp4', text: ' \n' }, channel)).toEqual({ skip: 'no text' });
  });
  it('malformed messages are problems', () => {
    expect(messagePost('hello', channel)).toEqual({ problem: 'not a JSON object' });
    expect(messagePost({ type: 'message', text: 'x' }, channel)).toEqual({ problem: '"id" is missing or not a message id' });
    expect(messagePost({ id: 4, type: 'message', text: { a: 1 } }, channel)).toMatchObject({ problem: expect.stringContaining('"text"') });
    expect(messagePost({ id: 4, type: 'message', date: 'soon', text: 'x' }, channel)).toEqual({ problem: '"date" is not a date' });
  });
});

/** The events of a JSON text cut into chunks of `size` characters. */
function split(json: string, size: number): ExportEvent[] {
  const parse = jsonParser({ packValues: true, streamValues: false });
  const splitter = new ExportSplitter();
  const tokens = (out: unknown) => (isMany(out) ? getManyValues(out) : []) as Token[];
  const events: ExportEvent[] = [];
  for (let i = 0; i < json.length; i += size) events.push(...splitter.push(tokens(parse(json.slice(i, i + size)))));
  events.push(...splitter.push(tokens(parse(none as unknown as string))));
  expect(splitter.problem()).toBeNull();
  return events;
}

describe('ExportSplitter: top-level fields and one message at a time, however the text is cut', () => {
  const json = JSON.stringify({
    name: 'Regional Watch',
    type: 'public_channel',
    id: 1987654321,
    about: { nested: { id: 5, messages: [1, 2] } },
    messages: [{ id: 1, type: 'service' }, { id: 2, text: ['a', { type: 'bold', text: 'b' }], nested: [[{}]] }, 7],
    after: 'x',
  });
  it.each([1, 3, 17, json.length])('chunks of %d', (size) => {
    expect(split(json, size)).toEqual([
      { field: 'name', value: 'Regional Watch' },
      { field: 'type', value: 'public_channel' },
      { field: 'id', value: 1987654321 },
      { message: { id: 1, type: 'service' }, index: 1 },
      { message: { id: 2, text: ['a', { type: 'bold', text: 'b' }], nested: [[{}]] }, index: 2 },
      { message: 7, index: 3 },
      { field: 'after', value: 'x' },
    ]);
  });
  it('not an export: a top-level array, or an object without messages', () => {
    for (const [text, problem] of [
      ['[{"id": 1}]', 'not a Telegram export'],
      ['{"about": "x", "chats": {"list": [{"messages": []}]}}', 'no "messages" array'],
    ]) {
      const splitter = new ExportSplitter();
      const parse = jsonParser({ packValues: true, streamValues: false });
      splitter.push(getManyValues(parse(text) as never) as Token[]);
      expect(splitter.problem()).toContain(problem);
    }
  });
});
