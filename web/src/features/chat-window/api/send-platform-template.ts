import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Message, PlatformTemplateChoice } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { upsertMessage } from './messages-cache';

export interface PlatformTemplateSend {
  template: PlatformTemplateChoice;
  /** The body with the values filled in: what the chat history shows. */
  text: string;
  /** Idempotency key of the send. */
  key: string;
}

/**
 * `POST /api/v1/chats/{id}/messages` `{platformTemplate: {name, language, params}, text}` → 201
 * message (queued): an approved template, the one answer the platform takes once its window closed.
 */
export function sendPlatformTemplate(chatId: string, { template, text, key }: PlatformTemplateSend): Promise<Message> {
  return api<Message>(`/api/v1/chats/${encodeURIComponent(chatId)}/messages`, {
    method: 'POST',
    body: { platformTemplate: template, text },
    headers: { 'Idempotency-Key': key },
  });
}

export function useSendPlatformTemplate(chatId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: PlatformTemplateSend) => sendPlatformTemplate(chatId, input),
    onSuccess: (message) => {
      if (message?.id) upsertMessage(qc, message);
      void qc.invalidateQueries({ queryKey: queryKeys.messages(chatId) });
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts });
    },
  });
}
