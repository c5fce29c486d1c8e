import { useMutation, useQueryClient } from '@tanstack/react-query';
import { patchChat, type ChatPatch } from '@/api/patch-chat';
import { applyChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';

/**
 * Price and custom fields from the side panel (`PATCH /api/v1/chats/{id}`): the answer (the chat
 * with its fields) replaces the cached chat and its row; errors are shown where one typed.
 */
export function useUpdateChat(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: ChatPatch) => patchChat(chatId, patch),
    onSuccess: (chat) => {
      if (!chat?.id) return;
      qc.setQueryData(queryKeys.chat(chatId), chat);
      applyChatRow(qc, chat);
    },
  });
}
