import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChatRow, Tag } from '@/lib/api-types';
import { applyChatRow, patchChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/v1/chats/{id}/tags` `{tagIds}` → the row. */
export function addChatTags(chatId: string, tagIds: string[]) {
  return api<ChatRow>(`/api/v1/chats/${encodeURIComponent(chatId)}/tags`, { method: 'POST', body: { tagIds } });
}

/** `DELETE /api/v1/chats/{id}/tags/{tagId}` → the row. */
export function removeChatTag(chatId: string, tagId: string) {
  return api<ChatRow>(`/api/v1/chats/${encodeURIComponent(chatId)}/tags/${encodeURIComponent(tagId)}`, { method: 'DELETE' });
}

/** Adds or removes one tag: the chip shows (or goes) at once and comes back if refused. */
export function useToggleChatTag(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ tag, add }: { tag: Tag; add: boolean }) => (add ? addChatTags(chatId, [tag.id]) : removeChatTag(chatId, tag.id)),
    onMutate: ({ tag, add }) => {
      const before = patchChatRow(qc, chatId, (row) => ({
        ...row,
        tags: add ? [...row.tags.filter((t) => t.id !== tag.id), tag] : row.tags.filter((t) => t.id !== tag.id),
      }));
      return { before };
    },
    onError: (_error, _vars, context) => {
      const tags = context?.before?.tags;
      if (tags) patchChatRow(qc, chatId, (row) => ({ ...row, tags }));
    },
    onSuccess: (row) => {
      if (row?.id) applyChatRow(qc, row);
      // a filtered list (by tag) may no longer match
      void qc.invalidateQueries({ queryKey: queryKeys.chatLists, predicate: (q) => Boolean(q.queryKey[3]) });
    },
  });
}
