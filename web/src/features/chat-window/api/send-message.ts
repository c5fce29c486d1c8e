import { api } from '@/lib/api-client';
import type { Message, ReplyTo, UserRef } from '@/lib/api-types';
import { useOptimisticSend, type SendInput } from './optimistic-send';

/**
 * `POST /api/v1/chats/{id}/messages` `{text?, attachmentIds?, replyTo?}` with `Idempotency-Key` → 201
 * message (queued). A message may be files only.
 */
export function sendMessage(chatId: string, { text, attachments, key, replyTo }: SendInput): Promise<Message> {
  const body: { text?: string; attachmentIds?: string[]; replyTo?: ReplyTo } = {};
  if (text) body.text = text;
  if (replyTo) body.replyTo = replyTo;
  if (attachments && attachments.length > 0) body.attachmentIds = attachments.map((a) => a.id);
  return api<Message>(`/api/v1/chats/${encodeURIComponent(chatId)}/messages`, {
    method: 'POST',
    body,
    headers: { 'Idempotency-Key': key },
  });
}

export function useSendMessage(chatId: string, author: UserRef, fallbackError: string) {
  return useOptimisticSend(chatId, 'out', author, sendMessage, fallbackError);
}
