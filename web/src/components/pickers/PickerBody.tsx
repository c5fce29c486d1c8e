import { ErrorBanner } from '../ErrorBanner';
import { OptionList } from '../OptionList';
import { Spinner } from '../Spinner';
import { useI18n } from '@/i18n';
import type { CatalogueOptions } from './catalogue-options';

interface PickerBodyProps<T> {
  catalogue: CatalogueOptions<T>;
  label: string;
  selected: readonly string[];
  onToggle: (value: string) => void;
  optionTestId: string;
  multi?: boolean;
  dataFilter?: string;
}

/** A catalogue's options, with its loading, error and empty states. */
export function PickerBody<T>({ catalogue, label, selected, onToggle, optionTestId, multi, dataFilter }: PickerBodyProps<T>) {
  const { t } = useI18n();
  const { query, options } = catalogue;
  if (query.isPending) {
    return (
      <div className="sb-picker__state">
        <Spinner size="sm" label={t('common.loading')} />
      </div>
    );
  }
  const error = query.isError ? (
    <ErrorBanner compact title={t('filters.loadError')} error={query.error} onRetry={() => void query.refetch()} />
  ) : null;
  if (error && options.length === 0) return error;
  return (
    <>
      {error}
      <OptionList
        options={options}
        selected={selected}
        onToggle={onToggle}
        label={label}
        multi={multi}
        optionTestId={optionTestId}
        dataFilter={dataFilter}
        searchPlaceholder={t('filters.search')}
        groupLabel={(group) => t(`stageGroup.${group}` as 'stageGroup.active')}
        empty={t(options.length === 0 ? 'filters.noOptions' : 'filters.noMatches')}
      />
    </>
  );
}
