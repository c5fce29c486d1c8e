import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList, StopEntry } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/stoplist` (admins): clients, posts and words whose messages go straight to the archive. */
export function getStopList(signal?: AbortSignal) {
  return api<ItemList<StopEntry>>('/api/v1/stoplist', { signal }).then((answer) => answer.items);
}

export const stopListQueryOptions = () => queryOptions({ queryKey: queryKeys.stoplist, queryFn: ({ signal }) => getStopList(signal) });

export function useStopList() {
  return useQuery(stopListQueryOptions());
}
