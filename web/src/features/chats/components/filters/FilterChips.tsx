import { CloseIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import { useSession } from '@/lib/session';
import { dayOf } from '@/lib/zoned-date';
import { activeParams, type ChatFilter, type FilterParam } from '../../model/chat-filter';
import { useFilterOptions } from '../../hooks/use-filter-options';
import type { FilterSection } from './FilterPanel';
import { lastDayOf } from './PeriodFilter';

interface FilterChipsProps {
  filter: ChatFilter;
  onClear: (param: FilterParam) => void;
  onOpen: (section: FilterSection) => void;
}

const SHOWN_VALUES = 2;

function formatDay(day: string | null, locale: string): string {
  if (!day) return '…';
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, d));
}

/** One chip per active filter: its name and values; the chip opens the filter, its cross clears it. */
export function FilterChips({ filter, onClear, onOpen }: FilterChipsProps) {
  const { t, locale } = useI18n();
  const { timezone } = useSession().workspace;
  const params = activeParams(filter);
  const options = useFilterOptions(params);

  const valuesText = (param: FilterParam): string => {
    if (param === 'from') return formatDay(dayOf(filter.from!, timezone), locale);
    if (param === 'to') return formatDay(lastDayOf(filter.to!, timezone), locale);
    const raw = filter[param];
    const values = Array.isArray(raw) ? raw : [raw as string];
    const catalogue = options[param];
    const names = values.map((value) => {
      const known = catalogue.options.find((o) => o.value === value);
      if (known) return known.text;
      return catalogue.query.isPending ? '…' : t('filters.unknown');
    });
    const rest = names.length - SHOWN_VALUES;
    return names.slice(0, SHOWN_VALUES).join(', ') + (rest > 0 ? ` ${t('filters.more', { count: rest })}` : '');
  };

  return (
    <>
      {params.map((param) => {
        const name = t(`filters.param.${param}`);
        const section: FilterSection = param === 'from' || param === 'to' ? 'period' : param;
        const text = valuesText(param);
        return (
          <span key={param} className="sb-filter-chip" data-testid="filter-chip" data-filter={param}>
            <button type="button" className="sb-filter-chip__body" onClick={() => onOpen(section)} title={`${name}: ${text}`}>
              <span className="sb-filter-chip__name">{name}:</span> <span className="sb-filter-chip__values">{text}</span>
            </button>
            <button
              type="button"
              className="sb-filter-chip__clear"
              onClick={() => onClear(param)}
              aria-label={t('filters.clear', { name })}
              title={t('filters.clear', { name })}
              data-testid="filter-chip-clear"
            >
              <CloseIcon size={12} />
            </button>
          </span>
        );
      })}
    </>
  );
}
