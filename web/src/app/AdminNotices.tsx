import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { webhooksQueryOptions } from '@/api/get-webhooks';
import { CloseIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { Webhook } from '@/lib/api-types';
import { useSession } from '@/lib/session';
import { useStoredState } from '@/lib/stored-state';

/**
 * What admins must hear of wherever they are: a webhook switched off after a day of failures
 * (the integration behind it stopped getting events). Dismissed per webhook and per switch-off.
 */
export function AdminNotices() {
  const { t } = useI18n();
  const { user } = useSession();
  const admin = user.role !== 'operator';
  const webhooks = useQuery({ ...webhooksQueryOptions(), enabled: admin, refetchInterval: 60_000 });
  const [dismissed, setDismissed] = useStoredState<string[]>('sb.notices.dismissed', []);
  const key = (w: Webhook) => `webhook:${w.id}@${w.disabledAt ?? ''}`;
  const off = (webhooks.data ?? []).filter((w) => w.status === 'disabled' && !dismissed.includes(key(w)));
  if (!admin || off.length === 0) return null;
  return (
    <div className="sb-notices" aria-live="polite">
      {off.map((w) => (
        <div key={w.id} className="sb-notice" role="alert" data-testid="admin-notice">
          <div className="sb-notice__body">
            <strong>{t('notices.webhookDisabled')}</strong>
            <span className="sb-notice__what">{w.url}</span>
            {w.disabledReason && <span className="sb-muted">{w.disabledReason}</span>}
            <Link to="/settings/api" className="sb-notice__open" data-testid="admin-notice-open">
              {t('notices.openWebhooks')}
            </Link>
          </div>
          <button
            type="button"
            className="sb-icon-btn sb-notice__close"
            aria-label={t('notices.dismiss')}
            onClick={() => setDismissed([...dismissed.slice(-50), key(w)])}
            data-testid="admin-notice-dismiss"
          >
            <CloseIcon size={16} />
          </button>
        </div>
      ))}
    </div>
  );
}
