import { useCallback } from 'react';
import { Navigate, useNavigate, useParams } from 'react-router';
import { ChatWindow } from '@/features/chat-window';
import { ChatsScreen } from '@/features/chats';
import { CATEGORIES, type Category } from '@/lib/api-types';

const categoryHref = (category: Category) => `/chats/${category}`;

function isCategory(value: string | undefined): value is Category {
  return CATEGORIES.includes(value as Category);
}

/** `/chats/:category/:chatId?`: the list, and the open chat beside it. */
export function ChatsRoute() {
  const { category, chatId } = useParams();
  const navigate = useNavigate();
  const validCategory = isCategory(category) ? category : null;

  const openChat = useCallback(
    (id: string) => navigate(`/chats/${validCategory}/${encodeURIComponent(id)}`),
    [navigate, validCategory],
  );
  const closeChat = useCallback(() => navigate(`/chats/${validCategory}`), [navigate, validCategory]);

  if (!validCategory) return <Navigate to="/chats/new" replace />;
  const open = chatId ?? null;
  return (
    <div className={`sb-workspace${open ? ' sb-workspace--split' : ''}`}>
      <ChatsScreen category={validCategory} openChatId={open} compact={Boolean(open)} categoryHref={categoryHref} onOpenChat={openChat} />
      {open && <ChatWindow key={open} chatId={open} onClose={closeChat} />}
    </div>
  );
}
