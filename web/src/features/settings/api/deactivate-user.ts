import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `DELETE /api/v1/users/{id}` (admins) → 204: the user can no longer sign in. 422 for the owner and oneself. */
export function deactivateUser(id: string) {
  return api<void>(`/api/v1/users/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeactivateUser() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deactivateUser,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.users });
      // their chats are nobody's now
      void qc.invalidateQueries({ queryKey: queryKeys.chats });
    },
  });
}
