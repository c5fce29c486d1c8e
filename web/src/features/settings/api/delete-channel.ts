import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';

/** `DELETE /api/v1/channels/{id}` (admins) → 204: no new messages come; its chats and their history stay. */
export function deleteChannel(id: string) {
  return api<void>(`/api/v1/channels/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteChannel() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: deleteChannel,
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.channels }),
  });
}
