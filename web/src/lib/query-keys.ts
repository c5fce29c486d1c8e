import type { Category } from './api-types';

/**
 * Query keys shared by features and the realtime bridge (features never import each other).
 * A list or counts key ends with the filter key: the canonical query string of the filter and
 * sort ('' for the plain, unfiltered list newest first).
 */
export const queryKeys = {
  me: ['me'] as const,
  chats: ['chats'] as const,
  chatLists: ['chats', 'list'] as const,
  /** Every list of one category, whatever its filter. */
  chatListsOf: (category: Category) => ['chats', 'list', category] as const,
  chatList: (category: Category, filterKey = '') => ['chats', 'list', category, filterKey] as const,
  chatCounts: ['chats', 'counts'] as const,
  chatCountsFor: (filterKey = '') => ['chats', 'counts', filterKey] as const,
  /** Every open chat: its detail and its messages. */
  openChats: ['chat'] as const,
  chat: (chatId: string) => ['chat', chatId] as const,
  messages: (chatId: string) => ['chat', chatId, 'messages'] as const,
  tasks: (chatId: string) => ['chat', chatId, 'tasks'] as const,
  /** A client card with the client's chats. */
  client: (clientId: string) => ['client', clientId] as const,
  /** Every cached template list: the pickers' searches and the settings' list. */
  templates: ['templates'] as const,
  templateSearch: (q: string) => ['templates', 'search', q] as const,
  templatesAll: ['templates', 'all'] as const,
  templatePlaceholders: ['template-placeholders'] as const,
  workspace: ['workspace'] as const,
  stoplist: ['stoplist'] as const,
  stages: ['stages'] as const,
  tags: ['tags'] as const,
  /** The tags with how many chats carry each (the settings screen; counting costs more). */
  tagsUsage: ['tags', 'usage'] as const,
  users: ['users'] as const,
  channels: ['channels'] as const,
  webhooks: ['webhooks'] as const,
  webhookDeliveries: (webhookId: string) => ['webhooks', webhookId, 'deliveries'] as const,
  /** The templates the platform approved for one channel (WhatsApp). */
  platformTemplates: (channelId: string) => ['platform-templates', channelId] as const,
};
