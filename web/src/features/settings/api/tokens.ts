import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemList } from '@/lib/api-types';

export interface ApiToken {
  id: string;
  name: string;
  createdAt: string;
  lastUsedAt: string | null;
}

const KEY = ['api-tokens'] as const;

/** `GET /api/v1/tokens` (admins): the workspace's API tokens, without their values. */
export function useApiTokens() {
  return useQuery({ queryKey: KEY, queryFn: ({ signal }) => api<ItemList<ApiToken>>('/api/v1/tokens', { signal }).then((a) => a.items) });
}

/** `POST /api/v1/tokens` `{name}` → 201 `{id, name, token}`: the token is shown once. */
export function useCreateApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (name: string) => api<{ id: string; name: string; token: string }>('/api/v1/tokens', { method: 'POST', body: { name } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
}

/** `DELETE /api/v1/tokens/{id}` → 204: calls with it are refused from now on. */
export function useRevokeApiToken() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/api/v1/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: KEY }),
  });
}
