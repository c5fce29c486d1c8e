import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { FunnelStage, StageGroup } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export interface NewStage {
  name: string;
  group: StageGroup;
  position?: number;
}

/** `POST /api/v1/stages` → 201 the stage. */
export function createStage(stage: NewStage) {
  return api<FunnelStage>('/api/v1/stages', { method: 'POST', body: stage });
}

export function useCreateStage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createStage,
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.stages }),
  });
}
