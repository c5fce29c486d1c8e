import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { StopEntry } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/v1/stoplist` `{kind: "client", value: clientId}` → 201; 409 when already there (admins only). */
export function blockClient(clientId: string) {
  return api<StopEntry>('/api/v1/stoplist', { method: 'POST', body: { kind: 'client', value: clientId } });
}

export function useBlockClient() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: blockClient,
    onSettled: () => void qc.invalidateQueries({ queryKey: queryKeys.stoplist }),
  });
}
