import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `DELETE /api/v1/templates/{id}` → 204. */
export function deleteTemplate(id: string) {
  return api<void>(`/api/v1/templates/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteTemplate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteTemplate,
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.templates }),
  });
}
