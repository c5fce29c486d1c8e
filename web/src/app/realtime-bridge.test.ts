import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import type { ChatPage, MessagePage, StreamFrame } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import type { RealtimeConnection, RealtimeListener } from '@/lib/realtime';
import { chatRow, message } from '@/test/fixtures';
import { connectRealtimeToCache } from './realtime-bridge';

function fakeConnection() {
  let listener: RealtimeListener | null = null;
  const connection = {
    subscribe: (l: RealtimeListener) => {
      listener = l;
      return () => (listener = null);
    },
  } as unknown as RealtimeConnection;
  return { connection, emit: (f: StreamFrame) => listener!.onFrame(f), reconnect: () => listener!.onReconnected?.() };
}

describe('realtime → cache', () => {
  it('patches rows and messages, refetches counts, invalidates all after a reconnect', () => {
    const qc = new QueryClient();
    const { connection, emit, reconnect } = fakeConnection();
    const stop = connectRealtimeToCache(connection, qc);
    const row = chatRow();
    qc.setQueryData<InfiniteData<ChatPage>>(queryKeys.chatList('new'), { pages: [{ items: [row], nextCursor: null }], pageParams: [null] });
    qc.setQueryData<InfiniteData<MessagePage>>(queryKeys.messages('c1'), { pages: [{ items: [], prevCursor: null }], pageParams: [null] });
    const invalidate = vi.spyOn(qc, 'invalidateQueries');

    emit({ type: 'chat.updated', chat: { ...row, unreadCount: 5 } });
    expect(qc.getQueryData<InfiniteData<ChatPage>>(queryKeys.chatList('new'))!.pages[0].items[0].unreadCount).toBe(5);

    emit({ type: 'message.created', message: message({ id: 'live', text: 'New!' }) });
    expect(qc.getQueryData<InfiniteData<MessagePage>>(queryKeys.messages('c1'))!.pages[0].items.map((m) => m.id)).toEqual(['live']);

    emit({ type: 'counts.updated' });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.chatCounts });

    reconnect();
    expect(invalidate).toHaveBeenLastCalledWith();
    stop();
  });
});
