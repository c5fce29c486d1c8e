import { memo } from 'react';
import { Button } from '@/components/Button';
import { useI18n } from '@/i18n';
import type { Message } from '@/lib/api-types';
import { formatClock, formatDateTime } from '@/lib/format';
import { Attachments } from './Attachments';
import { LinkifiedText } from './LinkifiedText';
import { StatusIcon } from './StatusIcon';

interface MessageBubbleProps {
  message: Message;
  showAuthor: boolean;
  onRetry?: (message: Message) => void;
  onImageLoad?: () => void;
}

/** An inbound (left), outbound (right, accent) or note (yellow, internal) message. */
export const MessageBubble = memo(function MessageBubble({ message, showAuthor, onRetry, onImageLoad }: MessageBubbleProps) {
  const { t, locale } = useI18n();
  const { direction, status } = message;
  const failed = status === 'failed';
  const side = direction === 'in' ? 'in' : 'out';
  return (
    <div
      className={`sb-msg sb-msg--${side} sb-msg--${direction}${failed ? ' sb-msg--failed' : ''}${message.pendingKey ? ' sb-msg--pending' : ''}`}
      data-testid="message"
      data-direction={direction}
      data-status={status ?? ''}
      data-message-id={message.id}
    >
      {showAuthor && message.author && direction !== 'in' && <div className="sb-msg__author">{message.author.name}</div>}
      <div className="sb-msg__bubble">
        {direction === 'note' && (
          <div className="sb-msg__note-label" title={t('message.noteHint')}>
            {t('message.note')}
          </div>
        )}
        {message.text && (
          <div className="sb-msg__text">
            <LinkifiedText text={message.text} />
          </div>
        )}
        <Attachments attachments={message.attachments ?? []} onImageLoad={onImageLoad} />
        <div className="sb-msg__meta">
          <time dateTime={message.createdAt} title={formatDateTime(message.createdAt, locale)}>
            {formatClock(message.createdAt, locale)}
          </time>
          {direction === 'out' && status && <StatusIcon status={status} />}
        </div>
      </div>
      {failed && (
        <div className="sb-msg__failure" role="alert">
          <span className="sb-msg__error">
            {t(message.pendingKey ? 'message.sendFailed' : 'message.status.failed')}
            {message.error ? `: ${message.error}` : ''}
          </span>
          {onRetry && (
            <Button size="sm" variant="ghost" className="sb-msg__retry" onClick={() => onRetry(message)} data-testid="message-retry">
              {t('message.retry')}
            </Button>
          )}
        </div>
      )}
    </div>
  );
});
