import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TagItem } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { refreshAfterCatalogueChange } from './catalogue-cache';

export interface TagChange {
  name?: string;
  color?: string;
}

/** `PATCH /api/v1/tags/{id}` → the tag. */
export function updateTag(id: string, change: TagChange) {
  return api<TagItem>(`/api/v1/tags/${encodeURIComponent(id)}`, { method: 'PATCH', body: change });
}

/** Rename or recolour a tag; shown at once, rolled back on an error. */
export function useUpdateTag() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, change }: { id: string; change: TagChange }) => updateTag(id, change),
    onMutate: async ({ id, change }) => {
      await qc.cancelQueries({ queryKey: queryKeys.tags });
      const before = qc.getQueryData<TagItem[]>(queryKeys.tagsUsage);
      if (before) qc.setQueryData(queryKeys.tagsUsage, before.map((tag) => (tag.id === id ? { ...tag, ...change } : tag)));
      return { before };
    },
    onError: (_error, _variables, context) => {
      if (context?.before) qc.setQueryData(queryKeys.tagsUsage, context.before);
    },
    onSettled: () => refreshAfterCatalogueChange(qc, queryKeys.tags),
  });
}
