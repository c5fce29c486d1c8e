import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TagItem } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';

/** `POST /api/v1/tags` → 201 the tag; 409 when the name is taken. */
export function createTag(tag: { name: string; color?: string }) {
  return api<TagItem>('/api/v1/tags', { method: 'POST', body: tag });
}

export function useCreateTag() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: createTag,
    onSuccess: () => void qc.invalidateQueries({ queryKey: queryKeys.tags }),
  });
}
