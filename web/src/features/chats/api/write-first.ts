import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { AddressKind, ChatDetail, PlatformTemplateChoice } from '@/lib/api-types';
import { applyChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';

export interface WriteFirstRequest {
  channelId: string;
  /** Exactly one address. */
  to: Partial<Record<AddressKind, string>>;
  text?: string;
  templateId?: string;
  /** A template the platform approved (WhatsApp), instead of a text. */
  platformTemplate?: PlatformTemplateChoice;
  clientName?: string;
}

/**
 * `POST /api/v1/chats` (write first) → 201 a new chat (Accepted, the caller responsible) or 200
 * the client's existing chat on that channel; the first message is queued either way.
 * 422 with `detail` when the channel cannot write first (or not by that address).
 */
export function writeFirst(request: WriteFirstRequest) {
  return api<ChatDetail>('/api/v1/chats', { method: 'POST', body: request });
}

export function useWriteFirst() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: writeFirst,
    onSuccess: (chat) => {
      if (!chat?.id) return;
      qc.setQueryData(queryKeys.chat(chat.id), chat);
      applyChatRow(qc, chat);
      void qc.invalidateQueries({ queryKey: queryKeys.chatListsOf(chat.category) });
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts });
      void qc.invalidateQueries({ queryKey: queryKeys.messages(chat.id) });
    },
  });
}
