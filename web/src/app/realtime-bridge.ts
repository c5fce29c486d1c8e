import type { QueryClient } from '@tanstack/react-query';
import { upsertMessage } from '@/features/chat-window';
import type { Category, ChatRow, StreamFrame } from '@/lib/api-types';
import { applyChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';
import type { RealtimeConnection } from '@/lib/realtime';

const LIST_REFRESH_DELAY_MS = 1500;
/** `counts.updated` can come in storms: one trailing refetch per burst. */
export const COUNTS_REFRESH_DELAY_MS = 400;
/** Every so many failed reconnects, check the session: a 401 then shows the sign-in page. */
export const SESSION_CHECK_EVERY_FAILURES = 3;

/**
 * Live events → TanStack caches: rows and messages are patched in place at once; the list
 * of an affected category is refetched (debounced) to settle positions; the detail, client card
 * and tasks of an updated chat refetch while shown; counters refetch;
 * after a mass action (`chats.changed`) every list, the counters and the open chat refetch.
 */
export function connectRealtimeToCache(connection: RealtimeConnection, qc: QueryClient): () => void {
  const pending = new Set<Category>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let countsTimer: ReturnType<typeof setTimeout> | null = null;

  const refreshListsSoon = (category: Category) => {
    pending.add(category);
    if (timer) return;
    timer = setTimeout(() => {
      timer = null;
      for (const c of pending) void qc.invalidateQueries({ queryKey: queryKeys.chatListsOf(c) });
      pending.clear();
    }, LIST_REFRESH_DELAY_MS);
  };

  const refreshCountsSoon = () => {
    if (countsTimer) clearTimeout(countsTimer);
    countsTimer = setTimeout(() => {
      countsTimer = null;
      // Never cancel a counts request already on its way: it would only be started again.
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts }, { cancelRefetch: false });
    }, COUNTS_REFRESH_DELAY_MS);
  };

  // The row does not carry what the side panel shows (custom fields, the client card, the
  // tasks): those of the open chat are refetched; closed ones are only marked stale.
  const refreshOpenChat = (chat: ChatRow) => {
    void qc.invalidateQueries({ queryKey: queryKeys.chat(chat.id), exact: true });
    void qc.invalidateQueries({ queryKey: queryKeys.tasks(chat.id) });
    if (chat.client?.id) void qc.invalidateQueries({ queryKey: queryKeys.client(chat.client.id) });
  };

  const onFrame = (frame: StreamFrame) => {
    switch (frame.type) {
      case 'chat.created':
      case 'chat.updated':
        if (!frame.chat?.id) return;
        applyChatRow(qc, frame.chat);
        refreshListsSoon(frame.chat.category);
        if (frame.type === 'chat.updated') refreshOpenChat(frame.chat);
        break;
      case 'message.created':
      case 'message.updated':
        if (!frame.message?.id) return;
        upsertMessage(qc, frame.message);
        break;
      case 'counts.updated':
        refreshCountsSoon();
        break;
      case 'chats.changed':
        // A mass action changed many chats at once: one refetch instead of one event per chat.
        void qc.invalidateQueries({ queryKey: queryKeys.chatLists });
        void qc.invalidateQueries({ queryKey: queryKeys.openChats });
        refreshCountsSoon();
        break;
    }
  };

  const unsubscribe = connection.subscribe({
    onFrame,
    // Events may have been missed while disconnected: everything may be stale.
    onReconnected: () => void qc.invalidateQueries(),
    // The socket may keep failing because the session expired: `me` answers null on a 401.
    onReconnectFailed: (failures) => {
      if (failures % SESSION_CHECK_EVERY_FAILURES === 0) void qc.refetchQueries({ queryKey: queryKeys.me });
    },
  });
  return () => {
    unsubscribe();
    if (timer) clearTimeout(timer);
    if (countsTimer) clearTimeout(countsTimer);
  };
}
