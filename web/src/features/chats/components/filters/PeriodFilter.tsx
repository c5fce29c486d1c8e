import { useI18n } from '@/i18n';
import { useSession } from '@/lib/session';
import { dayOf, dayStart, nextDay, previousDay } from '@/lib/zoned-date';
import type { ChatFilter } from '../../model/chat-filter';

interface PeriodFilterProps {
  filter: ChatFilter;
  onChange: (change: (filter: ChatFilter) => ChatFilter) => void;
}

/** The calendar day an exclusive `to` instant closes (the day before it, when it is a midnight). */
export function lastDayOf(to: string, timeZone: string): string | null {
  const ms = Date.parse(to);
  return Number.isNaN(ms) ? null : dayOf(new Date(ms - 1).toISOString(), timeZone);
}

function daysBack(today: string, days: number): string {
  let day = today;
  for (let i = 0; i < days; i++) day = previousDay(day);
  return day;
}

/**
 * Last activity from–to, picked as days of the workspace's time zone: `from` is the start of
 * the first day, `to` the start of the day after the last (the API's `to` is exclusive).
 */
export function PeriodFilter({ filter, onChange }: PeriodFilterProps) {
  const { t } = useI18n();
  const { timezone } = useSession().workspace;
  const fromDay = filter.from ? dayOf(filter.from, timezone) ?? '' : '';
  const toDay = filter.to ? lastDayOf(filter.to, timezone) ?? '' : '';
  const today = dayOf(new Date().toISOString(), timezone) ?? '';

  const setFrom = (day: string) => onChange((f) => ({ ...f, from: day ? dayStart(day, timezone) : null }));
  const setTo = (day: string) => onChange((f) => ({ ...f, to: day ? dayStart(nextDay(day), timezone) : null }));
  const preset = (first: string, last: string | null) =>
    onChange((f) => ({ ...f, from: dayStart(first, timezone), to: last ? dayStart(nextDay(last), timezone) : null }));

  const presets: { value: string; label: string; apply: () => void }[] = [
    { value: 'today', label: t('filters.period.today'), apply: () => preset(today, today) },
    { value: '7d', label: t('filters.period.week'), apply: () => preset(daysBack(today, 6), null) },
    { value: '30d', label: t('filters.period.month'), apply: () => preset(daysBack(today, 29), null) },
  ];

  return (
    <div className="sb-period">
      <div className="sb-period__presets">
        {presets.map((p) => (
          <button key={p.value} type="button" className="sb-chip-btn" onClick={p.apply} data-testid="filter-option" data-filter="period" data-value={p.value}>
            {p.label}
          </button>
        ))}
      </div>
      <div className="sb-period__fields">
        <label className="sb-field">
          <span className="sb-field__label">{t('filters.period.from')}</span>
          <input
            type="date"
            className="sb-input sb-input--sm"
            value={fromDay}
            max={toDay || undefined}
            onChange={(event) => setFrom(event.target.value)}
            data-testid="filter-date-from"
          />
        </label>
        <label className="sb-field">
          <span className="sb-field__label">{t('filters.period.to')}</span>
          <input
            type="date"
            className="sb-input sb-input--sm"
            value={toDay}
            min={fromDay || undefined}
            onChange={(event) => setTo(event.target.value)}
            data-testid="filter-date-to"
          />
        </label>
      </div>
      <p className="sb-period__zone">{t('filters.period.zone', { zone: timezone })}</p>
    </div>
  );
}
