import { useI18n } from '@/i18n';
import { formatDuration } from '@/lib/format';
import type { ResponseFigures, ResponseTimeReport } from '../api/analytics';

/** Count, median and 90th percentile of the wait per operator or channel, the median also as a bar. */
export function ResponseTimesTable({ report }: { report: ResponseTimeReport }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const longest = Math.max(1, ...report.items.map((i) => i.p90Seconds));
  const name = (f: ResponseFigures) => f.name ?? (report.groupBy === 'user' ? t('analytics.responses.noOperator') : '—');
  const row = (f: ResponseFigures, total: boolean) => (
    <tr key={f.id ?? 'none'} className={total ? 'sb-an-table__total' : undefined} data-testid={total ? 'response-total' : 'response-row'}>
      <th scope="row">{total ? t('analytics.responses.all') : name(f)}</th>
      <td>{number.format(f.count)}</td>
      <td>{f.count ? formatDuration(f.medianSeconds, t) : '—'}</td>
      <td>{f.count ? formatDuration(f.p90Seconds, t) : '—'}</td>
      <td className="sb-an-table__bar" aria-hidden="true">
        {!total && (
          <span className="sb-an-range" style={{ width: `${(100 * f.p90Seconds) / longest}%` }}>
            <span className="sb-an-range__median" style={{ width: `${f.p90Seconds ? (100 * f.medianSeconds) / f.p90Seconds : 0}%` }} />
          </span>
        )}
      </td>
    </tr>
  );
  return (
    <table className="sb-an-table" data-testid="response-times">
      <thead>
        <tr>
          <th scope="col">{report.groupBy === 'user' ? t('analytics.responses.operator') : t('analytics.responses.channel')}</th>
          <th scope="col">{t('analytics.responses.count')}</th>
          <th scope="col">{t('analytics.responses.median')}</th>
          <th scope="col">{t('analytics.responses.p90')}</th>
          <th scope="col" />
        </tr>
      </thead>
      <tbody>
        {report.items.map((f) => row(f, false))}
        {row(report.total, true)}
      </tbody>
    </table>
  );
}
