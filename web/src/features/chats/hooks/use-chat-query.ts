import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import {
  chatQueryKey,
  EMPTY_FILTER,
  parseChatQuery,
  serializeChatQuery,
  type ChatFilter,
  type ChatQuery,
  type ChatSort,
} from '../model/chat-filter';

/**
 * The list's filter, search and sort, kept in the URL's query string under the API's own
 * parameter names: bookmarkable, kept on reload and when switching tabs.
 */
export function useChatQuery() {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => parseChatQuery(params), [params]);
  const key = chatQueryKey(query);

  const update = useCallback(
    (change: (current: ChatQuery) => ChatQuery) => {
      setParams((previous) => serializeChatQuery(change(parseChatQuery(previous)), previous), { replace: true });
    },
    [setParams],
  );

  const setFilter = useCallback(
    (change: (filter: ChatFilter) => ChatFilter) => update((current) => ({ ...current, filter: change(current.filter) })),
    [update],
  );
  const clearFilter = useCallback(() => update((current) => ({ ...current, filter: EMPTY_FILTER })), [update]);
  const setSearch = useCallback((q: string) => update((current) => ({ ...current, q })), [update]);
  const setSort = useCallback((sort: ChatSort) => update((current) => ({ ...current, sort })), [update]);

  return { query, key, setFilter, clearFilter, setSearch, setSort };
}

export type ChatQueryControls = ReturnType<typeof useChatQuery>;
