import { Link, useLocation } from 'react-router';
import { ChannelIcon } from '@/components/ChannelIcon';
import { ErrorBanner } from '@/components/ErrorBanner';
import { Skeleton } from '@/components/Skeleton';
import { TimeAgo } from '@/components/TimeAgo';
import { useI18n } from '@/i18n';
import type { ChatRow } from '@/lib/api-types';

interface OtherChatsProps {
  chatId: string;
  chats: ChatRow[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** The same client's other dialogs (other channels, other posts): each opens in place of this one. */
export function OtherChats({ chatId, chats, loading, error, onRetry }: OtherChatsProps) {
  const { t } = useI18n();
  const { search } = useLocation();
  const others = (chats ?? []).filter((chat) => chat.id !== chatId);
  let body;
  if (loading) {
    body = <Skeleton width="70%" />;
  } else if (error && !chats) {
    body = <ErrorBanner compact title={t('side.clientError')} error={error} onRetry={onRetry} />;
  } else if (others.length === 0) {
    body = <p className="sb-side__none">{t('side.noOtherChats')}</p>;
  } else {
    body = (
      <ul className="sb-others">
        {others.map((chat) => {
          const typeName = t(`channel.${chat.channel.type}` as 'channel.telegram');
          return (
            <li key={chat.id}>
              <Link to={{ pathname: `/chats/${chat.category}/${encodeURIComponent(chat.id)}`, search }} className="sb-others__link" data-testid="client-other-chat" data-chat-id={chat.id}>
                <ChannelIcon type={chat.channel.type} size={16} title={typeName} />
                <span className="sb-others__main">
                  <span className="sb-others__line">
                    <span className="sb-ellipsis">{chat.channel.name}</span>
                    <span className="sb-others__category">{t(`chat.category.${chat.category}`)}</span>
                  </span>
                  <span className="sb-others__preview">{chat.lastMessage?.text?.trim() || (chat.lastMessage ? t('chats.attachment') : t('chats.noMessages'))}</span>
                </span>
                <TimeAgo className="sb-others__time" iso={chat.lastActivityAt} />
              </Link>
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <section className="sb-side__section" aria-label={t('side.otherChats')}>
      <h3 className="sb-side__title">
        {t('side.otherChats')}
        {others.length > 0 && <span className="sb-side__count">{others.length}</span>}
      </h3>
      {body}
    </section>
  );
}
