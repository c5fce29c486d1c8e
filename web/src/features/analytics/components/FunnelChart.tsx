import { useI18n } from '@/i18n';
import type { FunnelReport } from '../api/analytics';

/**
 * The funnel as bars: how many chats entered each stage in the period (bar), how many of them
 * went on to a later stage (the conversion), and how many are in it now.
 */
export function FunnelChart({ report }: { report: FunnelReport }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const widest = Math.max(1, ...report.stages.map((s) => s.entered));
  return (
    <ol className="sb-an-funnel" data-testid="funnel-chart">
      {report.stages.map((stage) => (
        <li key={stage.id} className="sb-an-funnel__row" data-testid="funnel-stage" data-group={stage.group}>
          <span className="sb-an-funnel__name" title={stage.name}>
            {stage.name}
          </span>
          <span className="sb-an-funnel__track" aria-hidden="true">
            <span className="sb-an-funnel__bar" data-group={stage.group} style={{ width: `${(100 * stage.entered) / widest}%` }} />
          </span>
          <span className="sb-an-funnel__value">{number.format(stage.entered)}</span>
          <span className="sb-an-funnel__conversion" title={t('analytics.funnel.conversionHint')}>
            {stage.conversion === null ? '—' : percent.format(stage.conversion)}
          </span>
          <span className="sb-an-funnel__current">{number.format(stage.current)}</span>
        </li>
      ))}
    </ol>
  );
}
