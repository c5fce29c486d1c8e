import type { UseQueryResult } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { Skeleton } from '@/components/Skeleton';
import { useI18n } from '@/i18n';
import { useSession } from '@/lib/session';
import { dayOf, dayStart, nextDay, previousDay } from '@/lib/zoned-date';
import { useFunnel, useNewChats, useResponseTimes, type Period } from '../api/analytics';
import { FunnelChart } from './FunnelChart';
import { NewChatsChart } from './NewChatsChart';
import { ResponseTimesTable } from './ResponseTimesTable';
import '../analytics.css';

const PRESETS = [7, 30, 90, 365] as const;
type Preset = (typeof PRESETS)[number];

/** The last `days` whole days up to today, midnight to midnight in the workspace's time zone. */
function lastDays(days: number, timeZone: string, now = new Date()): { period: Period; firstDay: string; lastDay: string } {
  const today = dayOf(now.toISOString(), timeZone) ?? now.toISOString().slice(0, 10);
  let first = today;
  for (let i = 1; i < days; i++) first = previousDay(first);
  return {
    period: { from: dayStart(first, timeZone) ?? now.toISOString(), to: dayStart(nextDay(today), timeZone) ?? now.toISOString() },
    firstDay: first,
    lastDay: today,
  };
}

/** A section: its title, and its content once loaded (a skeleton before, an error with retry, or the empty text). */
function Section<T>({ title, query, empty, actions, children }: { title: string; query: UseQueryResult<T>; empty: (data: T) => boolean; actions?: ReactNode; children: (data: T) => ReactNode }) {
  const { t } = useI18n();
  let body: ReactNode;
  if (query.isPending) {
    body = (
      <div className="sb-an-skeleton" data-testid="analytics-loading">
        {[80, 64, 48, 30].map((w) => (
          <Skeleton key={w} width={`${w}%`} height={14} />
        ))}
      </div>
    );
  } else if (query.isError) {
    body = <ErrorBanner compact title={t('analytics.loadError')} error={query.error} onRetry={() => void query.refetch()} />;
  } else if (empty(query.data)) {
    body = <EmptyState title={t('analytics.empty')} text={t('analytics.emptyText')} />;
  } else {
    body = children(query.data);
  }
  return (
    <section className="sb-an-card">
      <header className="sb-an-card__head">
        <h2 className="sb-an-card__title">{title}</h2>
        {actions}
      </header>
      {body}
    </section>
  );
}

/** «Аналитика»: the funnel, response times and new chats over a period, for owners and admins. */
export function AnalyticsScreen() {
  const { t } = useI18n();
  const { workspace } = useSession();
  const [preset, setPreset] = useState<Preset>(30);
  const [groupBy, setGroupBy] = useState<'user' | 'channel'>('user');
  const { period, firstDay, lastDay } = useMemo(() => lastDays(preset, workspace.timezone), [preset, workspace.timezone]);
  const funnel = useFunnel(period);
  const responses = useResponseTimes(period, groupBy);
  const newChats = useNewChats(period);
  return (
    <div className="sb-analytics" data-testid="analytics">
      <header className="sb-analytics__header">
        <h1 className="sb-analytics__title">{t('analytics.title')}</h1>
        <div className="sb-segmented" role="group" aria-label={t('analytics.period')}>
          {PRESETS.map((days) => (
            <button key={days} type="button" aria-pressed={preset === days} className="sb-segmented__btn" onClick={() => setPreset(days)} data-testid={`analytics-period-${days}`}>
              {t(`analytics.last.${days}`)}
            </button>
          ))}
        </div>
      </header>
      <div className="sb-analytics__grid">
        <Section title={t('analytics.funnel.title')} query={funnel} empty={(d) => d.stages.every((s) => s.entered === 0 && s.current === 0)}>
          {(data) => (
            <>
              <div className="sb-an-funnel__head" aria-hidden="true">
                <span>{t('analytics.funnel.stage')}</span>
                <span />
                <span>{t('analytics.funnel.entered')}</span>
                <span>{t('analytics.funnel.conversion')}</span>
                <span>{t('analytics.funnel.current')}</span>
              </div>
              <FunnelChart report={data} />
            </>
          )}
        </Section>
        <Section
          title={t('analytics.responses.title')}
          query={responses}
          empty={(d) => d.total.count === 0}
          actions={
            <div className="sb-segmented" role="group" aria-label={t('analytics.responses.groupBy')}>
              {(['user', 'channel'] as const).map((g) => (
                <button key={g} type="button" aria-pressed={groupBy === g} className="sb-segmented__btn" onClick={() => setGroupBy(g)} data-testid={`analytics-by-${g}`}>
                  {t(g === 'user' ? 'analytics.responses.byOperator' : 'analytics.responses.byChannel')}
                </button>
              ))}
            </div>
          }
        >
          {(data) => <ResponseTimesTable report={data} />}
        </Section>
        <Section title={t('analytics.newChats.title')} query={newChats} empty={(d) => d.items.length === 0}>
          {(data) => <NewChatsChart report={data} firstDay={firstDay} lastDay={lastDay} />}
        </Section>
      </div>
    </div>
  );
}
