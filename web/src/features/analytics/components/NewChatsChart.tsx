import { useI18n } from '@/i18n';
import { nextDay } from '@/lib/zoned-date';
import type { NewChatsReport } from '../api/analytics';

const COLORS = ['#4f46e5', '#0ea5e9', '#16a34a', '#f59e0b', '#db2777', '#7c3aed', '#0d9488', '#ea580c', '#64748b', '#e11d48'];

/** The period's days, first to last ("2026-11-03"), in the workspace's calendar. */
function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let day = first; day <= last && days.length < 400; day = nextDay(day)) days.push(day);
  return days;
}

/**
 * New chats per day, a column per day stacked by channel, days counted in the workspace's
 * time zone (the server's); days without chats stand empty.
 */
export function NewChatsChart({ report, firstDay, lastDay }: { report: NewChatsReport; firstDay: string; lastDay: string }) {
  const { t, locale } = useI18n();
  const number = new Intl.NumberFormat(locale);
  const channels = [...new Map(report.items.map((i) => [i.channelId, i.channel ?? '—'])).entries()];
  const color = new Map(channels.map(([id], index) => [id, COLORS[index % COLORS.length]]));
  const days = daysBetween(firstDay, lastDay);
  const byDay = new Map<string, NewChatsReport['items']>();
  for (const item of report.items) byDay.set(item.day, [...(byDay.get(item.day) ?? []), item]);
  const total = (day: string) => (byDay.get(day) ?? []).reduce((sum, i) => sum + i.chats, 0);
  const highest = Math.max(1, ...days.map(total));
  const label = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const every = Math.max(1, Math.ceil(days.length / 12));
  return (
    <div className="sb-an-days" data-testid="new-chats-chart">
      <div className="sb-an-days__plot" role="img" aria-label={t('analytics.newChats.summary', { count: report.items.reduce((s, i) => s + i.chats, 0) })}>
        <span className="sb-an-days__max">{number.format(highest)}</span>
        {days.map((day, index) => (
          <div key={day} className="sb-an-days__col" title={`${label.format(new Date(`${day}T00:00:00Z`))}: ${number.format(total(day))}`} data-testid="new-chats-day" data-day={day} data-total={total(day)}>
            <div className="sb-an-days__stack">
              {(byDay.get(day) ?? []).map((i) => (
                <span key={i.channelId} className="sb-an-days__seg" style={{ height: `${(100 * i.chats) / highest}%`, background: color.get(i.channelId) }} />
              ))}
            </div>
            <span className="sb-an-days__label">{index % every === 0 ? label.format(new Date(`${day}T00:00:00Z`)) : ''}</span>
          </div>
        ))}
      </div>
      <ul className="sb-an-legend" aria-label={t('analytics.newChats.channels')}>
        {channels.map(([id, name]) => (
          <li key={id}>
            <span className="sb-an-legend__swatch" style={{ background: color.get(id) }} aria-hidden="true" />
            {name}
          </li>
        ))}
      </ul>
    </div>
  );
}
