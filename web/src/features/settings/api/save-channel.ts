import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Channel, ChannelType } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

export type ChannelSave =
  | { id: null; type: ChannelType; name: string; settings: Record<string, string> }
  | { id: string; name?: string; status?: 'active' | 'disabled'; settings?: Record<string, string> };

/**
 * `POST /api/v1/channels` `{type, name, settings}` → 201, or `PATCH /api/v1/channels/{id}`
 * `{name?, status?, settings?}` → 200 (admins). The server checks the credentials with the
 * platform and answers 422 with its refusal.
 */
export function saveChannel(save: ChannelSave): Promise<Channel> {
  if (save.id === null) {
    return api<Channel>('/api/v1/channels', { method: 'POST', body: { type: save.type, name: save.name, settings: save.settings } });
  }
  const { id, ...change } = save;
  return api<Channel>(`/api/v1/channels/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });
}

export function useSaveChannel() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: saveChannel,
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.channels }),
  });
}

/** `POST /api/v1/channels/{id}/secret` (API channel, widget): a new secret, shown once in the answer. */
export function useRotateChannelSecret() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<Channel>(`/api/v1/channels/${encodeURIComponent(id)}/secret`, { method: 'POST' }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.channels }),
  });
}
