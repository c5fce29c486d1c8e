import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorBanner } from '@/components/ErrorBanner';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import type { Category, ChatRow } from '@/lib/api-types';
import type { useChats } from '../api/get-chats';
import { useListKeyboard } from '../hooks/use-list-keyboard';
import { isSelected, pageState, type Selection } from '../model/selection';
import { ChatTableRow } from './ChatTableRow';
import { visibleColumns } from './columns';
import { TableHead } from './TableHead';
import { TableEmpty, TableSkeleton } from './TableStates';

export const ROW_HEIGHT = 64;
const HEAD_HEIGHT = 36;
const FETCH_AHEAD_ROWS = 15;

interface ChatTableProps {
  category: Category;
  list: ReturnType<typeof useChats>;
  rows: ChatRow[];
  q: string;
  filtered: boolean;
  openChatId: string | null;
  compact: boolean;
  selection: Selection;
  onOpenChat: (chatId: string) => void;
  onToggleSelect: (chatId: string, range: boolean) => void;
  onTogglePage: () => void;
  onClearSelection: () => void;
  onClearFilters: () => void;
}

export function ChatTable({
  category,
  list,
  rows,
  q,
  filtered,
  openChatId,
  compact,
  selection,
  onOpenChat,
  onToggleSelect,
  onTogglePage,
  onClearSelection,
  onClearFilters,
}: ChatTableProps) {
  const { t } = useI18n();
  const { isPending, isError, error, refetch, hasNextPage, isFetchingNextPage, fetchNextPage, isPlaceholderData } = list;
  const { columns, template } = visibleColumns(compact);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    scrollMargin: HEAD_HEIGHT,
    getItemKey: (index) => rows[index]?.id ?? index,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? items[items.length - 1].index : -1;

  // Endless scroll: fetch the next page when the end comes near.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isPlaceholderData && lastIndex >= rows.length - FETCH_AHEAD_ROWS) {
      void fetchNextPage();
    }
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, isPlaceholderData, fetchNextPage]);

  // Keyboard cursor (j/k, arrows), kept on the open chat when one opens. It holds the chat id,
  // not the row index, so rows inserted live above it do not move it onto another chat.
  const [cursorId, setCursorId] = useState<string | null>(openChatId);
  const [syncedOpenId, setSyncedOpenId] = useState(openChatId);
  if (openChatId !== syncedOpenId) {
    setSyncedOpenId(openChatId);
    if (openChatId) setCursorId(openChatId);
  }
  const cursor = cursorId ? rows.findIndex((row) => row.id === cursorId) : -1;

  const moveCursor = useCallback(
    (delta: number) => {
      if (rows.length === 0) return;
      setCursorId((currentId) => {
        const current = currentId ? rows.findIndex((row) => row.id === currentId) : -1;
        const next = current < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, current + delta));
        virtualizer.scrollToIndex(next, { align: 'auto' });
        return rows[next].id;
      });
    },
    [rows, virtualizer],
  );
  const openCursor = useCallback(() => {
    const row = rows[cursor];
    if (row) onOpenChat(row.id);
  }, [rows, cursor, onOpenChat]);
  const toggleCursor = useCallback(() => {
    const row = rows[cursor];
    if (row) onToggleSelect(row.id, false);
  }, [rows, cursor, onToggleSelect]);
  const hasSelection = selection.mode === 'filter' || selection.ids.size > 0;
  const clearSelection = useCallback(() => {
    if (!hasSelection) return false;
    onClearSelection();
    return true;
  }, [hasSelection, onClearSelection]);
  // Alt+↓/↑: the next or previous chat after the open one (or the cursor), opened at once.
  const stepOpen = useCallback(
    (delta: number) => {
      if (rows.length === 0) return;
      const fromId = openChatId ?? cursorId;
      const current = fromId ? rows.findIndex((row) => row.id === fromId) : -1;
      const next = current < 0 ? 0 : Math.min(rows.length - 1, Math.max(0, current + delta));
      if (next === current) return;
      const id = rows[next].id;
      setCursorId(id);
      virtualizer.scrollToIndex(next, { align: 'auto' });
      onOpenChat(id);
    },
    [rows, openChatId, cursorId, virtualizer, onOpenChat],
  );
  useListKeyboard(scrollRef, { onMove: moveCursor, onOpen: openCursor, onToggleSelect: toggleCursor, onEscape: clearSelection, onStep: stepOpen });

  const onRowOpen = useCallback(
    (chatId: string) => {
      setCursorId(chatId);
      onOpenChat(chatId);
    },
    [onOpenChat],
  );

  let body: React.ReactNode;
  if (isPending) {
    body = <TableSkeleton columns={columns} template={template} rowHeight={ROW_HEIGHT} />;
  } else if (isError && rows.length === 0) {
    body = (
      <div className="sb-table__state">
        <ErrorBanner title={t('chats.loadError')} error={error} onRetry={() => void refetch()} />
      </div>
    );
  } else if (rows.length === 0) {
    body = (
      <div className="sb-table__state">
        <TableEmpty category={category} q={q} filtered={filtered} onClearFilters={onClearFilters} />
      </div>
    );
  } else {
    body = (
      <div role="rowgroup" className="sb-table__body" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const row = rows[item.index];
          return (
            <ChatTableRow
              key={row.id}
              row={row}
              index={item.index}
              columns={columns}
              open={row.id === openChatId}
              cursor={item.index === cursor}
              selected={isSelected(selection, row.id)}
              onOpen={onRowOpen}
              onToggleSelect={onToggleSelect}
              style={{
                gridTemplateColumns: template,
                height: ROW_HEIGHT,
                transform: `translateY(${item.start - HEAD_HEIGHT}px)`,
              }}
            />
          );
        })}
      </div>
    );
  }

  return (
    <div
      ref={scrollRef}
      className={`sb-table${compact ? ' sb-table--compact' : ''}${isPlaceholderData ? ' sb-table--stale' : ''}`}
      role="grid"
      aria-label={t('chats.tableLabel', { category: t(`chats.tab.${category}`) })}
      aria-rowcount={rows.length + 1}
      aria-multiselectable="true"
      aria-busy={isPlaceholderData || undefined}
      aria-activedescendant={rows[cursor] ? `chat-row-${rows[cursor].id}` : undefined}
      tabIndex={0}
      title={t('chats.keyboardHint')}
      data-testid="chat-table"
    >
      <TableHead
        columns={columns}
        template={template}
        height={HEAD_HEIGHT}
        page={pageState(selection, rows.map((row) => row.id))}
        disabled={rows.length === 0}
        onTogglePage={onTogglePage}
      />
      {body}
      {isFetchingNextPage && (
        <div className="sb-table__more">
          <Spinner size="sm" /> {t('chats.loadingMore')}
        </div>
      )}
      {isError && rows.length > 0 && (
        <div className="sb-table__more">
          <ErrorBanner compact error={error} title={t('chats.loadError')} onRetry={() => void fetchNextPage()} />
        </div>
      )}
      {!hasNextPage && rows.length > 0 && <div className="sb-table__end" aria-hidden="true" />}
    </div>
  );
}
