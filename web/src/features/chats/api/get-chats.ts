import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Category, ChatPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export const CHATS_PAGE_SIZE = 50;

/** `GET /api/v1/chats?category=&limit=&cursor=`: one page of the list, newest activity first. */
export function getChats(params: { category: Category; cursor?: string | null; limit?: number; signal?: AbortSignal }) {
  return api<ChatPage>('/api/v1/chats', {
    query: { category: params.category, limit: params.limit ?? CHATS_PAGE_SIZE, cursor: params.cursor },
    signal: params.signal,
  });
}

export const chatsQueryOptions = (category: Category) =>
  infiniteQueryOptions({
    queryKey: queryKeys.chatList(category),
    queryFn: ({ pageParam, signal }) => getChats({ category, cursor: pageParam, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (lastPage) => lastPage.nextCursor ?? undefined,
    staleTime: 30_000,
  });

export function useChats(category: Category) {
  return useInfiniteQuery(chatsQueryOptions(category));
}
