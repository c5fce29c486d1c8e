import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { api, errorMessage } from '@/lib/api-client';
import type { ChatDetail, ChatRow, Money } from '@/lib/api-types';
import { applyChatRow, patchChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';

/** What can be edited on a chat: the list edits stage and responsible, the side panel all of them. */
export interface ChatPatch {
  stageId?: string;
  /** null clears the responsible. */
  responsibleId?: string | null;
  /** null clears the price. */
  price?: Money | null;
  /** Merged into the chat's custom fields; a null value removes a field. */
  fields?: Record<string, unknown>;
}

/** `PATCH /api/v1/chats/{id}` → the chat as `GET /api/v1/chats/{id}` answers it. */
export function patchChat(chatId: string, patch: ChatPatch) {
  return api<ChatDetail>(`/api/v1/chats/${encodeURIComponent(chatId)}`, { method: 'PATCH', body: patch });
}

interface EditVariables {
  chatId: string;
  patch: ChatPatch;
  /** The row as it should look at once. */
  optimistic: (row: ChatRow) => ChatRow;
}

/**
 * An edit in the row (stage, responsible): the cached row changes at once, rolls back with an
 * error toast when the server refuses; the server's answer (and live `chat.updated`) settles it.
 */
export function useEditChat() {
  const qc = useQueryClient();
  const toast = useToast();
  const { t } = useI18n();
  return useMutation({
    mutationFn: ({ chatId, patch }: EditVariables) => patchChat(chatId, patch),
    onMutate: async ({ chatId, optimistic }: EditVariables) => {
      await qc.cancelQueries({ queryKey: queryKeys.chat(chatId), exact: true });
      const before = patchChatRow(qc, chatId, optimistic);
      return { before };
    },
    onError: (error, { chatId }, context) => {
      const before = context?.before;
      if (before) {
        patchChatRow(qc, chatId, (row) => ({ ...row, stage: before.stage, responsible: before.responsible, price: before.price, category: before.category }));
      }
      toast.show(errorMessage(error, t('chats.editFailed')), 'error');
    },
    onSuccess: (chat, { chatId }, context) => {
      if (chat?.id) applyChatRow(qc, chat);
      // A stage of another group moves the chat to another tab; a filtered list may no longer match.
      const moved = Boolean(context?.before && chat?.category !== context.before.category);
      void qc.invalidateQueries({ queryKey: queryKeys.chatLists, predicate: (q) => moved || Boolean(q.queryKey[3]) });
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts });
      void qc.invalidateQueries({ queryKey: queryKeys.messages(chatId) });
    },
  });
}
