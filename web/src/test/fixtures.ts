import type { ChatRow, Me, Message } from '@/lib/api-types';

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
