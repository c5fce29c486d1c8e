import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { chatRow } from '@/test/fixtures';
import type { ChatPage } from './api-types';
import { applyChatRow } from './chat-cache';
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
});
