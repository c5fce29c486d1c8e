import { Button } from '@/components/Button';
import { ClockIcon, TemplateIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { ReplyWindow } from '@/lib/api-types';
import { formatDateTime } from '@/lib/format';

interface ReplyWindowNoticeProps {
  window: ReplyWindow | null | undefined;
  channelType?: string;
  /** Opens the approved templates, the way to answer while the window is closed (WhatsApp). */
  onChooseTemplate?: () => void;
}

/**
 * The platform's reply window. WhatsApp after 24 hours: only an approved template goes
 * through, and one is offered. Instagram and Facebook: after 24 hours a person's answer still
 * goes for the rest of the week (said, with the end), after that nothing until the client
 * writes again. While answers go freely nothing is shown.
 */
export function ReplyWindowNotice({ window, channelType, onChooseTemplate }: ReplyWindowNoticeProps) {
  const { t, locale } = useI18n();
  if (!window) return null;
  if (window.open && window.tagged && window.taggedUntil) {
    return (
      <div className="sb-reply-window sb-reply-window--info" role="status" data-testid="reply-window-tagged">
        <ClockIcon size={16} />
        <p className="sb-reply-window__text">
          <strong>{t('replyWindow.taggedTitle')}</strong>{' '}
          {t('replyWindow.taggedText', { until: formatDateTime(window.taggedUntil, locale) })}
        </p>
      </div>
    );
  }
  if (window.open) return null;
  const week = window.taggedUntil != null;
  return (
    <div className="sb-reply-window" role="status" data-testid="reply-window-closed">
      <p className="sb-reply-window__text">
        <strong>{t(week ? 'replyWindow.weekClosedTitle' : 'replyWindow.closedTitle')}</strong>{' '}
        {week
          ? t('replyWindow.weekClosedText', { platform: channelType === 'facebook' ? 'Facebook' : 'Instagram' })
          : t('replyWindow.closedText')}
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
