import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Workspace } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/workspace`: name, country, time zone, language and the team rules. */
export function getWorkspace(signal?: AbortSignal) {
  return api<Workspace>('/api/v1/workspace', { signal });
}

export const workspaceQueryOptions = () => queryOptions({ queryKey: queryKeys.workspace, queryFn: ({ signal }) => getWorkspace(signal) });

export function useWorkspace() {
  return useQuery(workspaceQueryOptions());
}
