import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList, TagItem } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/**
 * `GET /api/v1/tags`: the workspace's tags by name, for pickers; with `usage`, also how many
 * chats carry each (`?counts=true`, which the server has to count, so only the settings ask).
 */
export async function getTags(signal?: AbortSignal, usage = false): Promise<TagItem[]> {
  const answer = await api<ItemList<TagItem>>(usage ? '/api/v1/tags?counts=true' : '/api/v1/tags', { signal });
  return [...answer.items].sort((a, b) => a.name.localeCompare(b.name));
}

export const tagsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.tags,
    queryFn: ({ signal }) => getTags(signal),
    staleTime: 60_000,
  });

export const tagsUsageQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.tagsUsage,
    queryFn: ({ signal }) => getTags(signal, true),
  });

/** The tags with their usage, for the tags settings. */
export function useTagsUsage() {
  return useQuery(tagsUsageQueryOptions());
}

/** `enabled: false` until the list is needed (e.g. a picker opens). */
export function useTags(enabled = true) {
  return useQuery({ ...tagsQueryOptions(), enabled });
}
