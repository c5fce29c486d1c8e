import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { StopEntry, StopKind } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/v1/stoplist` `{kind, value}` → 201; 409 when already there, 400 when not valid. */
export function addStopEntry(entry: { kind: StopKind; value: string }) {
  return api<StopEntry>('/api/v1/stoplist', { method: 'POST', body: entry });
}

export function useAddStopEntry() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: addStopEntry,
    onSuccess: (entry) => {
      if (entry?.id) qc.setQueryData<StopEntry[]>(queryKeys.stoplist, (old) => (old ? [...old.filter((e) => e.id !== entry.id), entry] : old));
      void qc.invalidateQueries({ queryKey: queryKeys.stoplist });
    },
  });
}
