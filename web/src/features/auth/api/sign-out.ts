import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, ensureCsrf } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `DELETE /api/v1/session`: signs out. */
export function signOut(): Promise<void> {
  return api<void>('/api/v1/session', { method: 'DELETE' });
}

export function useSignOut() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: signOut,
    onSettled: async () => {
      // Signed out: the gate shows the sign-in page; nothing of the session stays cached.
      qc.setQueryData(queryKeys.me, null);
      qc.removeQueries({ predicate: (query) => query.queryKey[0] !== queryKeys.me[0] });
      // The session's CSRF token may be gone with it: get a fresh one for the next sign-in.
      await ensureCsrf(true);
    },
  });
}
