import { Badge } from '@/components/Badge';
import { Button } from '@/components/Button';
import { ErrorBanner } from '@/components/ErrorBanner';
import { TimeAgo } from '@/components/TimeAgo';
import { useI18n } from '@/i18n';
import { useWebhookDeliveries } from '../api/webhooks';
import { ListSkeleton } from './ListSkeleton';

/** A webhook's deliveries, newest first: the event, how it went, after how many tries, what the receiver said. */
export function WebhookLog({ webhookId }: { webhookId: string }) {
  const { t } = useI18n();
  const log = useWebhookDeliveries(webhookId);
  if (log.isPending) return <ListSkeleton rows={2} />;
  if (log.isError) return <ErrorBanner compact title={t('settings.webhooks.logError')} error={log.error} onRetry={() => void log.refetch()} />;
  const items = log.data.pages.flatMap((p) => p.items);
  if (items.length === 0) return <p className="sb-muted sb-webhook-log__empty">{t('settings.webhooks.logEmpty')}</p>;
  return (
    <div className="sb-webhook-log" data-testid="webhook-log">
      <table className="sb-table">
        <thead>
          <tr>
            <th>{t('settings.webhooks.logTime')}</th>
            <th>{t('settings.webhooks.logEvent')}</th>
            <th>{t('settings.webhooks.logStatus')}</th>
            <th>{t('settings.webhooks.logAttempts')}</th>
            <th>{t('settings.webhooks.logAnswer')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} data-testid="webhook-delivery" data-status={d.status}>
              <td>
                <TimeAgo iso={d.createdAt} />
              </td>
              <td className="sb-mono">{d.event}</td>
              <td>
                <Badge tone={d.status === 'delivered' ? 'success' : d.status === 'failed' ? 'danger' : 'neutral'}>
                  {t(`settings.webhooks.delivery.${d.status}`)}
                </Badge>
              </td>
              <td>{d.attempts}</td>
              <td className="sb-webhook-log__answer" title={d.lastError ?? undefined}>
                {d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : '—')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {log.hasNextPage && (
        <Button size="sm" onClick={() => void log.fetchNextPage()} loading={log.isFetchingNextPage} data-testid="webhook-log-more">
          {t('settings.webhooks.logMore')}
        </Button>
      )}
    </div>
  );
}
