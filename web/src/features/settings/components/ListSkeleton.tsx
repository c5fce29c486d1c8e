import { Skeleton } from '@/components/Skeleton';
import { useI18n } from '@/i18n';

/** A settings list while it loads: a few rows of growing width. */
export function ListSkeleton({ rows = 3 }: { rows?: number }) {
  const { t } = useI18n();
  return (
    <ul className="sb-set-list" aria-busy="true" aria-label={t('common.loading')}>
      {Array.from({ length: rows }, (_, i) => (
        <li key={i} className="sb-set-row">
          <Skeleton width={`${35 + i * 15}%`} />
        </li>
      ))}
    </ul>
  );
}
