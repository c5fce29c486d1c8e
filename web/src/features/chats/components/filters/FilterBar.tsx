import { useState } from 'react';
import { FilterIcon, CloseIcon } from '@/components/icons';
import { Popover } from '@/components/Popover';
import { useI18n } from '@/i18n';
import { activeParams, clearParam, type ChatFilter, type ChatSort } from '../../model/chat-filter';
import { FilterChips } from './FilterChips';
import { FilterPanel, type FilterSection } from './FilterPanel';
import { SortSelect } from './SortSelect';

interface FilterBarProps {
  filter: ChatFilter;
  sort: ChatSort;
  onFilter: (change: (filter: ChatFilter) => ChatFilter) => void;
  onClearAll: () => void;
  onSort: (sort: ChatSort) => void;
}

/** «Фильтры»: the button with its panel, a chip per active filter, one cross for all, and the sort. */
export function FilterBar({ filter, sort, onFilter, onClearAll, onSort }: FilterBarProps) {
  const { t } = useI18n();
  const [button, setButton] = useState<HTMLButtonElement | null>(null);
  const [section, setSection] = useState<FilterSection | null>(null);
  const active = activeParams(filter).length;

  return (
    <div className="sb-toolbar" data-testid="filter-bar">
      <button
        ref={setButton}
        type="button"
        className={`sb-btn sb-btn--secondary sb-btn--sm sb-filters-btn${active > 0 ? ' sb-filters-btn--active' : ''}`}
        aria-haspopup="dialog"
        aria-expanded={section !== null}
        onClick={() => setSection((s) => (s ? null : 'channelType'))}
        data-testid="filters-button"
      >
        <FilterIcon />
        <span className="sb-filters-btn__label">{t('filters.button')}</span>
        {active > 0 && <span className="sb-filters-btn__count">{active}</span>}
      </button>
      {section && (
        <Popover anchor={button} onClose={() => setSection(null)} label={t('filters.button')} className="sb-popover--filters">
          <FilterPanel filter={filter} section={section} onSection={setSection} onChange={onFilter} />
        </Popover>
      )}
      <FilterChips filter={filter} onClear={(param) => onFilter((f) => clearParam(f, param))} onOpen={setSection} />
      {active > 0 && (
        <button type="button" className="sb-icon-btn sb-toolbar__clear" onClick={onClearAll} aria-label={t('filters.clearAll')} title={t('filters.clearAll')} data-testid="filters-clear-all">
          <CloseIcon />
        </button>
      )}
      <span className="sb-toolbar__spacer" />
      <SortSelect sort={sort} onChange={onSort} />
    </div>
  );
}
