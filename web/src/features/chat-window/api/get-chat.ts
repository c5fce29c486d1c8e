import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChatDetail } from '@/lib/api-types';
import { findChatRow } from '@/lib/chat-cache';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/chats/{id}`: the row plus custom fields and the full client card. */
export function getChat(chatId: string, signal?: AbortSignal) {
  return api<ChatDetail>(`/api/v1/chats/${encodeURIComponent(chatId)}`, { signal });
}

export const chatQueryOptions = (chatId: string) =>
  queryOptions({
    queryKey: queryKeys.chat(chatId),
    queryFn: ({ signal }) => getChat(chatId, signal),
    staleTime: 30_000,
  });

/** The chat, shown at once from the list row while the full card loads. */
export function useChat(chatId: string) {
  const qc = useQueryClient();
  return useQuery({
    ...chatQueryOptions(chatId),
    placeholderData: () => findChatRow(qc, chatId),
  });
}
