import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/templates/placeholders`: what a template's text may hold, e.g. `{client.name}`. */
export function getPlaceholders(signal?: AbortSignal) {
  return api<Pick<ItemList<string>, 'items'>>('/api/v1/templates/placeholders', { signal }).then((answer) => answer.items);
}

export const placeholdersQueryOptions = () =>
  queryOptions({ queryKey: queryKeys.templatePlaceholders, queryFn: ({ signal }) => getPlaceholders(signal), staleTime: Infinity });

export function usePlaceholders() {
  return useQuery(placeholdersQueryOptions());
}
