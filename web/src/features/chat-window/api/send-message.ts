import { api } from '@/lib/api-client';
import type { Message, UserRef } from '@/lib/api-types';
import { useOptimisticSend, type SendInput } from './optimistic-send';

/** `POST /api/v1/chats/{id}/messages` `{text}` with `Idempotency-Key` → 201 message (queued). */
export function sendMessage(chatId: string, { text, key }: SendInput): Promise<Message> {
  return api<Message>(`/api/v1/chats/${encodeURIComponent(chatId)}/messages`, {
    method: 'POST',
    body: { text },
    headers: { 'Idempotency-Key': key },
  });
}

export function useSendMessage(chatId: string, author: UserRef, fallbackError: string) {
  return useOptimisticSend(chatId, 'out', author, sendMessage, fallbackError);
}
