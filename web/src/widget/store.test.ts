import { describe, expect, it } from 'vitest';
import { Conversation } from './store';
import type { Message } from './types';

const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 10, minute)).toISOString();

function message(id: number | string, minute: number, fields: Partial<Message> = {}): Message {
  return { id, clientId: null, from: 'operator', text: `#${id}`, author: 'Anna', attachments: [], createdAt: at(minute), read: false, ...fields };
}

const texts = (c: Conversation) => c.list().map((e) => e.text);

describe('Conversation', () => {
  it('orders by time, then by id (numerically when the ids are numbers)', () => {
    const c = new Conversation();
    c.upsert([message(10, 5), message(9, 5), message(100, 1), message(2, 7)]);
    expect(texts(c)).toEqual(['#100', '#9', '#10', '#2']);
    // the cursors are the highest and lowest ids, not the last and first by time
    expect(c.newestId()).toBe(100);
    expect(c.oldestId()).toBe(2);
  });

  it('replaces the optimistic message by the server’s one with the same clientId, keeping its key', () => {
    const c = new Conversation();
    const own = c.addOwn('client-1', 'Hello');
    c.upsert([message(1, 0)]);
    expect(texts(c)).toEqual(['#1', 'Hello']);
    expect(c.newestId()).toBe(1);

    c.upsert([message(2, 1, { from: 'visitor', clientId: 'client-1', text: 'Hello' })]);
    expect(c.list()).toHaveLength(2);
    expect(c.find(own.key)).toMatchObject({ id: 2, delivery: 'sent' });
    expect(c.newestId()).toBe(2);
  });

  it('keeps unsent messages after the server’s ones, in the order written', () => {
    const c = new Conversation();
    c.addOwn('a', 'first');
    c.addOwn('b', 'second');
    c.upsert([message(1, 59)]);
    expect(texts(c)).toEqual(['#1', 'first', 'second']);
  });

  it('updates a message by id and counts only new unread operator messages as new', () => {
    const c = new Conversation();
    expect(c.upsert([message(1, 0), message(2, 1, { from: 'visitor' })])).toBe(1);
    expect(c.upsert([message(1, 0, { text: 'edited' })])).toBe(0);
    expect(texts(c)).toEqual(['edited', '#2']);
  });

  it('marks the operator’s messages read and answers the newest one’s id only when something was unread', () => {
    const c = new Conversation();
    c.upsert([message(1, 0), message(2, 1), message(3, 2, { from: 'visitor' })]);
    expect(c.unread()).toBe(2);
    expect(c.markRead()).toBe(2);
    expect(c.unread()).toBe(0);
    expect(c.markRead()).toBeNull();
    // an older copy from a catch-up does not make it unread again
    c.upsert([message(2, 1, { read: false })]);
    expect(c.unread()).toBe(0);
  });

  it('takes the highest id as the newest even when its time is earlier (UUIDv7 ids compare as strings)', () => {
    const c = new Conversation();
    const lower = '01900000-0000-7000-8000-00000000000a';
    const higher = '01900000-0000-7000-8000-00000000000b';
    c.upsert([message(higher, 1), message(lower, 2)]);
    expect(texts(c)).toEqual([`#${higher}`, `#${lower}`]);
    expect(c.newestId()).toBe(higher);
    expect(c.oldestId()).toBe(lower);
    expect(c.markRead()).toBe(higher);
  });

  it('keeps the read receipt to send until the server confirms it', () => {
    const c = new Conversation();
    c.upsert([message(1, 0), message(2, 1)]);
    expect(c.receipt()).toBeNull();
    c.markRead();
    expect(c.receipt()).toBe(2);
    c.acknowledge(2);
    expect(c.receipt()).toBeNull();

    c.upsert([message(3, 2)]);
    c.markRead();
    expect(c.receipt()).toBe(3);
    // a late confirmation of an older receipt changes nothing
    c.acknowledge(1);
    expect(c.receipt()).toBe(3);
    c.reset();
    expect(c.receipt()).toBeNull();
  });

  it('takes hasOlder from the latest and older pages but not from catch-up pages', () => {
    const c = new Conversation();
    c.take({ items: [message(5, 5)], hasOlder: true, contact: { name: 'Ann', phone: null } }, 'latest');
    expect(c.hasOlder).toBe(true);
    expect(c.contact.name).toBe('Ann');
    c.take({ items: [message(6, 6)], hasOlder: false, contact: { name: 'Ann', phone: null } }, 'newer');
    expect(c.hasOlder).toBe(true);
    c.take({ items: [message(4, 4)], hasOlder: false, contact: { name: 'Ann', phone: null } }, 'older');
    expect(c.hasOlder).toBe(false);
    expect(texts(c)).toEqual(['#4', '#5', '#6']);
  });

  it('does not lose a saved contact to a page read before it was saved', () => {
    const c = new Conversation();
    c.contact = { name: 'Maria', phone: '+79161234567' };
    c.take({ items: [], hasOlder: false, contact: { name: null, phone: null } }, 'latest');
    expect(c.contact).toEqual({ name: 'Maria', phone: '+79161234567' });
  });

  it('forgets the server’s history for a new visitor but keeps unsent messages to retry', () => {
    const c = new Conversation();
    c.upsert([message(1, 0)]);
    c.addOwn('x', 'typed before the token was refused');
    c.reset();
    expect(c.list()).toEqual([expect.objectContaining({ key: 'x', delivery: 'failed' })]);
    expect(c.contact).toEqual({ name: null, phone: null });
  });
});
