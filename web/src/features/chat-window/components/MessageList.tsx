import type { ReactNode } from 'react';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ErrorBanner } from '@/components/ErrorBanner';
import { ArrowDownIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useI18n } from '@/i18n';
import type { Message } from '@/lib/api-types';
import { dayKey, formatDayLabel } from '@/lib/format';
import { useNow } from '@/lib/use-now';
import { useMessages } from '../api/get-messages';
import { EventLine } from './EventLine';
import { MessageBubble } from './MessageBubble';

const LOAD_OLDER_PX = 240;

interface DayGroup {
  key: string;
  messages: Message[];
}

/** Messages of one calendar day together, so each day's separator sticks only over its own day. */
function groupByDay(messages: Message[]): DayGroup[] {
  const groups: DayGroup[] = [];
  for (const message of messages) {
    const key = dayKey(message.createdAt);
    const last = groups[groups.length - 1];
    if (last && last.key === key) last.messages.push(message);
    else groups.push({ key, messages: [message] });
  }
  return groups;
}
const NEAR_BOTTOM_PX = 120;

interface MessageListProps {
  chatId: string;
  currentUserId: string;
  onRetry: (message: Message) => void;
  /** Comment chats: a comment's "Reply" button picks it as where the next answer goes. */
  onReplyUnder?: (commentId: string) => void;
  replyTargetId?: string | null;
}

/** History, newest at the bottom; older pages load when scrolling to the top, without a jump. */
export function MessageList({ chatId, currentUserId, onRetry, onReplyUnder, replyTargetId = null }: MessageListProps) {
  const { t, locale } = useI18n();
  const now = useNow();
  const { data, isPending, isError, error, refetch, hasNextPage, isFetchingNextPage, fetchNextPage } = useMessages(chatId);

  const messages = useMemo(() => {
    if (!data) return [];
    const out: Message[] = [];
    for (let i = data.pages.length - 1; i >= 0; i--) out.push(...data.pages[i].items);
    return out;
  }, [data]);

  // Screen readers hear only a newly arrived message (not older pages loading, nor own sends).
  const newest = messages[messages.length - 1];
  const newestKey = newest ? (newest.pendingKey ?? newest.id) : null;
  const [announcedKey, setAnnouncedKey] = useState(newestKey);
  const [announcement, setAnnouncement] = useState('');
  if (newestKey !== announcedKey) {
    setAnnouncedKey(newestKey);
    const fromOthers =
      newest !== undefined &&
      !newest.pendingKey &&
      (newest.direction === 'in' || ((newest.direction === 'out' || newest.direction === 'note') && newest.author != null && newest.author.id !== currentUserId));
    if (announcedKey !== null && fromOthers) setAnnouncement(t('chat.newMessage', { text: newest.text?.trim() || t('chats.attachment') }));
  }

  const scrollRef = useRef<HTMLDivElement>(null);
  const metrics = useRef({ scrollHeight: 0, scrollTop: 0, nearBottom: true, firstId: '', lastId: '' });
  /** Messages that arrived while reading older ones: a button takes one down to them. */
  const [unseen, setUnseen] = useState(0);

  const remember = useCallback(() => {
    const el = scrollRef.current;
    if (!el) return;
    metrics.current.scrollHeight = el.scrollHeight;
    metrics.current.scrollTop = el.scrollTop;
    metrics.current.nearBottom = el.scrollHeight - el.scrollTop - el.clientHeight < NEAR_BOTTOM_PX;
    if (metrics.current.nearBottom) setUnseen(0);
  }, []);

  const scrollToBottom = useCallback(() => {
    const el = scrollRef.current;
    if (el) el.scrollTop = el.scrollHeight;
    remember();
  }, [remember]);

  useLayoutEffect(() => {
    const el = scrollRef.current;
    if (!el || messages.length === 0) return;
    const m = metrics.current;
    const firstId = messages[0].pendingKey ?? messages[0].id;
    const last = messages[messages.length - 1];
    const lastId = last.pendingKey ?? last.id;
    if (!m.firstId) {
      el.scrollTop = el.scrollHeight; // first render: at the newest
    } else if (firstId !== m.firstId && lastId === m.lastId) {
      el.scrollTop = m.scrollTop + (el.scrollHeight - m.scrollHeight); // older page on top: keep the view still
    } else if (lastId !== m.lastId) {
      const mine = last.direction !== 'in' && (last.pendingKey !== undefined || last.author?.id === currentUserId);
      if (m.nearBottom || mine) el.scrollTop = el.scrollHeight;
      else if (last.direction !== 'event') setUnseen((n) => n + 1);
    }
    m.firstId = firstId;
    m.lastId = lastId;
    remember();
  }, [messages, currentUserId, remember]);

  const maybeLoadOlder = useCallback(() => {
    const el = scrollRef.current;
    if (!el || !hasNextPage || isFetchingNextPage) return;
    if (el.scrollTop < LOAD_OLDER_PX) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  // A short first page that does not fill the view: keep loading older ones.
  useEffect(() => {
    const el = scrollRef.current;
    if (el && el.scrollHeight <= el.clientHeight + LOAD_OLDER_PX) maybeLoadOlder();
  }, [messages.length, maybeLoadOlder]);

  const onScroll = () => {
    remember();
    maybeLoadOlder();
  };

  const onImageLoad = useCallback(() => {
    if (metrics.current.nearBottom) scrollToBottom();
    else remember();
  }, [scrollToBottom, remember]);

  let content: ReactNode;
  if (isPending) {
    content = (
      <div className="sb-history__state">
        <Spinner label={t('common.loading')} />
      </div>
    );
  } else if (isError && messages.length === 0) {
    content = (
      <div className="sb-history__state">
        <ErrorBanner title={t('chat.messagesError')} error={error} onRetry={() => void refetch()} />
      </div>
    );
  } else if (messages.length === 0) {
    content = <div className="sb-history__state sb-muted">{t('chat.noMessages')}</div>;
  } else {
    content = (
      <>
        <div className="sb-history__top">
          {isFetchingNextPage ? (
            <span className="sb-muted">
              <Spinner size="sm" /> {t('chat.loadingOlder')}
            </span>
          ) : !hasNextPage ? (
            <span className="sb-history__beginning">{t('chat.beginning')}</span>
          ) : null}
        </div>
        {groupByDay(messages).map((group) => (
          <div key={group.key} className="sb-day-group">
            <div className="sb-day" role="separator">
              <span>{formatDayLabel(group.messages[0].createdAt, locale, now)}</span>
            </div>
            {group.messages.map((message, i) => {
              const prev = group.messages[i - 1];
              const showAuthor = !prev || prev.direction !== message.direction || prev.author?.id !== message.author?.id;
              return message.direction === 'event' ? (
                <EventLine key={message.pendingKey ?? message.id} message={message} />
              ) : (
                <MessageBubble
                  key={message.pendingKey ?? message.id}
                  message={message}
                  showAuthor={showAuthor}
                  onRetry={onRetry}
                  onImageLoad={onImageLoad}
                  onReplyUnder={onReplyUnder}
                  isReplyTarget={replyTargetId !== null && message.externalId === `comment:${replyTargetId}`}
                />
              );
            })}
          </div>
        ))}
      </>
    );
  }

  return (
    <>
      <div ref={scrollRef} className="sb-history" onScroll={onScroll} role="region" aria-label={t('chat.history')} aria-busy={isPending} tabIndex={0} data-testid="history">
        {content}
      </div>
      {unseen > 0 && (
        <div className="sb-history__jump-wrap">
          <button type="button" className="sb-history__jump" onClick={scrollToBottom} data-testid="history-jump">
            <ArrowDownIcon size={14} />
            {t('chat.newBelow', { count: unseen })}
          </button>
        </div>
      )}
      <div className="sb-visually-hidden" aria-live="polite" aria-atomic="true" data-testid="history-announcer">
        {announcement}
      </div>
    </>
  );
}
