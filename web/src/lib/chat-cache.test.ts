import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { chatRow } from '@/test/fixtures';
import type { ChatPage, ChatRow } from './api-types';
import { applyChatRow, patchChatRow } from './chat-cache';
import { queryKeys } from './query-keys';

const at = (min: number) => new Date(Date.UTC(2026, 0, 1, 12, min)).toISOString();
const page = (...ids: [string, number][]): InfiniteData<ChatPage, string | null> => ({
  pages: [{ items: ids.map(([id, m]) => chatRow({ id, lastActivityAt: at(m) })), nextCursor: null }],
  pageParams: [null],
});
const ids = (qc: QueryClient, c: 'new' | 'accepted') =>
  qc.getQueryData<InfiniteData<ChatPage>>(queryKeys.chatList(c))!.pages[0].items.map((r) => r.id);

describe('applyChatRow', () => {
  it('replaces in place, moves a newer row on top, and moves a row between categories', () => {
    const qc = new QueryClient();
    qc.setQueryData(queryKeys.chatList('new'), page(['a', 30], ['b', 20], ['c', 10]));
    qc.setQueryData(queryKeys.chatList('accepted'), page(['x', 5]));

    applyChatRow(qc, chatRow({ id: 'b', lastActivityAt: at(20), unreadCount: 4 }));
    expect(ids(qc, 'new')).toEqual(['a', 'b', 'c']);
    expect(qc.getQueryData<InfiniteData<ChatPage>>(queryKeys.chatList('new'))!.pages[0].items[1].unreadCount).toBe(4);

    applyChatRow(qc, chatRow({ id: 'c', lastActivityAt: at(40) }));
    expect(ids(qc, 'new')).toEqual(['c', 'a', 'b']);

    applyChatRow(qc, chatRow({ id: 'a', category: 'accepted', lastActivityAt: at(41) }));
    expect(ids(qc, 'new')).toEqual(['c', 'b']);
    expect(ids(qc, 'accepted')).toEqual(['a', 'x']);
  });

  it('ignores a late row older than the cached one, applies an equally old one', () => {
    const qc = new QueryClient();
    qc.setQueryData(queryKeys.chatList('new'), page(['a', 30], ['b', 20]));
    qc.setQueryData(queryKeys.chat('b'), chatRow({ id: 'b', lastActivityAt: at(20) }));
    // A live update: a new message in "b".
    applyChatRow(qc, chatRow({ id: 'b', lastActivityAt: at(40), unreadCount: 1 }));
    // The late answer of "mark read" sent before it.
    applyChatRow(qc, chatRow({ id: 'b', lastActivityAt: at(20), unreadCount: 0 }));
    const rows = () => qc.getQueryData<InfiniteData<ChatPage>>(queryKeys.chatList('new'))!.pages[0].items;
    expect(ids(qc, 'new')).toEqual(['b', 'a']);
    expect(rows()[0].unreadCount).toBe(1);
    expect(qc.getQueryData<ChatRow>(queryKeys.chat('b'))!.unreadCount).toBe(1);

    applyChatRow(qc, chatRow({ id: 'b', lastActivityAt: at(40), unreadCount: 0 }));
    expect(rows()[0].unreadCount).toBe(0);
    expect(qc.getQueryData<ChatRow>(queryKeys.chat('b'))!.unreadCount).toBe(0);
  });

  it('leaves the place of a row in a filtered list to the server: replaced in place, never inserted', () => {
    const qc = new QueryClient();
    qc.setQueryData(queryKeys.chatList('new', 'tag=t1'), page(['a', 30], ['b', 20]));
    const filteredIds = () => qc.getQueryData<InfiniteData<ChatPage>>(queryKeys.chatList('new', 'tag=t1'))!.pages[0].items.map((r) => r.id);

    expect(applyChatRow(qc, chatRow({ id: 'b', lastActivityAt: at(50), unreadCount: 2 }))).toBe(true);
    expect(filteredIds()).toEqual(['a', 'b']);
    expect(qc.getQueryData<InfiniteData<ChatPage>>(queryKeys.chatList('new', 'tag=t1'))!.pages[0].items[1].unreadCount).toBe(2);

    applyChatRow(qc, chatRow({ id: 'z', lastActivityAt: at(60) }));
    expect(filteredIds()).toEqual(['a', 'b']);

    applyChatRow(qc, chatRow({ id: 'a', category: 'archive', lastActivityAt: at(61) }));
    expect(filteredIds()).toEqual(['b']);
  });

  it('patches a row in place everywhere and returns it as it was', () => {
    const qc = new QueryClient();
    qc.setQueryData(queryKeys.chatList('new'), page(['a', 30]));
    qc.setQueryData(queryKeys.chatList('new', 'q=x'), page(['a', 30]));
    const before = patchChatRow(qc, 'a', (row) => ({ ...row, stage: null }));
    expect(before?.stage?.id).toBe('s1');
    for (const key of [queryKeys.chatList('new'), queryKeys.chatList('new', 'q=x')]) {
      expect(qc.getQueryData<InfiniteData<ChatPage>>(key)!.pages[0].items[0].stage).toBeNull();
    }
  });
});
