import type { Channel, ChatRow, FunnelStage, Me, Message, TagItem, TeamMember } from '@/lib/api-types';

export const me: Me = {
  user: { id: 'u1', name: 'Anna Operator', email: 'anna@example.com', role: 'operator' },
  workspace: {
    id: 'w1',
    name: 'Shop',
    locale: 'en',
    timezone: 'Europe/Moscow',
    country: 'RU',
    responseTimeAlertSeconds: 600,
  },
};

export function chatRow(overrides: Partial<ChatRow> = {}): ChatRow {
  return {
    id: 'c1',
    category: 'new',
    sourceType: 'message',
    client: { id: 'cl1', name: 'Maria Petrova', username: 'maria_p', phone: '+79123456789', avatarUrl: null },
    channel: { id: 'ch1', type: 'telegram', name: 'Shop bot' },
    post: null,
    stage: { id: 's1', name: 'Negotiation', group: 'active' },
    responsible: { id: 'u2', name: 'Oleg' },
    tags: [{ id: 't1', name: 'vip', color: '#e11d48' }],
    price: { amount: '1500.00', currency: 'RUB' },
    tasks: { open: 1, overdue: 0, next: { id: 'tk1', text: 'Call back', dueAt: new Date(Date.now() + 3600_000).toISOString() } },
    unreadCount: 0,
    lastMessage: { id: 'm1', direction: 'in', text: 'Is it in stock?', at: new Date().toISOString() },
    awaitingReplySince: null,
    lastResponseSeconds: 95,
    lastActivityAt: new Date().toISOString(),
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

export function message(overrides: Partial<Message> = {}): Message {
  return {
    id: 'm1',
    chatId: 'c1',
    direction: 'in',
    text: 'Hello',
    attachments: [],
    author: null,
    status: null,
    error: null,
    createdAt: new Date().toISOString(),
    ...overrides,
  };
}

export const admin: Me = { ...me, user: { ...me.user, id: 'u9', name: 'Olga Owner', role: 'owner' } };

export const stages: FunnelStage[] = [
  { id: 's1', name: 'Negotiation', group: 'active', position: 0, chats: 12 },
  { id: 's2', name: 'Invoice sent', group: 'active', position: 1, chats: 0 },
  { id: 's3', name: 'Paid', group: 'success', position: 2, chats: 40 },
  { id: 's4', name: 'Lost', group: 'failure', position: 3, chats: 3 },
];

export const tags: TagItem[] = [
  { id: 't1', name: 'vip', color: '#e11d48', chats: 5 },
  { id: 't2', name: 'wholesale', color: '#2563eb', chats: 0 },
];

export const users: TeamMember[] = [
  { id: 'u1', name: 'Anna Operator', email: 'anna@example.com', role: 'operator', supervisor: false, channelIds: ['ch1'] },
  { id: 'u2', name: 'Oleg', email: 'oleg@example.com', role: 'admin', supervisor: false, channelIds: [] },
];

export const channels: Channel[] = [
  { id: 'ch1', type: 'telegram', name: 'Shop bot', status: 'active', canWriteFirst: false, writeFirstBy: [] },
  { id: 'ch2', type: 'whatsapp', name: 'Sales WhatsApp', status: 'active', canWriteFirst: true, writeFirstBy: ['phone'] },
];

/** `GET` handlers of the catalogues, for mockFetch. */
export const catalogueHandlers = {
  'GET /api/v1/stages': () => ({ body: { items: stages, nextCursor: null } }),
  'GET /api/v1/tags': () => ({ body: { items: tags, nextCursor: null } }),
  'GET /api/v1/users': () => ({ body: { items: users, nextCursor: null } }),
  'GET /api/v1/channels': () => ({ body: { items: channels, nextCursor: null } }),
};
