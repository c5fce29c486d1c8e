import { useEffect } from 'react';
import { useI18n } from '@/i18n';
import type { Category } from '@/lib/api-types';
import { useChatCounts } from '../api/get-chat-counts';
import '../chats.css';
import { ChatTable } from './ChatTable';
import { ChatTabs } from './ChatTabs';

export interface ChatsScreenProps {
  category: Category;
  openChatId: string | null;
  /** Narrow list beside an open chat: fewer columns. */
  compact?: boolean;
  categoryHref: (category: Category) => string;
  onOpenChat: (chatId: string) => void;
}

/** «Чаты»: the tabs with live counters and the table of the chosen category. */
export function ChatsScreen({ category, openChatId, compact = false, categoryHref, onOpenChat }: ChatsScreenProps) {
  const { t } = useI18n();
  const counts = useChatCounts();
  const unread = counts.data?.unread ?? 0;
  useEffect(() => {
    document.title = `${unread > 0 ? `(${unread}) ` : ''}${t('chats.title')} · ${t('app.name')}`;
  }, [unread, t]);
  return (
    <section className={`sb-chats${compact ? ' sb-chats--compact' : ''}`} aria-labelledby="chats-title">
      <header className="sb-chats__header">
        <h1 id="chats-title" className="sb-chats__title">
          {t('chats.title')}
        </h1>
        <ChatTabs category={category} counts={counts.data} categoryHref={categoryHref} />
      </header>
      <ChatTable key={category} category={category} openChatId={openChatId} compact={compact} onOpenChat={onOpenChat} />
    </section>
  );
}
