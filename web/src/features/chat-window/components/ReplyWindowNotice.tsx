import { useI18n } from '@/i18n';
import type { ReplyWindow } from '@/lib/api-types';

/**
 * The platform's reply window (WhatsApp: 24 hours after the client's last message). Closed,
 * it says that only an approved template goes through now; open, nothing is shown.
 */
export function ReplyWindowNotice({ window }: { window: ReplyWindow | null | undefined }) {
  const { t } = useI18n();
  if (!window || window.open) return null;
  return (
    <div className="sb-reply-window" role="status" data-testid="reply-window-closed">
      <strong>{t('replyWindow.closedTitle')}</strong> {t('replyWindow.closedText')}
    </div>
  );
}
