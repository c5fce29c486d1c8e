import { useI18n } from '@/i18n';
import type { Column } from './columns';

interface TableHeadProps {
  columns: Column[];
  template: string;
  height: number;
  /** How the loaded rows stand: drives the header checkbox. */
  page: 'none' | 'some' | 'all';
  disabled: boolean;
  onTogglePage: () => void;
}

/** The column headers; the first one holds the "select every loaded row" checkbox. */
export function TableHead({ columns, template, height, page, disabled, onTogglePage }: TableHeadProps) {
  const { t } = useI18n();
  return (
    <div role="rowgroup" className="sb-table__head">
      <div role="row" className="sb-row sb-row--head" style={{ gridTemplateColumns: template, height }}>
        {columns.map((column) => (
          <div key={column.key} role="columnheader" className={`sb-cell sb-cell--${column.key}${column.align ? ' sb-cell--end' : ''}`}>
            {column.key === 'client' ? (
              <div className="sb-cell__with-select">
                <label className="sb-select-box">
                  <input
                    type="checkbox"
                    className="sb-checkbox"
                    checked={page === 'all'}
                    ref={(input) => {
                      if (input) input.indeterminate = page === 'some';
                    }}
                    disabled={disabled}
                    onChange={onTogglePage}
                    aria-label={t('chats.selectPage')}
                    data-testid="select-all-page"
                  />
                </label>
                {t(column.header)}
              </div>
            ) : (
              t(column.header)
            )}
          </div>
        ))}
      </div>
    </div>
  );
}
