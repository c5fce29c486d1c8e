import { CloseIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { Category } from '@/lib/api-types';
import type { BulkCommand } from '../../api/bulk-chats';
import type { Selection } from '../../model/selection';
import { BulkMenu } from './BulkMenu';

interface BulkBarProps {
  category: Category;
  selection: Selection;
  /** How many rows are loaded, and whether all of them are selected. */
  loaded: number;
  pageSelected: boolean;
  /** More chats match than are loaded. */
  moreMatch: boolean;
  /** Everything the tab's filter matches, for people ("1 234", "10 000+"). */
  totalText: string;
  pending: boolean;
  onSelectMatching: () => void;
  onClear: () => void;
  onRun: (command: BulkCommand) => void;
}

/** Shown while chats are selected: how many, the mass actions, and "select all N matching". */
export function BulkBar({ category, selection, loaded, pageSelected, moreMatch, totalText, pending, onSelectMatching, onClear, onRun }: BulkBarProps) {
  const { t } = useI18n();
  const byFilter = selection.mode === 'filter';
  const count = byFilter ? totalText : String(selection.ids.size);
  return (
    <div className="sb-bulk" role="region" aria-label={t('bulk.menu')} data-testid="bulk-bar" data-mode={selection.mode}>
      <span className="sb-bulk__count" data-testid="selection-count" aria-live="polite">
        {t('bulk.selected', { count })}
      </span>
      <BulkMenu category={category} pending={pending} onRun={onRun} />
      <span className="sb-bulk__banner" data-testid="selection-banner">
        {byFilter && t('bulk.allSelected', { count: totalText })}
        {!byFilter && pageSelected && moreMatch && (
          <>
            {t('bulk.pageSelected', { count: loaded })}{' '}
            <button type="button" className="sb-link-btn" onClick={onSelectMatching} data-testid="select-all-matching">
              {t('bulk.selectMatching', { count: totalText })}
            </button>
          </>
        )}
      </span>
      <span className="sb-toolbar__spacer" />
      <button type="button" className="sb-btn sb-btn--ghost sb-btn--sm" onClick={onClear} data-testid="selection-clear" title={t('bulk.clearHint')}>
        <CloseIcon size={14} />
        {t('bulk.clear')}
      </button>
    </div>
  );
}
