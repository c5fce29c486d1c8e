import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { InboxIcon, SearchIcon, FilterIcon } from '@/components/icons';
import { Skeleton } from '@/components/Skeleton';
import { useI18n } from '@/i18n';
import type { Category } from '@/lib/api-types';
import type { Column } from './columns';

export function TableSkeleton({ columns, template, rowHeight }: { columns: Column[]; template: string; rowHeight: number }) {
  const { t } = useI18n();
  return (
    <div className="sb-table__skeleton" aria-busy="true" aria-label={t('common.loading')}>
      {Array.from({ length: 8 }, (_, i) => (
        <div key={i} className="sb-row sb-row--skeleton" style={{ gridTemplateColumns: template, height: rowHeight }}>
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
}

interface TableEmptyProps {
  category: Category;
  /** The client search, when there is one. */
  q: string;
  filtered: boolean;
  onClearFilters: () => void;
}

/** Nothing to show: the search found nothing, the filters match nothing, or the tab is empty. */
export function TableEmpty({ category, q, filtered, onClearFilters }: TableEmptyProps) {
  const { t } = useI18n();
  const clear = filtered ? (
    <Button size="sm" onClick={onClearFilters} data-testid="empty-clear-filters">
      {t('chats.clearFilters')}
    </Button>
  ) : undefined;
  if (q.trim()) {
    return (
      <EmptyState
        kind="search"
        icon={<SearchIcon size={28} />}
        title={t('chats.emptySearch.title', { q: q.trim() })}
        text={t(filtered ? 'chats.emptySearch.filteredText' : 'chats.emptySearch.text')}
        action={clear}
      />
    );
  }
  if (filtered) {
    return <EmptyState kind="filter" icon={<FilterIcon size={28} />} title={t('chats.emptyFilter.title')} text={t('chats.emptyFilter.text')} action={clear} />;
  }
  return (
    <EmptyState kind="tab" icon={<InboxIcon size={28} />} title={t(`chats.empty.${category}.title`)} text={t(`chats.empty.${category}.text`)} />
  );
}
