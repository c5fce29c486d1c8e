import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChatCounts } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/chats/counts`: the tab counters and the unread counter. */
export function getChatCounts(signal?: AbortSignal) {
  return api<ChatCounts>('/api/v1/chats/counts', { signal });
}

export const chatCountsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.chatCounts,
    queryFn: ({ signal }) => getChatCounts(signal),
    staleTime: 30_000,
  });

export function useChatCounts() {
  return useQuery(chatCountsQueryOptions());
}
