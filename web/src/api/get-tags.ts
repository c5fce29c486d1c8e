import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList, TagItem } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/tags`: the workspace's tags by name. Shared by the chat list and the settings. */
export async function getTags(signal?: AbortSignal): Promise<TagItem[]> {
  const answer = await api<ItemList<TagItem>>('/api/v1/tags', { signal });
  return [...answer.items].sort((a, b) => a.name.localeCompare(b.name));
}

export const tagsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.tags,
    queryFn: ({ signal }) => getTags(signal),
    staleTime: 60_000,
  });

/** `enabled: false` until the list is needed (e.g. a picker opens). */
export function useTags(enabled = true) {
  return useQuery({ ...tagsQueryOptions(), enabled });
}
