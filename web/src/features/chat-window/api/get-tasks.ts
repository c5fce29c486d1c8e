import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList, Task } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/chats/{id}/tasks`: open ones first, by due time. */
export function getTasks(chatId: string, signal?: AbortSignal) {
  return api<ItemList<Task>>(`/api/v1/chats/${encodeURIComponent(chatId)}/tasks`, { signal }).then((page) => page.items);
}

export const tasksQueryOptions = (chatId: string) =>
  queryOptions({ queryKey: queryKeys.tasks(chatId), queryFn: ({ signal }) => getTasks(chatId, signal), staleTime: 30_000 });

export function useTasks(chatId: string) {
  return useQuery(tasksQueryOptions(chatId));
}
