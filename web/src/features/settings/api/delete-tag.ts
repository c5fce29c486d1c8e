import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import { refreshAfterCatalogueChange } from './catalogue-cache';

/** `DELETE /api/v1/tags/{id}` → 204; the tag leaves every chat. */
export function deleteTag(id: string) {
  return api<void>(`/api/v1/tags/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteTag() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteTag,
    onSuccess: () => refreshAfterCatalogueChange(qc, queryKeys.tags),
  });
}
