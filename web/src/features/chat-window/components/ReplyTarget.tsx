import { CloseIcon, ReplyIcon, SendIcon } from '@/components/icons';
import { useI18n } from '@/i18n';
import type { ReplyTo } from '@/lib/api-types';

export interface ClientComment {
  commentId: string;
  text: string;
}

/** The platform id of a client's comment message (`comment:<id>`), or null for any other message. */
export function commentIdOf(externalId: string | null | undefined): string | null {
  return externalId?.startsWith('comment:') ? externalId.slice('comment:'.length) : null;
}

/** The comment an answer under a comment goes to: the chosen one, or the client's latest. */
export function targetComment(value: ReplyTo, comments: ClientComment[]): ClientComment | null {
  if (value.type !== 'comment') return null;
  if (value.commentId) return comments.find((c) => c.commentId === value.commentId) ?? { commentId: value.commentId, text: '' };
  return comments[comments.length - 1] ?? null;
}

interface ReplyTargetProps {
  value: ReplyTo;
  onChange: (value: ReplyTo) => void;
  /** The client's comments in this chat, oldest first. */
  comments: ClientComment[];
  channelType: string;
}

/**
 * In a comment chat: answer publicly under the client's comment (the latest, or the one picked
 * with a comment's "Reply" button) or privately in direct messages.
 */
export function ReplyTarget({ value, onChange, comments, channelType }: ReplyTargetProps) {
  const { t } = useI18n();
  const comment = targetComment(value, comments);
  const picked = value.type === 'comment' && value.commentId !== undefined && comments.length > 1
    && value.commentId !== comments[comments.length - 1]?.commentId;
  const meta = channelType === 'instagram' || channelType === 'facebook';
  const options = [
    { type: 'comment' as const, icon: <ReplyIcon size={13} />, label: t('replyTarget.public'), hint: t('replyTarget.publicHint') },
    {
      type: 'direct' as const,
      icon: <SendIcon size={12} />,
      label: t('replyTarget.direct'),
      hint: t(meta ? 'replyTarget.directHintMeta' : 'replyTarget.directHint'),
    },
  ];
  return (
    <div className="sb-reply-target" data-testid="reply-target" data-target={value.type}>
      <div className="sb-reply-target__switch" role="radiogroup" aria-label={t('replyTarget.label')}>
        {options.map((option) => (
          <button
            key={option.type}
            type="button"
            role="radio"
            aria-checked={value.type === option.type}
            className="sb-reply-target__option"
            onClick={() => onChange({ type: option.type })}
            title={option.hint}
            data-testid={`reply-target-${option.type}`}
          >
            {option.icon}
            {option.label}
          </button>
        ))}
      </div>
      {value.type === 'comment' && comment && (
        <span className="sb-reply-target__quote" data-testid="reply-target-quote">
          {t(picked ? 'replyTarget.underPicked' : 'replyTarget.underLatest')}{' '}
          <q>{comment.text || t('replyTarget.commentWithoutText')}</q>
          {picked && (
            <button
              type="button"
              className="sb-reply-target__clear"
              onClick={() => onChange({ type: 'comment' })}
              aria-label={t('replyTarget.backToLatest')}
              title={t('replyTarget.backToLatest')}
              data-testid="reply-target-clear"
            >
              <CloseIcon size={12} />
            </button>
          )}
        </span>
      )}
      {value.type === 'direct' && (
        <span className="sb-reply-target__quote">{t(meta ? 'replyTarget.directNoteMeta' : 'replyTarget.directNote')}</span>
      )}
    </div>
  );
}
