import { postChatAction, useChatAction } from './chat-action';

/** `POST /api/v1/chats/{id}/unread`. */
export const markChatUnread = (chatId: string) => postChatAction(chatId, 'unread');
export const useMarkChatUnread = (chatId: string) => useChatAction(chatId, 'unread');
