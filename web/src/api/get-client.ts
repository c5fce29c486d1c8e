import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ClientDetail } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `GET /api/v1/clients/{id}`: the card (name, phone, username, e-mail, custom fields) and the client's chats, newest first. */
export function getClient(clientId: string, signal?: AbortSignal) {
  return api<ClientDetail>(`/api/v1/clients/${encodeURIComponent(clientId)}`, { signal });
}

export const clientQueryOptions = (clientId: string) =>
  queryOptions({
    queryKey: queryKeys.client(clientId),
    queryFn: ({ signal }) => getClient(clientId, signal),
    staleTime: 30_000,
  });

export function useClient(clientId: string | null | undefined) {
  return useQuery({ ...clientQueryOptions(clientId ?? ''), enabled: Boolean(clientId) });
}
