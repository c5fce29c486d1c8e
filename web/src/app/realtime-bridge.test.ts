import { QueryClient, type InfiniteData } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ChatPage, MessagePage, StreamFrame } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import type { RealtimeConnection, RealtimeListener } from '@/lib/realtime';
import { chatRow, message } from '@/test/fixtures';
import { connectRealtimeToCache, COUNTS_REFRESH_DELAY_MS } from './realtime-bridge';

function fakeConnection() {
  let listener: RealtimeListener | null = null;
  const connection = {
    subscribe: (l: RealtimeListener) => {
      listener = l;
      return () => (listener = null);
    },
  } as unknown as RealtimeConnection;
  return {
    connection,
    emit: (f: StreamFrame) => listener!.onFrame(f),
    reconnect: () => listener!.onReconnected?.(),
    fail: (failures: number) => listener!.onReconnectFailed?.(failures),
  };
}

describe('realtime → cache', () => {
  afterEach(() => vi.useRealTimers());

  it('patches rows and messages, refetches counts, invalidates all after a reconnect', async () => {
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
    await vi.waitFor(() => expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.chatCounts }, { cancelRefetch: false }));

    reconnect();
    expect(invalidate).toHaveBeenLastCalledWith();
    stop();
  });

  it('refetches the detail, client card and tasks of an updated chat, not its whole history', () => {
    const qc = new QueryClient();
    const { connection, emit } = fakeConnection();
    const stop = connectRealtimeToCache(connection, qc);
    const invalidate = vi.spyOn(qc, 'invalidateQueries');
    emit({ type: 'chat.updated', chat: chatRow({ id: 'c7', client: { ...chatRow().client, id: 'cl7' } }) });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.chat('c7'), exact: true });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.tasks('c7') });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.client('cl7') });
    expect(invalidate).not.toHaveBeenCalledWith({ queryKey: queryKeys.messages('c7') });
    stop();
  });

  it('refetches the counters once per burst of counts.updated, without cancelling a request on its way', () => {
    vi.useFakeTimers();
    const qc = new QueryClient();
    const { connection, emit } = fakeConnection();
    const stop = connectRealtimeToCache(connection, qc);
    const invalidate = vi.spyOn(qc, 'invalidateQueries');
    for (let i = 0; i < 20; i++) {
      emit({ type: 'counts.updated' });
      vi.advanceTimersByTime(50);
    }
    expect(invalidate).not.toHaveBeenCalled();
    vi.advanceTimersByTime(COUNTS_REFRESH_DELAY_MS);
    expect(invalidate).toHaveBeenCalledTimes(1);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.chatCounts }, { cancelRefetch: false });
    stop();
  });

  it('refetches every list, the open chat and the counters once after a mass action', () => {
    vi.useFakeTimers();
    const qc = new QueryClient();
    const { connection, emit } = fakeConnection();
    const stop = connectRealtimeToCache(connection, qc);
    const invalidate = vi.spyOn(qc, 'invalidateQueries');
    emit({ type: 'chats.changed', count: 1200 });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.chatLists });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: queryKeys.openChats });
    emit({ type: 'counts.updated' });
    vi.advanceTimersByTime(COUNTS_REFRESH_DELAY_MS);
    expect(invalidate.mock.calls.filter(([filters]) => filters?.queryKey === queryKeys.chatCounts)).toHaveLength(1);
    stop();
  });

  it('checks the session every third failed reconnect (a 401 then shows the sign-in page)', () => {
    const qc = new QueryClient();
    const { connection, fail } = fakeConnection();
    const stop = connectRealtimeToCache(connection, qc);
    const refetch = vi.spyOn(qc, 'refetchQueries').mockResolvedValue();
    fail(1);
    fail(2);
    expect(refetch).not.toHaveBeenCalled();
    fail(3);
    expect(refetch).toHaveBeenCalledWith({ queryKey: queryKeys.me });
    fail(4);
    fail(5);
    fail(6);
    expect(refetch).toHaveBeenCalledTimes(2);
    stop();
  });
});
