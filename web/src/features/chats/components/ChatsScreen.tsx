import { useEffect } from 'react';
import { useI18n } from '@/i18n';
import type { Category } from '@/lib/api-types';
import { useChatCounts } from '../api/get-chat-counts';
import '../chats.css';
import '../toolbar.css';
import { useChatQuery } from '../hooks/use-chat-query';
import { ChatListPanel } from './ChatListPanel';
import { ChatTabs } from './ChatTabs';
import { SearchBox } from './SearchBox';

export interface ChatsScreenProps {
  category: Category;
  openChatId: string | null;
  /** Narrow list beside an open chat: fewer columns. */
  compact?: boolean;
  /** The link of a tab (the route keeps the filter in it). */
  categoryHref: (category: Category) => string;
  onOpenChat: (chatId: string) => void;
}

/** «Чаты»: search, the tabs with live counters for the current filter, and the table of the chosen category. */
export function ChatsScreen({ category, openChatId, compact = false, categoryHref, onOpenChat }: ChatsScreenProps) {
  const { t } = useI18n();
  const controls = useChatQuery();
  const counts = useChatCounts(controls.query);
  const unread = counts.data?.unread ?? 0;
  useEffect(() => {
    document.title = `${unread > 0 ? `(${unread}) ` : ''}${t('chats.title')} · ${t('app.name')}`;
  }, [unread, t]);
  return (
    <section className={`sb-chats${compact ? ' sb-chats--compact' : ''}`} aria-labelledby="chats-title">
      <header className="sb-chats__header">
        <div className="sb-chats__titlebar">
          <h1 id="chats-title" className="sb-chats__title">
            {t('chats.title')}
          </h1>
          <SearchBox value={controls.query.q} onChange={controls.setSearch} />
        </div>
        <ChatTabs category={category} counts={counts.data} categoryHref={categoryHref} />
      </header>
      <ChatListPanel
        key={category}
        category={category}
        controls={controls}
        counts={counts.data}
        openChatId={openChatId}
        compact={compact}
        onOpenChat={onOpenChat}
      />
    </section>
  );
}
