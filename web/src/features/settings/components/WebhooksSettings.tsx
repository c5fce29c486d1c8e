import { useState } from 'react';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/Button';
import { EmptyState } from '@/components/EmptyState';
import { ErrorBanner } from '@/components/ErrorBanner';
import { ChevronDownIcon, PlusIcon, TrashIcon } from '@/components/icons';
import { TimeAgo } from '@/components/TimeAgo';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { Webhook } from '@/lib/api-types';
import { useDeleteWebhook, useEnableWebhook, useWebhooks } from '../api/webhooks';
import { ConfirmRemoveDialog } from './ConfirmRemoveDialog';
import { ListSkeleton } from './ListSkeleton';
import { WebhookDialog } from './WebhookDialog';
import { WebhookLog } from './WebhookLog';

function WebhookRow({ webhook, onRemove }: { webhook: Webhook; onRemove: () => void }) {
  const { t } = useI18n();
  const toast = useToast();
  const enable = useEnableWebhook();
  const [open, setOpen] = useState(false);
  return (
    <li className="sb-webhook" data-testid="webhook-row" data-status={webhook.status}>
      <div className="sb-set-row sb-set-row--webhook">
        <span className="sb-webhook__main">
          <span className="sb-webhook__url sb-mono">{webhook.url}</span>
          <span className="sb-webhook__events">
            {webhook.events.map((e) => (
              <span key={e} className="sb-webhook__event sb-mono">
                {e}
              </span>
            ))}
          </span>
        </span>
        <span className="sb-webhook__status">
          {webhook.status === 'active' && <Badge tone="success">{t('settings.webhooks.status.active')}</Badge>}
          {webhook.status === 'failing' && webhook.failingSince && (
            <Badge tone="danger" testId="webhook-failing">
              {t('settings.webhooks.status.failing')} <TimeAgo iso={webhook.failingSince} />
            </Badge>
          )}
          {webhook.status === 'disabled' && <Badge tone="danger">{t('settings.webhooks.status.disabled')}</Badge>}
        </span>
        <span className="sb-set-row__actions">
          <button type="button" className="sb-link-btn sb-webhook__toggle" aria-expanded={open} onClick={() => setOpen(!open)} data-testid="webhook-log-toggle">
            <ChevronDownIcon size={14} />
            {t('settings.webhooks.log')}
          </button>
          <button type="button" className="sb-icon-btn sb-icon-btn--danger" onClick={onRemove} aria-label={t('settings.webhooks.removeLabel', { url: webhook.url })} title={t('settings.webhooks.removeLabel', { url: webhook.url })} data-testid="webhook-remove">
            <TrashIcon />
          </button>
        </span>
      </div>
      {webhook.status === 'disabled' && (
        <div className="sb-webhook__disabled" role="alert" data-testid="webhook-disabled">
          <p>
            <strong>{t('settings.webhooks.disabledTitle')}</strong> {webhook.disabledReason}
          </p>
          <Button
            size="sm"
            variant="primary"
            loading={enable.isPending}
            onClick={() =>
              enable.mutate(webhook.id, {
                onSuccess: () => toast.show(t('settings.webhooks.enabled'), 'success'),
                onError: (error) => toast.show(errorMessage(error, t('settings.saveFailed')), 'error'),
              })
            }
            data-testid="webhook-enable"
          >
            {t('settings.webhooks.enable')}
          </Button>
        </div>
      )}
      {open && <WebhookLog webhookId={webhook.id} />}
    </li>
  );
}

/** «Вебхуки»: where Switchboard posts chat and message events, signed, with every delivery's outcome. */
export function WebhooksSettings() {
  const { t } = useI18n();
  const webhooks = useWebhooks();
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<Webhook | null>(null);
  const remove = useDeleteWebhook();
  const list = webhooks.data ?? [];

  let body;
  if (webhooks.isPending) body = <ListSkeleton />;
  else if (webhooks.isError) body = <ErrorBanner title={t('settings.webhooks.loadError')} error={webhooks.error} onRetry={() => void webhooks.refetch()} />;
  else if (list.length === 0) {
    body = (
      <EmptyState
        title={t('settings.webhooks.empty')}
        text={t('settings.webhooks.emptyText')}
        action={
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setAdding(true)} data-testid="webhook-add-empty">
            {t('settings.webhooks.add')}
          </Button>
        }
      />
    );
  } else {
    body = (
      <ul className="sb-set-list" aria-label={t('settings.section.webhooks')} data-testid="webhook-list">
        {list.map((w) => (
          <WebhookRow key={w.id} webhook={w} onRemove={() => setRemoving(w)} />
        ))}
      </ul>
    );
  }

  return (
    <div className="sb-set-panel sb-set-panel--wide" data-testid="settings-webhooks">
      <div className="sb-set-panel__head">
        <div className="sb-set-panel__intro">
          <h2 className="sb-set-panel__title">{t('settings.section.webhooks')}</h2>
          <p className="sb-muted">{t('settings.webhooks.intro')}</p>
        </div>
        {list.length > 0 && (
          <Button variant="primary" icon={<PlusIcon />} onClick={() => setAdding(true)} data-testid="webhook-add">
            {t('settings.webhooks.add')}
          </Button>
        )}
      </div>
      {body}
      {adding && <WebhookDialog onDone={() => setAdding(false)} />}
      {removing && (
        <ConfirmRemoveDialog
          id={removing.id}
          remove={remove}
          title={t('settings.webhooks.removeTitle')}
          done={t('settings.webhooks.removed')}
          confirmLabel={t('settings.channels.remove')}
          failedTitle={t('settings.webhooks.removeFailed')}
          testId="remove-webhook-dialog"
          confirmTestId="confirm-remove-webhook"
          onDone={() => setRemoving(null)}
        >
          <p>{t('settings.webhooks.removeText', { url: removing.url })}</p>
        </ConfirmRemoveDialog>
      )}
    </div>
  );
}
