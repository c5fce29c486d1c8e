import { useEffect, useState } from 'react';
import { Button } from '@/components/Button';
import { WriteIcon } from '@/components/icons';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import type { Category } from '@/lib/api-types';
import { inOverlay, isAltLetter } from '@/lib/keyboard';
import { useChatCounts } from '../api/get-chat-counts';
import '../chats.css';
import '../toolbar.css';
import { useChatQuery } from '../hooks/use-chat-query';
import { ChatListPanel } from './ChatListPanel';
import { ChatTabs } from './ChatTabs';
import { SearchBox } from './SearchBox';
import { WriteFirstDialog } from './write-first/WriteFirstDialog';

export interface ChatsScreenProps {
  category: Category;
  openChatId: string | null;
  /** Narrow list beside an open chat: fewer columns. */
  compact?: boolean;
  /** The link of a tab (the route keeps the filter in it). */
  categoryHref: (category: Category) => string;
  /** Opens a chat; `category` when it is in another tab than the current one (e.g. after writing first). */
  onOpenChat: (chatId: string, category?: Category) => void;
}

/**
 * «Чаты»: «Написать первым», search, the tabs with live counters for the current filter, and the
 * table of the chosen category.
 */
export function ChatsScreen({ category, openChatId, compact = false, categoryHref, onOpenChat }: ChatsScreenProps) {
  const { t } = useI18n();
  const toast = useToast();
  const controls = useChatQuery();
  const counts = useChatCounts(controls.query);
  const [writing, setWriting] = useState(false);

  // Alt+W: write first, from anywhere on the chats screen (also while typing).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !isAltLetter(event, 'w') || inOverlay(event.target)) return;
      event.preventDefault();
      setWriting(true);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
  return (
    <section className={`sb-chats${compact ? ' sb-chats--compact' : ''}`} aria-labelledby="chats-title">
      <header className="sb-chats__header">
        <div className="sb-chats__titlebar">
          <h1 id="chats-title" className="sb-chats__title">
            {t('chats.title')}
          </h1>
          <div className="sb-chats__tools">
            <SearchBox value={controls.query.q} onChange={controls.setSearch} />
            <Button
              variant="primary"
              size="sm"
              icon={<WriteIcon />}
              className="sb-chats__write"
              onClick={() => setWriting(true)}
              title={t('writeFirst.buttonHint')}
              aria-label={compact ? t('writeFirst.button') : undefined}
              data-testid="write-first-button"
            >
              <span className="sb-chats__write-label">{t('writeFirst.button')}</span>
            </Button>
          </div>
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
      {writing && (
        <WriteFirstDialog
          onClose={() => setWriting(false)}
          onStarted={(chat) => {
            setWriting(false);
            toast.show(t('writeFirst.sent'), 'success');
            onOpenChat(chat.id, chat.category);
          }}
        />
      )}
    </section>
  );
}
