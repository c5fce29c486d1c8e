import { useCallback, useEffect, useRef } from 'react';
import { ErrorBanner } from '@/components/ErrorBanner';
import { Spinner } from '@/components/Spinner';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { Message } from '@/lib/api-types';
import { useSession } from '@/lib/session';
import { useAcceptChat } from '../api/accept-chat';
import { useArchiveChat } from '../api/archive-chat';
import { useChat } from '../api/get-chat';
import { useMarkChatRead } from '../api/mark-read';
import { useMarkChatUnread } from '../api/mark-unread';
import { useRetryMessage } from '../api/retry-message';
import { useSendMessage } from '../api/send-message';
import { useSendNote } from '../api/send-note';
import '../chat-window.css';
import { useWindowKeyboard } from '../hooks/use-window-keyboard';
import { ChatHeader } from './ChatHeader';
import { Composer, type ComposerHandle, type ComposerMode } from './Composer';
import { MessageList } from './MessageList';

export interface ChatWindowProps {
  chatId: string;
  onClose: () => void;
}

/** One conversation: header with the category actions, the history, the composer. */
export function ChatWindow({ chatId, onClose }: ChatWindowProps) {
  const { t } = useI18n();
  const toast = useToast();
  const { user } = useSession();
  const chat = useChat(chatId);
  const composerRef = useRef<ComposerHandle>(null);

  const accept = useAcceptChat(chatId);
  const archive = useArchiveChat(chatId);
  const markRead = useMarkChatRead(chatId);
  const markUnread = useMarkChatUnread(chatId);
  const author = { id: user.id, name: user.name };
  const sendReply = useSendMessage(chatId, author, t('composer.sendFailed'));
  const sendNote = useSendNote(chatId, author, t('composer.sendFailed'));
  const retry = useRetryMessage(chatId, t('composer.sendFailed'));

  // Opening a chat with unread messages marks it read; so does a new message while it is open.
  const readFor = useRef<string | null>(null);
  const unread = chat.data?.unreadCount ?? 0;
  const readKey = `${chatId}:${chat.data?.lastMessage?.id ?? ''}`;
  const { mutate: markReadMutate } = markRead;
  useEffect(() => {
    if (unread > 0 && readFor.current !== readKey) {
      readFor.current = readKey;
      markReadMutate();
    }
  }, [readKey, unread, markReadMutate]);

  const onActionError = useCallback(
    (error: unknown) => toast.show(errorMessage(error, t('chat.actionFailed')), 'error'),
    [toast, t],
  );

  const onSend = useCallback(
    (text: string, mode: ComposerMode, key: string) => {
      (mode === 'note' ? sendNote : sendReply).mutate({ text, key });
    },
    [sendNote, sendReply],
  );

  const onRetry = useCallback(
    (message: Message) => {
      if (message.pendingKey) {
        (message.direction === 'note' ? sendNote : sendReply).mutate({ text: message.text ?? '', key: message.pendingKey, retry: true });
      } else {
        retry.mutate(message);
      }
    },
    [retry, sendNote, sendReply],
  );

  useWindowKeyboard({ onClose, composerRef });

  const busy = accept.isPending ? 'accept' : archive.isPending ? 'archive' : markUnread.isPending ? 'unread' : null;
  const data = chat.data;
  return (
    <section className="sb-cw" data-testid="chat-window" data-chat-id={chatId} data-category={data?.category ?? ''} aria-label={data ? t('chat.label', { name: data.client.name }) : undefined}>
      {data ? (
        <ChatHeader
          chat={data}
          busy={busy}
          onAccept={() => accept.mutate(undefined, { onSuccess: () => toast.show(t('chat.accepted'), 'success'), onError: onActionError })}
          onArchive={() => archive.mutate(undefined, { onSuccess: () => toast.show(t('chat.archived'), 'success'), onError: onActionError })}
          onMarkUnread={() =>
            markUnread.mutate(undefined, {
              onSuccess: () => {
                toast.show(t('chat.markedUnread'), 'success');
                onClose();
              },
              onError: onActionError,
            })
          }
          onClose={onClose}
        />
      ) : chat.isError ? (
        <div className="sb-cw__state">
          <ErrorBanner title={t('chat.loadError')} error={chat.error} onRetry={() => void chat.refetch()} />
          <button type="button" className="sb-link-btn" onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      ) : (
        <div className="sb-cw__state">
          <Spinner label={t('common.loading')} />
        </div>
      )}
      {(data || !chat.isError) && (
        <>
          <MessageList chatId={chatId} currentUserId={user.id} onRetry={onRetry} />
          <Composer ref={composerRef} draftKey={`${user.id}:${chatId}`} onSend={onSend} />
        </>
      )}
    </section>
  );
}
