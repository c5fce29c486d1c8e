import { useI18n } from '@/i18n';
import { PickerBody } from '@/components/pickers/PickerBody';
import { MULTI_PARAMS, toggleValue, type ChatFilter, type MultiParam } from '../../model/chat-filter';
import { useFilterOptions, type ListParam } from '../../hooks/use-filter-options';
import { PeriodFilter } from './PeriodFilter';

export type FilterSection = ListParam | 'period';
export const FILTER_SECTIONS: readonly FilterSection[] = [
  'channelType',
  'channel',
  'responsible',
  'tag',
  'sourceType',
  'state',
  'stage',
  'period',
  'tasks',
];

interface FilterPanelProps {
  filter: ChatFilter;
  section: FilterSection;
  onSection: (section: FilterSection) => void;
  onChange: (change: (filter: ChatFilter) => ChatFilter) => void;
}

function chosen(filter: ChatFilter, section: FilterSection): number {
  if (section === 'period') return (filter.from ? 1 : 0) + (filter.to ? 1 : 0);
  const value = filter[section];
  return Array.isArray(value) ? value.length : value ? 1 : 0;
}

const isMulti = (param: ListParam): param is MultiParam => (MULTI_PARAMS as readonly string[]).includes(param);

/** «Фильтры»: the filters on the left, the values of the chosen one on the right; changes apply at once. */
export function FilterPanel({ filter, section, onSection, onChange }: FilterPanelProps) {
  const { t } = useI18n();
  const options = useFilterOptions(section === 'period' ? [] : [section]);

  let body: React.ReactNode;
  if (section === 'period') {
    body = <PeriodFilter filter={filter} onChange={onChange} />;
  } else {
    const param = section;
    const value = filter[param];
    const selected = Array.isArray(value) ? value : value ? [value] : [];
    const onToggle = (v: string) =>
      onChange((f) => (isMulti(param) ? toggleValue(f, param, v) : { ...f, [param]: f[param] === v ? null : v }));
    body = (
      <PickerBody
        key={param}
        catalogue={options[param]}
        label={t(`filters.param.${param}`)}
        selected={selected}
        onToggle={onToggle}
        multi={isMulti(param)}
        optionTestId="filter-option"
        dataFilter={param}
      />
    );
  }

  return (
    <div className="sb-filters" data-testid="filter-panel">
      <nav className="sb-filters__nav" aria-label={t('filters.button')}>
        {FILTER_SECTIONS.map((s) => {
          const count = chosen(filter, s);
          return (
            <button
              key={s}
              type="button"
              className={`sb-filters__section${s === section ? ' sb-filters__section--active' : ''}`}
              aria-current={s === section ? 'true' : undefined}
              onClick={() => onSection(s)}
              data-testid="filter-section"
              data-filter={s}
            >
              <span className="sb-ellipsis">{t(`filters.param.${s}`)}</span>
              {count > 0 && <span className="sb-filters__count">{count}</span>}
            </button>
          );
        })}
      </nav>
      <div className="sb-filters__body" role="group" aria-label={t(`filters.param.${section}`)}>
        {body}
      </div>
    </div>
  );
}
