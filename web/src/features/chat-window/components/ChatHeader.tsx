import { Avatar } from '@/components/Avatar';
import { Badge } from '@/components/Badge';
import { Button } from '@/components/Button';
import { ChannelIcon } from '@/components/ChannelIcon';
import { ArchiveIcon, CheckIcon, CloseIcon, PanelIcon, UnreadIcon } from '@/components/icons';
import { StagePill } from '@/components/StagePill';
import { useI18n } from '@/i18n';
import type { ChatDetail, ChatRow } from '@/lib/api-types';

interface ChatHeaderProps {
  chat: ChatRow | ChatDetail;
  busy: 'accept' | 'archive' | 'unread' | null;
  onAccept: () => void;
  onArchive: () => void;
  onMarkUnread: () => void;
  onClose: () => void;
  sideOpen: boolean;
  onToggleSide: () => void;
}

export function ChatHeader({ chat, busy, onAccept, onArchive, onMarkUnread, onClose, sideOpen, onToggleSide }: ChatHeaderProps) {
  const { t } = useI18n();
  const { client, channel, category } = chat;
  const handle = client.username ? `@${client.username}` : client.phone;
  const email = 'email' in client ? client.email : null;
  const channelType = t(`channel.${channel.type}` as 'channel.telegram');
  return (
    <header className="sb-cw-header">
      <Avatar name={client.name} seed={client.id} url={client.avatarUrl} size="lg" />
      <div className="sb-cw-header__main">
        <h2 className="sb-cw-header__name" data-testid="chat-client-name">
          {client.name}
        </h2>
        <div className="sb-cw-header__meta">
          <span className="sb-cw-header__channel" title={channelType}>
            <ChannelIcon type={channel.type} size={14} />
            {channel.name}
          </span>
          {handle && <span className="sb-cw-header__handle">{handle}</span>}
          {email && <span className="sb-cw-header__handle">{email}</span>}
          <Badge tone={category === 'new' ? 'accent' : 'neutral'} testId="chat-category">
            {t(`chat.category.${category}`)}
          </Badge>
          {chat.stage && <StagePill stage={chat.stage} />}
          {chat.responsible && (
            <span className="sb-cw-header__handle">{t('chat.responsible', { name: chat.responsible.name })}</span>
          )}
        </div>
      </div>
      <div className="sb-cw-header__actions">
        <Button
          variant="ghost"
          icon={<UnreadIcon />}
          loading={busy === 'unread'}
          disabled={busy !== null}
          onClick={onMarkUnread}
          title={t('chat.markUnreadHint')}
          data-testid="mark-unread"
        >
          <span className="sb-cw-header__label" data-testid="mark-unread-button">
            {t('chat.markUnread')}
          </span>
        </Button>
        {category === 'new' && (
          <Button variant="primary" icon={<CheckIcon />} loading={busy === 'accept'} disabled={busy !== null} onClick={onAccept} title={`${t('chat.accept')} (Alt+A)`} data-testid="accept-button">
            {t('chat.accept')}
          </Button>
        )}
        {category !== 'archive' && (
          <Button variant="secondary" icon={<ArchiveIcon />} loading={busy === 'archive'} disabled={busy !== null} onClick={onArchive} title={`${t('chat.archive')} (Alt+E)`} data-testid="archive-button">
            {t('chat.archive')}
          </Button>
        )}
        <button
          type="button"
          className="sb-icon-btn"
          onClick={onToggleSide}
          aria-pressed={sideOpen}
          aria-label={t(sideOpen ? 'chat.hidePanel' : 'chat.showPanel')}
          title={t(sideOpen ? 'chat.hidePanel' : 'chat.showPanel')}
          data-testid="side-panel-toggle"
        >
          <PanelIcon />
        </button>
        <button type="button" className="sb-icon-btn sb-cw-header__close" onClick={onClose} aria-label={t('chat.close')} title={t('chat.close')} data-testid="chat-close">
          <CloseIcon />
        </button>
      </div>
    </header>
  );
}
