import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { FunnelStage, StageGroup } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { refreshAfterCatalogueChange, withStageChanged } from './catalogue-cache';

export interface StageChange {
  name?: string;
  group?: StageGroup;
  /** 0-based place in the funnel. */
  position?: number;
}

/** `PATCH /api/v1/stages/{id}` → the stage. */
export function updateStage(id: string, change: StageChange) {
  return api<FunnelStage>(`/api/v1/stages/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });
}

/** Rename, regroup or move a stage; the list shows it at once and rolls back on an error. */
export function useUpdateStage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: StageChange }) => updateStage(id, change),
    onMutate: async ({ id, change }) => {
      await qc.cancelQueries({ queryKey: queryKeys.stages });
      const before = qc.getQueryData<FunnelStage[]>(queryKeys.stages);
      if (before) qc.setQueryData(queryKeys.stages, withStageChanged(before, id, change));
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) qc.setQueryData(queryKeys.stages, context.before);
    },
    onSettled: () => refreshAfterCatalogueChange(qc, queryKeys.stages),
  });
}
