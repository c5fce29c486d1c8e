import { postChatAction, useChatAction } from './chat-action';

/** `POST /api/v1/chats/{id}/read`: called when a chat with unread messages is opened. */
export const markChatRead = (chatId: string) => postChatAction(chatId, 'read');
export const useMarkChatRead = (chatId: string) => useChatAction(chatId, 'read');
