import { postChatAction, useChatAction } from './chat-action';

/** `POST /api/v1/chats/{id}/accept`: New → Accepted; the caller becomes responsible if none. */
export const acceptChat = (chatId: string) => postChatAction(chatId, 'accept');
export const useAcceptChat = (chatId: string) => useChatAction(chatId, 'accept');
