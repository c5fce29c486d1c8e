import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Workspace } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export type WorkspaceChange = Partial<Pick<Workspace, 'name' | 'country' | 'timezone' | 'locale' | 'operatorsSeeAllChats' | 'responseTimeAlertSeconds' | 'autoAssign'>>;

/** `PATCH /api/v1/workspace` (admins) → the settings. */
export function updateWorkspace(change: WorkspaceChange) {
  return api<Workspace>('/api/v1/workspace', { method: 'PATCH', body: change });
}

/** Saves the settings; the session (`me`) carries them too, e.g. the response-time threshold of the list. */
export function useUpdateWorkspace() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: updateWorkspace,
    onSuccess: (workspace) => {
      if (workspace) qc.setQueryData(queryKeys.workspace, workspace);
      void qc.invalidateQueries({ queryKey: queryKeys.me });
      // who sees what may have changed
      void qc.invalidateQueries({ queryKey: queryKeys.chats });
    },
  });
}
