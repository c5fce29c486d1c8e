import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { refreshAfterCatalogueChange } from './catalogue-cache';

/**
 * `DELETE /api/v1/stages/{id}?moveTo=` → 204. A 409 when the stage has chats and no `moveTo`;
 * a 422 when it is the last stage in work.
 */
export function deleteStage(id: string, moveTo?: string | null) {
  return api<void>(`/api/v1/stages/${encodeURIComponent(id)}`, { method: 'DELETE', query: { moveTo } });
}

export function useDeleteStage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, moveTo }: { id: string; moveTo?: string | null }) => deleteStage(id, moveTo),
    onSuccess: () => refreshAfterCatalogueChange(qc, queryKeys.stages),
  });
}
