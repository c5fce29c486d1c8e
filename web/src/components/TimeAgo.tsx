import { useI18n } from '@/i18n';
import { formatDateTime, formatListTime } from '@/lib/format';
import { useNow } from '@/lib/use-now';

/** A compact time for lists ("14:05", "Mon", "12 Nov") with the full date in a tooltip. */
export function TimeAgo({ iso, className }: { iso: string; className?: string }) {
  const { locale } = useI18n();
  const now = useNow();
  return (
    <time className={className} dateTime={iso} title={formatDateTime(iso, locale)}>
      {formatListTime(iso, locale, now)}
    </time>
  );
}
