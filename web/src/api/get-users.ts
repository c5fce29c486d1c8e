import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList, TeamMember } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/users`: the team (any signed-in user may list it), by name. */
export async function getUsers(signal?: AbortSignal): Promise<TeamMember[]> {
  const answer = await api<ItemList<TeamMember>>('/api/v1/users', { signal });
  return [...answer.items].sort((a, b) => a.name.localeCompare(b.name));
}

export const usersQueryOptions = () =>
  queryOptions({
    queryKey: queryKeys.users,
    queryFn: ({ signal }) => getUsers(signal),
    staleTime: 5 * 60_000,
  });

/** `enabled: false` until the list is needed (e.g. a picker opens). */
export function useUsers(enabled = true) {
  return useQuery({ ...usersQueryOptions(), enabled });
}
