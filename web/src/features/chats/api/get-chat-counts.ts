import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ChatCounts } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { chatQueryKey, chatQueryParams, EMPTY_QUERY, type ChatQuery } from '../model/chat-filter';

/** `GET /api/v1/chats/counts?<filters>`: the tab counters and the unread counter for the current filter. */
export function getChatCounts(query: ChatQuery = EMPTY_QUERY, signal?: AbortSignal) {
  const { sort: _sort, ...params } = chatQueryParams(query);
  return api<ChatCounts>('/api/v1/chats/counts', { query: params, signal });
}

export const chatCountsQueryOptions = (query: ChatQuery = EMPTY_QUERY) => {
  // The order does not change a count: one cache entry whatever the sort.
  const counted = { ...query, sort: EMPTY_QUERY.sort };
  return queryOptions({
    queryKey: queryKeys.chatCountsFor(chatQueryKey(counted)),
    queryFn: ({ signal }) => getChatCounts(counted, signal),
    staleTime: 30_000,
  });
};

export function useChatCounts(query: ChatQuery = EMPTY_QUERY) {
  return useQuery({ ...chatCountsQueryOptions(query), placeholderData: keepPreviousData });
}
