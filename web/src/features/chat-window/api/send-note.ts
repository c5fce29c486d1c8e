import { api } from '@/lib/api-client';
import type { Message, UserRef } from '@/lib/api-types';
import { useOptimisticSend, type SendInput } from './optimistic-send';

/** `POST /api/v1/chats/{id}/notes` `{text}` → 201 message with direction "note" (never sent). */
export function sendNote(chatId: string, { text }: SendInput): Promise<Message> {
  return api<Message>(`/api/v1/chats/${encodeURIComponent(chatId)}/notes`, { method: 'POST', body: { text } });
}

export function useSendNote(chatId: string, author: UserRef, fallbackError: string) {
  return useOptimisticSend(chatId, 'note', author, sendNote, fallbackError);
}
