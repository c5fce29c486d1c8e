import type { Category } from './api-types';

/** Query keys shared by features and the realtime bridge (features never import each other). */
export const queryKeys = {
  me: ['me'] as const,
  chats: ['chats'] as const,
  chatLists: ['chats', 'list'] as const,
  chatList: (category: Category) => ['chats', 'list', category] as const,
  chatCounts: ['chats', 'counts'] as const,
  chat: (chatId: string) => ['chat', chatId] as const,
  messages: (chatId: string) => ['chat', chatId, 'messages'] as const,
};
