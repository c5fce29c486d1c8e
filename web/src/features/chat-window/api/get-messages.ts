import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MessagePage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export const MESSAGES_PAGE_SIZE = 50;

/**
 * `GET /api/v1/chats/{id}/messages?limit=&before=`: a page oldest → newest; a non-null
 * `prevCursor` means there are older messages (pass it as `before`).
 */
export function getMessages(chatId: string, before: string | null, signal?: AbortSignal) {
  return api<MessagePage>(`/api/v1/chats/${encodeURIComponent(chatId)}/messages`, {
    query: { limit: MESSAGES_PAGE_SIZE, before },
    signal,
  });
}

/** pages[0] is the newest page; each next page is older. */
export const messagesQueryOptions = (chatId: string) =>
  infiniteQueryOptions({
    queryKey: queryKeys.messages(chatId),
    queryFn: ({ pageParam, signal }) => getMessages(chatId, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.prevCursor ?? undefined,
    staleTime: 60_000,
  });

export function useMessages(chatId: string) {
  return useInfiniteQuery(messagesQueryOptions(chatId));
}
