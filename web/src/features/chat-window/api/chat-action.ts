import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChatRow } from '@/lib/api-types';
import { applyChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';

export type ChatAction = 'accept' | 'archive' | 'read' | 'unread';

/** `POST /api/v1/chats/{id}/{action}` → the updated row. */
export function postChatAction(chatId: string, action: ChatAction): Promise<ChatRow> {
  return api<ChatRow>(`/api/v1/chats/${encodeURIComponent(chatId)}/${action}`, { method: 'POST' });
}

/** Shared by the four row actions: patch every cached copy, then refresh counters and lists. */
export function useChatAction(chatId: string, action: ChatAction) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => postChatAction(chatId, action),
    onSuccess: (row) => {
      if (row && row.id) applyChatRow(qc, row);
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts });
      if (action === 'accept' || action === 'archive') {
        void qc.invalidateQueries({ queryKey: queryKeys.chatLists });
        // the server wrote an event message into the history
        void qc.invalidateQueries({ queryKey: queryKeys.messages(chatId) });
      }
    },
  });
}
