import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { InboxIcon } from '@/components/icons';
import { Skeleton } from '@/components/Skeleton';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import type { Category } from '@/lib/api-types';
import { useChats } from '../api/get-chats';
import { useListKeyboard } from '../hooks/use-list-keyboard';
import { ChatTableRow } from './ChatTableRow';
import { visibleColumns } from './columns';

export const ROW_HEIGHT = 64;
const HEAD_HEIGHT = 36;
const FETCH_AHEAD_ROWS = 15;

interface ChatTableProps {
  category: Category;
  openChatId: string | null;
  compact: boolean;
  onOpenChat: (chatId: string) => void;
}

export function ChatTable({ category, openChatId, compact, onOpenChat }: ChatTableProps) {
  const { t } = useI18n();
  const query = useChats(category);
  const { data, isPending, isError, error, refetch, hasNextPage, isFetchingNextPage, fetchNextPage } = query;
  const rows = useMemo(() => data?.pages.flatMap((page) => page.items) ?? [], [data]);
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
    if (hasNextPage && !isFetchingNextPage && lastIndex >= rows.length - FETCH_AHEAD_ROWS) {
      void fetchNextPage();
    }
  }, [lastIndex, rows.length, hasNextPage, isFetchingNextPage, fetchNextPage]);

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
  useListKeyboard(scrollRef, { onMove: moveCursor, onOpen: openCursor });

  const onRowOpen = useCallback(
    (chatId: string) => {
      setCursorId(chatId);
      onOpenChat(chatId);
    },
    [onOpenChat],
  );

  const header = (
    <div role="row" className="sb-row sb-row--head" style={{ gridTemplateColumns: template, height: HEAD_HEIGHT }}>
      {columns.map((column) => (
        <div key={column.key} role="columnheader" className={`sb-cell sb-cell--${column.key}${column.align ? ' sb-cell--end' : ''}`}>
          {t(column.header)}
        </div>
      ))}
    </div>
  );

  let body: React.ReactNode;
  if (isPending) {
    body = (
      <div className="sb-table__skeleton" aria-busy="true" aria-label={t('common.loading')}>
        {Array.from({ length: 8 }, (_, i) => (
          <div key={i} className="sb-row sb-row--skeleton" style={{ gridTemplateColumns: template, height: ROW_HEIGHT }}>
            {columns.map((column) => (
              <div key={column.key} className={`sb-cell sb-cell--${column.key}`}>
                {column.key === 'client' ? (
                  <div className="sb-client">
                    <Skeleton width={36} height={36} round />
                    <div className="sb-client__main">
                      <Skeleton width="45%" />
                      <Skeleton width="75%" height={10} />
                    </div>
                  </div>
                ) : (
                  <Skeleton width={`${50 + ((i * 17 + column.key.length * 7) % 40)}%`} />
                )}
              </div>
            ))}
          </div>
        ))}
      </div>
    );
  } else if (isError && rows.length === 0) {
    body = (
      <div className="sb-table__state">
        <ErrorBanner title={t('chats.loadError')} error={error} onRetry={() => void refetch()} />
      </div>
    );
  } else if (rows.length === 0) {
    body = (
      <div className="sb-table__state">
        <EmptyState
          icon={<InboxIcon size={28} />}
          title={t(`chats.empty.${category}.title`)}
          text={t(`chats.empty.${category}.text`)}
        />
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
              onOpen={onRowOpen}
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
      className={`sb-table${compact ? ' sb-table--compact' : ''}`}
      role="grid"
      aria-label={t('chats.tableLabel', { category: t(`chats.tab.${category}`) })}
      aria-rowcount={rows.length + 1}
      aria-activedescendant={rows[cursor] ? `chat-row-${rows[cursor].id}` : undefined}
      tabIndex={0}
      title={t('chats.keyboardHint')}
      data-testid="chat-table"
    >
      <div role="rowgroup" className="sb-table__head">
        {header}
      </div>
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
