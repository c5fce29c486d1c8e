import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { Message, MessagePage, MessageStatus } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export type MessagesData = InfiniteData<MessagePage, string | null>;

const RANK: Record<MessageStatus, number> = { queued: 0, sent: 1, delivered: 2, read: 3, failed: 0 };

/** Merges a newer copy of a message; a late "queued"/"sent" never downgrades a delivery receipt. */
export function mergeMessage(existing: Message, incoming: Message): Message {
  const merged: Message = { ...existing, ...incoming, pendingKey: undefined };
  const a = existing.status;
  const b = incoming.status;
  if (a && b && a !== 'failed' && b !== 'failed' && RANK[b] < RANK[a]) {
    merged.status = a;
  }
  return merged;
}

function mapMessages(data: MessagesData, fn: (m: Message) => Message | null): MessagesData {
  return {
    ...data,
    pages: data.pages.map((page) => ({
      ...page,
      items: page.items.map(fn).filter((m): m is Message => m !== null),
    })),
  };
}

function contains(data: MessagesData, predicate: (m: Message) => boolean): boolean {
  return data.pages.some((page) => page.items.some(predicate));
}

/** Server ids are time-ordered (UUIDv7): their text order is the order they were written in. */
const SERVER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function writtenAfter(item: Message, message: Message): boolean {
  return SERVER_ID.test(item.id) && SERVER_ID.test(message.id) && item.id > message.id;
}

/**
 * Adds a message as the newest; a server message that was written before some already shown
 * (an event line arriving after the answer that caused it) goes in its place among them.
 */
function append(data: MessagesData, message: Message): MessagesData {
  if (data.pages.length === 0) return { ...data, pages: [{ items: [message], prevCursor: null }], pageParams: [null] };
  const [newest, ...older] = data.pages;
  const items = [...newest.items];
  let at = items.length;
  while (at > 0 && writtenAfter(items[at - 1], message)) at--;
  items.splice(at, 0, message);
  return { ...data, pages: [{ ...newest, items }, ...older] };
}

/**
 * A message from the server (answer or live event): replaces the copy with the same id,
 * or the optimistic copy it confirms, or is appended as the newest.
 */
export function upsertMessage(qc: QueryClient, message: Message): void {
  qc.setQueryData<MessagesData>(queryKeys.messages(message.chatId), (data) => {
    if (!data) return data;
    if (contains(data, (m) => m.id === message.id)) {
      return mapMessages(data, (m) => (m.id === message.id ? mergeMessage(m, message) : m));
    }
    if (message.direction === 'out' || message.direction === 'note') {
      const text = (message.text ?? '').trim();
      let replaced = false;
      const next = mapMessages(data, (m) => {
        if (!replaced && m.pendingKey && m.direction === message.direction && (m.text ?? '').trim() === text && m.status !== 'failed') {
          replaced = true;
          return mergeMessage(m, message);
        }
        return m;
      });
      if (replaced) return next;
    }
    return append(data, message);
  });
}

export function addPendingMessage(qc: QueryClient, message: Message): void {
  qc.setQueryData<MessagesData>(queryKeys.messages(message.chatId), (data) => (data ? append(data, message) : data));
}

/** The server answered the POST: the optimistic copy becomes the real message (once). */
export function confirmPendingMessage(qc: QueryClient, pendingKey: string, message: Message): void {
  qc.setQueryData<MessagesData>(queryKeys.messages(message.chatId), (data) => {
    if (!data) return data;
    if (contains(data, (m) => m.id === message.id)) {
      // A live event already brought it: drop the optimistic copy and merge.
      return mapMessages(data, (m) => {
        if (m.pendingKey === pendingKey) return null;
        return m.id === message.id ? mergeMessage(m, message) : m;
      });
    }
    if (contains(data, (m) => m.pendingKey === pendingKey)) {
      return mapMessages(data, (m) => (m.pendingKey === pendingKey ? mergeMessage(m, message) : m));
    }
    return append(data, message);
  });
}

export function patchPendingMessage(qc: QueryClient, chatId: string, pendingKey: string, patch: Partial<Message>): void {
  qc.setQueryData<MessagesData>(queryKeys.messages(chatId), (data) =>
    data ? mapMessages(data, (m) => (m.pendingKey === pendingKey ? { ...m, ...patch } : m)) : data,
  );
}

/**
 * A send failed: marks its optimistic copy failed. When a refetch replaced the history and the
 * copy is gone, it is put back as the newest, so the failure and its Retry stay visible.
 */
export function failPendingMessage(qc: QueryClient, copy: Message, error: string): void {
  qc.setQueryData<MessagesData>(queryKeys.messages(copy.chatId), (data) => {
    if (!data) return data;
    const key = copy.pendingKey;
    if (key && contains(data, (m) => m.pendingKey === key)) {
      return mapMessages(data, (m) => (m.pendingKey === key ? { ...m, status: 'failed', error } : m));
    }
    return append(data, { ...copy, status: 'failed', error });
  });
}

export function patchMessage(qc: QueryClient, chatId: string, messageId: string, patch: Partial<Message>): void {
  qc.setQueryData<MessagesData>(queryKeys.messages(chatId), (data) =>
    data ? mapMessages(data, (m) => (m.id === messageId ? { ...m, ...patch } : m)) : data,
  );
}
