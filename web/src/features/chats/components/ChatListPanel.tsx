import { useCallback, useMemo } from 'react';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { Category, ChatCounts } from '@/lib/api-types';
import { useBulkAction, type BulkCommand } from '../api/bulk-chats';
import { useChats } from '../api/get-chats';
import type { ChatQueryControls } from '../hooks/use-chat-query';
import { useSelection } from '../hooks/use-selection';
import { bulkFilter, hasFilter } from '../model/chat-filter';
import { formatTotal } from '../model/counts';
import { pageState } from '../model/selection';
import { BulkBar } from './bulk/BulkBar';
import { ChatTable } from './ChatTable';
import { FilterBar } from './filters/FilterBar';

interface ChatListPanelProps {
  category: Category;
  controls: ChatQueryControls;
  counts: ChatCounts | undefined;
  openChatId: string | null;
  compact: boolean;
  onOpenChat: (chatId: string) => void;
}

/** One tab: the filter bar, the mass actions on the selection, and the table. */
export function ChatListPanel({ category, controls, counts, openChatId, compact, onOpenChat }: ChatListPanelProps) {
  const { t, locale } = useI18n();
  const toast = useToast();
  const { query, key, setFilter, clearFilter, setSort } = controls;
  const list = useChats(category, query);
  const rows = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const ids = useMemo(() => rows.map((row) => row.id), [rows]);
  const { selection, empty, toggle, togglePage, selectMatching, clear } = useSelection(`${category}?${key}`, ids);
  const bulk = useBulkAction();

  const total = counts?.[category];
  const moreMatch = Boolean(list.hasNextPage) || (total !== undefined && total > rows.length);

  const run = useCallback(
    (command: BulkCommand) => {
      const target = selection.mode === 'filter' ? { filter: bulkFilter(query, category) } : { ids: [...selection.ids] };
      bulk.mutate(
        { ...target, ...command },
        {
          onSuccess: ({ updated }) => {
            toast.show(updated === 1 ? t('bulk.doneOne') : t('bulk.done', { count: updated }), 'success');
            clear();
          },
          onError: (error) => toast.show(errorMessage(error, t('bulk.failed')), 'error'),
        },
      );
    },
    [selection, query, category, bulk, toast, t, clear],
  );

  return (
    <>
      <FilterBar filter={query.filter} sort={query.sort} onFilter={setFilter} onClearAll={clearFilter} onSort={setSort} />
      {!empty && (
        <BulkBar
          category={category}
          selection={selection}
          loaded={rows.length}
          pageSelected={pageState(selection, ids) === 'all'}
          moreMatch={moreMatch}
          totalText={formatTotal(counts, category, locale)}
          pending={bulk.isPending}
          onSelectMatching={selectMatching}
          onClear={clear}
          onRun={run}
        />
      )}
      <ChatTable
        category={category}
        list={list}
        rows={rows}
        q={query.q}
        filtered={hasFilter(query.filter)}
        openChatId={openChatId}
        compact={compact}
        selection={selection}
        onOpenChat={onOpenChat}
        onToggleSelect={toggle}
        onTogglePage={togglePage}
        onClearSelection={clear}
        onClearFilters={clearFilter}
      />
    </>
  );
}
