import { useCallback } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router';
import { ChatWindow } from '@/features/chat-window';
import { ChatsScreen } from '@/features/chats';
import { CATEGORIES, type Category } from '@/lib/api-types';

function isCategory(value: string | undefined): value is Category {
  return CATEGORIES.includes(value as Category);
}

/**
 * `/chats/:category/:chatId?`: the list, and the open chat beside it. The list's filter lives in
 * the query string, so tabs and opening or closing a chat keep it.
 */
export function ChatsRoute() {
  const { category, chatId } = useParams();
  const { search } = useLocation();
  const navigate = useNavigate();
  const validCategory = isCategory(category) ? category : null;

  const categoryHref = useCallback((c: Category) => `/chats/${c}${search}`, [search]);
  const openChat = useCallback(
    (id: string, inCategory?: Category) => navigate({ pathname: `/chats/${inCategory ?? validCategory}/${encodeURIComponent(id)}`, search }),
    [navigate, validCategory, search],
  );
  const closeChat = useCallback(() => navigate({ pathname: `/chats/${validCategory}`, search }), [navigate, validCategory, search]);

  if (!validCategory) return <Navigate to={{ pathname: '/chats/new', search }} replace />;
  const open = chatId ?? null;
  return (
    <div className={`sb-workspace${open ? ' sb-workspace--split' : ''}`}>
      <ChatsScreen category={validCategory} openChatId={open} compact={Boolean(open)} categoryHref={categoryHref} onOpenChat={openChat} />
      {open && <ChatWindow key={open} chatId={open} onClose={closeChat} />}
    </div>
  );
}
