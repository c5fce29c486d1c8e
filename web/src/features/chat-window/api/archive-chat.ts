import { postChatAction, useChatAction } from './chat-action';

/** `POST /api/v1/chats/{id}/archive`. */
export const archiveChat = (chatId: string) => postChatAction(chatId, 'archive');
export const useArchiveChat = (chatId: string) => useChatAction(chatId, 'archive');
