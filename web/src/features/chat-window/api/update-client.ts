import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChatDetail, ClientDetail } from '@/lib/api-types';
import { patchChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';

export interface ClientChange {
  name?: string;
  /** Any human format; the server stores E.164. null clears. */
  phone?: string | null;
  email?: string | null;
  username?: string | null;
  /** Merged; a null value removes a field. */
  fields?: Record<string, unknown>;
}

/** `PATCH /api/v1/clients/{id}` → the card again; 400 with `errors[].field` (phone, email) on bad values. */
export function updateClient(clientId: string, change: ClientChange) {
  return api<ClientDetail>(`/api/v1/clients/${encodeURIComponent(clientId)}`, { method: 'PATCH', body: change });
}

/** Edits the client of the open chat; the card, the chat and its row in the list show the answer. */
export function useUpdateClient(chatId: string, clientId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (change: ClientChange) => updateClient(clientId, change),
    onSuccess: (card) => {
      if (!card?.id) return;
      qc.setQueryData(queryKeys.client(clientId), card);
      const { chats: _chats, ...client } = card;
      qc.setQueryData<ChatDetail>(queryKeys.chat(chatId), (old) => (old ? { ...old, client: { ...old.client, ...client } } : old));
      patchChatRow(qc, chatId, (row) => ({
        ...row,
        client: { ...row.client, name: client.name, phone: client.phone, username: client.username, avatarUrl: client.avatarUrl },
      }));
    },
  });
}
