import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { FunnelStage, ItemList } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/stages`: the funnel, in its order. Shared by the chat list (filters, pickers) and the settings. */
export async function getStages(signal?: AbortSignal): Promise<FunnelStage[]> {
  const answer = await api<ItemList<FunnelStage>>('/api/v1/stages', { signal });
  return [...answer.items].sort((a, b) => a.position - b.position);
}

export const stagesQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.stages,
    queryFn: ({ signal }) => getStages(signal),
    staleTime: 60_000,
  });

/** `enabled: false` until the list is needed (e.g. a picker opens). */
export function useStages(enabled = true) {
  return useQuery({ ...stagesQueryOptions(), enabled });
}
