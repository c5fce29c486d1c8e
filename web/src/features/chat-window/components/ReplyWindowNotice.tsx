import { Button } from '@/components/Button';
import { TemplateIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { ReplyWindow } from '@/lib/api-types';

interface ReplyWindowNoticeProps {
  window: ReplyWindow | null | undefined;
  /** Opens the approved templates, the way to answer while the window is closed. */
  onChooseTemplate?: () => void;
}

/**
 * The platform's reply window (WhatsApp: 24 hours after the client's last message). Closed,
 * it says that only an approved template goes through now and offers one; open, nothing is shown.
 */
export function ReplyWindowNotice({ window, onChooseTemplate }: ReplyWindowNoticeProps) {
  const { t } = useI18n();
  if (!window || window.open) return null;
  return (
    <div className="sb-reply-window" role="status" data-testid="reply-window-closed">
      <p className="sb-reply-window__text">
        <strong>{t('replyWindow.closedTitle')}</strong> {t('replyWindow.closedText')}
        {onChooseTemplate && ` ${t('replyWindow.replyOff')}`}
      </p>
      {onChooseTemplate && (
        <Button size="sm" variant="primary" icon={<TemplateIcon />} onClick={onChooseTemplate} data-testid="platform-template-button">
          {t('replyWindow.chooseTemplate')}
        </Button>
      )}
    </div>
  );
}
