import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Channel, ItemList } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/channels`: the connected channels the user may see, by name. */
export async function getChannels(signal?: AbortSignal): Promise<Channel[]> {
  const answer = await api<ItemList<Channel>>('/api/v1/channels', { signal });
  return [...answer.items].sort((a, b) => a.name.localeCompare(b.name));
}

export const channelsQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.channels,
    queryFn: ({ signal }) => getChannels(signal),
    staleTime: 5 * 60_000,
  });

/** `enabled: false` until the list is needed (e.g. a picker opens). */
export function useChannels(enabled = true) {
  return useQuery({ ...channelsQueryOptions(), enabled });
}
