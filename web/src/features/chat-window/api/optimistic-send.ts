import { useMutation, useQueryClient } from '@tanstack/react-query';
import { errorMessage } from '@/lib/api-client';
import type { Attachment, Message, ReplyTo, UserRef } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { addPendingMessage, confirmPendingMessage, failPendingMessage, patchPendingMessage } from './messages-cache';

export interface SendInput {
  text: string;
  /** Uploaded files to send with the text (replies only). */
  attachments?: Attachment[];
  /** Idempotency key; also identifies the optimistic copy. Reused when retrying a failed send. */
  key: string;
  /** In a comment chat: under which comment, or in direct messages. */
  replyTo?: ReplyTo;
  /** Set when retrying an optimistic copy already in the list. */
  retry?: boolean;
}

/**
 * Optimistic posting shared by replies and notes: the message shows at once, then is
 * reconciled with the server's answer (or a live event, whichever comes first).
 */
export function useOptimisticSend(
  chatId: string,
  direction: 'out' | 'note',
  author: UserRef,
  post: (chatId: string, input: SendInput) => Promise<Message>,
  fallbackError: string,
) {
  const qc = useQueryClient();
  const optimisticCopy = (input: SendInput): Message => ({
    id: `pending-${input.key}`,
    pendingKey: input.key,
    chatId,
    direction,
    text: input.text,
    attachments: input.attachments ?? [],
    author,
    status: direction === 'out' ? 'queued' : null,
    error: null,
    createdAt: new Date().toISOString(),
    replyTo: input.replyTo ?? null,
  });
  return useMutation({
    mutationFn: (input: SendInput) => post(chatId, input),
    onMutate: (input) => {
      if (input.retry) {
        patchPendingMessage(qc, chatId, input.key, { status: direction === 'out' ? 'queued' : null, error: null });
        return;
      }
      addPendingMessage(qc, optimisticCopy(input));
    },
    onSuccess: (message, input) => {
      confirmPendingMessage(qc, input.key, message);
    },
    onError: (error, input) => {
      // A refetch (e.g. after a reconnect) may have dropped the optimistic copy: it is put back.
      failPendingMessage(qc, optimisticCopy(input), errorMessage(error, fallbackError));
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts });
    },
  });
}
