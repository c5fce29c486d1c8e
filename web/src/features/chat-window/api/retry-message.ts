import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, errorMessage } from '@/lib/api-client';
import type { Message } from '@/lib/api-types';
import { patchMessage, upsertMessage } from './messages-cache';

/** `POST /api/v1/messages/{id}/retry`: re-queues a failed outbound message. */
export function retryMessage(messageId: string): Promise<Message | undefined> {
  return api<Message | undefined>(`/api/v1/messages/${encodeURIComponent(messageId)}/retry`, { method: 'POST' });
}

export function useRetryMessage(chatId: string, fallbackError: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (message: Message) => retryMessage(message.id),
    onMutate: (message) => {
      patchMessage(qc, chatId, message.id, { status: 'queued', error: null });
    },
    onSuccess: (answer) => {
      if (answer && answer.id) upsertMessage(qc, answer);
    },
    onError: (error, message) => {
      patchMessage(qc, chatId, message.id, { status: 'failed', error: errorMessage(error, message.error ?? fallbackError) });
    },
  });
}
