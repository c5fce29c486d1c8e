import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { queryKeys } from '@/lib/query-keys';
import type { BulkFilter } from '../model/chat-filter';

export const BULK_ACTIONS = ['markRead', 'markUnread', 'setStage', 'addTags', 'removeTags', 'assign', 'accept', 'archive'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** Which chats: the selected ones, or everything the filter of the tab matches. */
export type BulkTarget = { ids: string[] } | { filter: BulkFilter };

export type BulkCommand =
  | { action: 'markRead' | 'markUnread' | 'accept' | 'archive' }
  | { action: 'setStage'; stageId: string }
  | { action: 'addTags' | 'removeTags'; tagIds: string[] }
  | { action: 'assign'; userId: string | null };

export type BulkRequest = BulkTarget & BulkCommand;

/** `POST /api/v1/chats/bulk` → how many chats changed. A 422 when a filter matches too many chats. */
export function postBulk(body: BulkRequest) {
  return api<{ updated: number }>('/api/v1/chats/bulk', { method: 'POST', body });
}

/** A mass action; afterwards every list, the counters and the open chat are refetched. */
export function useBulkAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: postBulk,
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.chatLists });
      void qc.invalidateQueries({ queryKey: queryKeys.chatCounts });
      void qc.invalidateQueries({ queryKey: queryKeys.openChats });
    },
  });
}
