import { memo } from 'react';
import { Button } from '@/components/Button';
import { ReplyIcon, SendIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { Message } from '@/lib/api-types';
import { formatClock, formatDateTime } from '@/lib/format';
import { Attachments } from './Attachments';
import { LinkifiedText } from './LinkifiedText';
import { commentIdOf } from './ReplyTarget';
import { StatusIcon } from './StatusIcon';

interface MessageBubbleProps {
  message: Message;
  showAuthor: boolean;
  onRetry?: (message: Message) => void;
  onImageLoad?: () => void;
  /** Comment chats: answer publicly under this client's comment. */
  onReplyUnder?: (commentId: string) => void;
  /** This comment is where the next public answer goes. */
  isReplyTarget?: boolean;
}

/** An inbound (left), outbound (right, accent) or note (yellow, internal) message. */
export const MessageBubble = memo(function MessageBubble({ message, showAuthor, onRetry, onImageLoad, onReplyUnder, isReplyTarget = false }: MessageBubbleProps) {
  const { t, locale } = useI18n();
  const { direction, status } = message;
  const failed = status === 'failed';
  const side = direction === 'in' ? 'in' : 'out';
  const commentId = direction === 'in' ? commentIdOf(message.externalId) : null;
  const replyTo = direction === 'out' ? message.replyTo : null;
  return (
    <div
      className={`sb-msg sb-msg--${side} sb-msg--${direction}${failed ? ' sb-msg--failed' : ''}${message.pendingKey ? ' sb-msg--pending' : ''}${isReplyTarget ? ' sb-msg--target' : ''}`}
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
        {message.html ? (
          // sanitised on the server: text formatting, tables and links that open apart, nothing that runs
          <div className="sb-msg__html" data-testid="message-html" dangerouslySetInnerHTML={{ __html: message.html }} />
        ) : (
          message.text && (
            <div className="sb-msg__text">
              <LinkifiedText text={message.text} />
            </div>
          )
        )}
        <Attachments attachments={message.attachments ?? []} onImageLoad={onImageLoad} />
        <div className="sb-msg__meta">
          {replyTo && (
            <span className="sb-msg__route" data-testid="message-route">
              {replyTo.type === 'direct' ? <SendIcon size={10} /> : <ReplyIcon size={11} />}
              {t(replyTo.type === 'direct' ? 'message.route.direct' : 'message.route.comment')}
            </span>
          )}
          <time dateTime={message.createdAt} title={formatDateTime(message.createdAt, locale)}>
            {formatClock(message.createdAt, locale)}
          </time>
          {direction === 'out' && status && <StatusIcon status={status} />}
        </div>
      </div>
      {commentId && onReplyUnder && (
        <button
          type="button"
          className="sb-msg__reply"
          onClick={() => onReplyUnder(commentId)}
          aria-pressed={isReplyTarget}
          title={t('message.replyUnderHint')}
          data-testid="reply-under"
        >
          <ReplyIcon size={12} />
          {t('message.replyUnder')}
        </button>
      )}
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
