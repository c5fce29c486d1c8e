import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { StopEntry } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `DELETE /api/v1/stoplist/{id}` → 204. */
export function deleteStopEntry(id: string) {
  return api<void>(`/api/v1/stoplist/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** Gone from the list at once; back if refused. */
export function useDeleteStopEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteStopEntry,
    onMutate: async (id) => {
      await qc.cancelQueries({ queryKey: queryKeys.stoplist });
      const before = qc.getQueryData<StopEntry[]>(queryKeys.stoplist);
      if (before) qc.setQueryData(queryKeys.stoplist, before.filter((e) => e.id !== id));
      return { before };
    },
    onError: (_error, _id, context) => {
      if (context?.before) qc.setQueryData(queryKeys.stoplist, context.before);
    },
  });
}
