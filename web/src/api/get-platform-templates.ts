import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList, PlatformTemplate } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/**
 * `GET /api/v1/channels/{id}/platform-templates`: the templates the platform approved for the
 * channel. 422 with `detail` when the channel has none to offer (not WhatsApp, or not set up for it).
 */
export async function getPlatformTemplates(channelId: string, signal?: AbortSignal): Promise<PlatformTemplate[]> {
  const answer = await api<ItemList<PlatformTemplate>>(`/api/v1/channels/${encodeURIComponent(channelId)}/platform-templates`, { signal });
  return answer.items;
}

export const platformTemplatesQueryOptions = (channelId: string) =>
  queryOptions({
    queryKey: queryKeys.platformTemplates(channelId),
    queryFn: ({ signal }) => getPlatformTemplates(channelId, signal),
    staleTime: 5 * 60_000,
    // A 422 says the channel has none: asking again will not change that.
    retry: false,
  });

export function usePlatformTemplates(channelId: string) {
  return useQuery(platformTemplatesQueryOptions(channelId));
}
