import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { getTemplates } from '@/api/get-templates';
import { queryKeys } from '@/lib/query-keys';

/** Every template the caller may see, page after page (200 each), by title. */
export const allTemplatesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: queryKeys.templatesAll,
    queryFn: ({ pageParam, signal }) => getTemplates('', signal, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useAllTemplates() {
  return useInfiniteQuery(allTemplatesQueryOptions());
}
