import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { ErrorBanner } from '@/components/ErrorBanner';
import { UploadIcon } from '@/components/icons';
import { Spinner } from '@/components/Spinner';
import { useToast } from '@/components/toast-context';
import { useI18n } from '@/i18n';
import { errorMessage } from '@/lib/api-client';
import type { Message, ReplyTo } from '@/lib/api-types';
import { useSession } from '@/lib/session';
import { useStoredState } from '@/lib/stored-state';
import { useAcceptChat } from '../api/accept-chat';
import { useArchiveChat } from '../api/archive-chat';
import { useChat } from '../api/get-chat';
import { useMessages } from '../api/get-messages';
import { useMarkChatRead } from '../api/mark-read';
import { useMarkChatUnread } from '../api/mark-unread';
import { useRetryMessage } from '../api/retry-message';
import { useSendMessage } from '../api/send-message';
import { useSendNote } from '../api/send-note';
import '../chat-window.css';
import { useWindowKeyboard } from '../hooks/use-window-keyboard';
import { ChatHeader } from './ChatHeader';
import { ReplyWindowNotice } from './ReplyWindowNotice';
import { Composer, type ComposerHandle, type ComposerMode, type OutgoingMessage } from './Composer';
import { MessageList } from './MessageList';
import { PlatformTemplateReply } from './PlatformTemplateReply';
import { PostCard } from './PostCard';
import { commentIdOf, ReplyTarget, targetComment, type ClientComment } from './ReplyTarget';
import { SidePanel } from './side/SidePanel';

export interface ChatWindowProps {
  chatId: string;
  onClose: () => void;
}

export const SIDE_PANEL_KEY = 'sb.chat.sidePanel';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files');
}

/** One conversation: header with the category actions, the history, the composer, the side panel. */
export function ChatWindow({ chatId, onClose }: ChatWindowProps) {
  const { t } = useI18n();
  const toast = useToast();
  const { user } = useSession();
  const chat = useChat(chatId);
  const composerRef = useRef<ComposerHandle>(null);
  const [sideOpen, setSideOpen] = useStoredState(SIDE_PANEL_KEY, true);
  const [composerMode, setComposerMode] = useState<ComposerMode>('reply');
  const [dragging, setDragging] = useState(false);
  const [choosingTemplate, setChoosingTemplate] = useState(false);
  const dragDepth = useRef(0);
  const [replyTo, setReplyTo] = useState<ReplyTo>({ type: 'comment' });
  const history = useMessages(chatId);
  const comments = useMemo<ClientComment[]>(() => {
    const found: ClientComment[] = [];
    const pages = history.data?.pages ?? [];
    for (let i = pages.length - 1; i >= 0; i--) {
      for (const m of pages[i].items) {
        const id = m.direction === 'in' ? commentIdOf(m.externalId) : null;
        if (id) found.push({ commentId: id, text: m.text ?? '' });
      }
    }
    return found;
  }, [history.data]);

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

  const commentChat = chat.data?.sourceType === 'comment';
  const onSend = useCallback(
    ({ text, mode, key, attachments }: OutgoingMessage) => {
      if (mode === 'note') sendNote.mutate({ text, key });
      else sendReply.mutate({ text, key, attachments, replyTo: commentChat ? replyTo : undefined });
    },
    [sendNote, sendReply, commentChat, replyTo],
  );
  const replyUnder = useCallback((commentId: string) => {
    setReplyTo({ type: 'comment', commentId });
    composerRef.current?.focus();
  }, []);
  const targetId = commentChat ? (targetComment(replyTo, comments)?.commentId ?? null) : null;
  const filesBlocked = commentChat && replyTo.type === 'comment' ? t('replyTarget.noFilesUnderComment') : undefined;

  const onRetry = useCallback(
    (message: Message) => {
      if (message.pendingKey) {
        const input = {
          text: message.text ?? '',
          key: message.pendingKey,
          retry: true,
          attachments: message.attachments,
          replyTo: message.replyTo ?? undefined,
        };
        (message.direction === 'note' ? sendNote : sendReply).mutate(input);
      } else {
        retry.mutate(message);
      }
    },
    [retry, sendNote, sendReply],
  );

  const replyLocked = chat.data?.replyWindow?.open === false;
  const dropMode: ComposerMode = replyLocked ? 'note' : composerMode;

  const busy = accept.isPending ? 'accept' : archive.isPending ? 'archive' : markUnread.isPending ? 'unread' : null;
  const data = chat.data;
  const doAccept = () => accept.mutate(undefined, { onSuccess: () => toast.show(t('chat.accepted'), 'success'), onError: onActionError });
  const doArchive = () => archive.mutate(undefined, { onSuccess: () => toast.show(t('chat.archived'), 'success'), onError: onActionError });

  useWindowKeyboard({
    onClose,
    composerRef,
    onAccept: data?.category === 'new' && busy === null ? doAccept : undefined,
    onArchive: data && data.category !== 'archive' && busy === null ? doArchive : undefined,
  });

  // Files dragged over the chat: a drop zone over all of it.
  const onDragEnter = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth.current += 1;
    setDragging(true);
  };
  const onDragOver = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = dropMode === 'note' ? 'none' : 'copy';
  };
  const onDragLeave = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    dragDepth.current = Math.max(0, dragDepth.current - 1);
    if (dragDepth.current === 0) setDragging(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!hasFiles(event)) return;
    event.preventDefault();
    dragDepth.current = 0;
    setDragging(false);
    const files = Array.from(event.dataTransfer.files);
    if (files.length > 0 && !composerRef.current?.addFiles(files)) {
      toast.show(dropMode !== 'note' && filesBlocked ? filesBlocked : t('chat.dropNoNote'), 'info');
    }
  };

  return (
    <section
      className="sb-cw"
      data-testid="chat-window"
      data-chat-id={chatId}
      data-category={data?.category ?? ''}
      aria-label={data ? t('chat.label', { name: data.client.name }) : undefined}
      onDragEnter={onDragEnter}
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      {data ? (
        <ChatHeader
          chat={data}
          busy={busy}
          onAccept={doAccept}
          onArchive={doArchive}
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
          sideOpen={sideOpen}
          onToggleSide={() => setSideOpen(!sideOpen)}
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
        <div className="sb-cw__body">
          <div className="sb-cw__main">
            {data?.post && (commentChat || data.channel.type === 'widget') && (
              <PostCard post={data.post} kind={commentChat ? 'post' : 'page'} />
            )}
            <MessageList
              chatId={chatId}
              currentUserId={user.id}
              onRetry={onRetry}
              onReplyUnder={commentChat ? replyUnder : undefined}
              replyTargetId={targetId}
            />
            <ReplyWindowNotice
              window={data?.replyWindow}
              channelType={data?.channel.type}
              onChooseTemplate={data?.channel.type === 'whatsapp' ? () => setChoosingTemplate(true) : undefined}
            />
            <Composer
              ref={composerRef}
              chatId={chatId}
              draftKey={`${user.id}:${chatId}`}
              onSend={onSend}
              onModeChange={setComposerMode}
              replyLocked={replyLocked}
              filesBlocked={filesBlocked}
              replyTarget={
                commentChat && data ? (
                  <ReplyTarget value={replyTo} onChange={setReplyTo} comments={comments} channelType={data.channel.type} />
                ) : undefined
              }
            />
          </div>
          {sideOpen && data && <SidePanel chat={data} />}
          {choosingTemplate && data && <PlatformTemplateReply chatId={chatId} channelId={data.channel.id} onClose={() => setChoosingTemplate(false)} />}
        </div>
      )}
      {dragging && (
        <div className={`sb-cw__drop${dropMode === 'note' ? ' sb-cw__drop--refused' : ''}`} data-testid="drop-zone" aria-hidden="true">
          <UploadIcon size={28} />
          <span>{t(dropMode === 'note' ? 'chat.dropNoNote' : 'chat.dropFiles')}</span>
        </div>
      )}
    </section>
  );
}
