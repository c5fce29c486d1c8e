import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Category, ChatPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { chatQueryKey, chatQueryParams, EMPTY_QUERY, type ChatQuery } from '../model/chat-filter';

export const CHATS_PAGE_SIZE = 50;

/** `GET /api/v1/chats?category=&<filters>&q=&sort=&limit=&cursor=`: one page of the list. */
export function getChats(params: { category: Category; query?: ChatQuery; cursor?: string | null; limit?: number; signal?: AbortSignal }) {
  return api<ChatPage>('/api/v1/chats', {
    query: {
      category: params.category,
      ...chatQueryParams(params.query ?? EMPTY_QUERY),
      limit: params.limit ?? CHATS_PAGE_SIZE,
      cursor: params.cursor,
    },
    signal: params.signal,
  });
}

export const chatsQueryOptions = (category: Category, query: ChatQuery = EMPTY_QUERY) =>
  infiniteQueryOptions({
    queryKey: queryKeys.chatList(category, chatQueryKey(query)),
    queryFn: ({ pageParam, signal }) => getChats({ category, query, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    staleTime: 30_000,
  });

/** The list of a tab; while another filter loads, the previous rows stay on screen. */
export function useChats(category: Category, query: ChatQuery = EMPTY_QUERY) {
  return useInfiniteQuery({ ...chatsQueryOptions(category, query), placeholderData: keepPreviousData });
}
