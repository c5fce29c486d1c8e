import type { InfiniteData } from '@tanstack/react-query';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChatPage } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { chatRow, me } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { ChatsScreen } from './ChatsScreen';

const counts = { new: 3, accepted: 12, archive: 300, unread: 7 };

function setup(items = [chatRow()], props: Partial<Parameters<typeof ChatsScreen>[0]> = {}, locale: 'en' | 'ru' = 'en') {
  const { calls } = mockFetch({
    'GET /api/v1/chats': () => ({ body: { items, nextCursor: null } }),
    'GET /api/v1/chats/counts': () => ({ body: counts }),
  });
  const onOpenChat = vi.fn();
  const { client } = renderWithProviders(
    <ChatsScreen category="new" openChatId={null} categoryHref={(c) => `/chats/${c}`} onOpenChat={onOpenChat} {...props} />,
    { locale },
  );
  return { calls, onOpenChat, client };
}

describe('ChatsScreen', () => {
  it('shows a row with client, stage, formatted price, responsible, tags and source', async () => {
    const { calls } = setup();
    const row = await screen.findByTestId('chat-row');
    expect(row).toHaveAttribute('data-chat-id', 'c1');
    const r = within(row);
    expect(r.getByText('Maria Petrova')).toBeInTheDocument();
    expect(r.getByText('@maria_p')).toBeInTheDocument();
    expect(r.getByText('Is it in stock?')).toBeInTheDocument();
    expect(r.getByText('Negotiation')).toBeInTheDocument();
    expect(r.getByText('RUB 1,500')).toBeInTheDocument();
    expect(r.getByTestId('response-time')).toHaveTextContent('1m 35s');
    expect(r.getByTestId('response-time')).toHaveAttribute('data-waiting', 'false');
    expect(r.getByTestId('response-time')).toHaveAttribute('data-alert', 'false');
    expect(r.getByText('Oleg')).toBeInTheDocument();
    expect(r.getByText('vip')).toBeInTheDocument();
    expect(r.getByText('Shop bot')).toBeInTheDocument();
    expect(calls.some((c) => c.url === '/api/v1/chats?category=new&limit=50')).toBe(true);
  });

  it('has the eight columns in Russian wording', async () => {
    setup([chatRow()], {}, 'ru');
    const headers = await screen.findAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual([
      'Клиент',
      'Статус воронки',
      'Время ответа',
      'Цена',
      'Задачи',
      'Ответственный',
      'Теги',
      'Источник',
    ]);
    expect(await screen.findByText(/1\s500\s₽/)).toBeInTheDocument();
  });

  it('shows live tab counters and the unread counter', async () => {
    setup();
    expect(await screen.findByText('300')).toBeInTheDocument();
    expect(screen.getByTestId('tab-count-new')).toHaveTextContent('3');
    expect(screen.getByTestId('tab-count-accepted')).toHaveTextContent('12');
    expect(screen.getByTestId('tab-new')).toHaveAttribute('aria-current', 'page');
    expect(screen.getByTestId('unread-count')).toHaveTextContent('7');
  });

  it('paints an overdue task red and the unread row bold with its badge', async () => {
    setup([
      chatRow({
        unreadCount: 2,
        lastMessage: { id: 'm9', direction: 'out', text: 'We will check', at: new Date().toISOString() },
        tasks: { open: 2, overdue: 1, next: { id: 't', text: 'Send the invoice', dueAt: new Date(Date.now() - 3600_000).toISOString() } },
      }),
    ]);
    const task = await screen.findByTestId('task-cell');
    expect(task).toHaveClass('sb-task--overdue');
    expect(task).toHaveTextContent('Send the invoice');
    const row = screen.getByTestId('chat-row');
    expect(row).toHaveClass('sb-row--unread');
    expect(within(row).getByTestId('unread-badge')).toHaveTextContent('2');
    expect(within(row).getByText('You:')).toBeInTheDocument();
  });

  it('turns the waiting counter red past the workspace threshold', async () => {
    const alertAfter = me.workspace.responseTimeAlertSeconds;
    setup([
      chatRow({ id: 'late', awaitingReplySince: new Date(Date.now() - (alertAfter + 300) * 1000).toISOString() }),
      chatRow({ id: 'fresh', awaitingReplySince: new Date(Date.now() - 120_000).toISOString() }),
    ]);
    const rows = await screen.findAllByTestId('chat-row');
    const late = within(rows[0]).getByTestId('response-time');
    const fresh = within(rows[1]).getByTestId('response-time');
    expect(late).toHaveClass('sb-wait--alert');
    expect(late).toHaveAttribute('data-alert', 'true');
    expect(late).toHaveAttribute('data-waiting', 'true');
    expect(late).toHaveTextContent('waiting 15m');
    expect(fresh).not.toHaveClass('sb-wait--alert');
    expect(fresh).toHaveAttribute('data-alert', 'false');
    expect(fresh).toHaveTextContent('waiting 2m');
  });

  it('shows dashes for missing values', async () => {
    setup([chatRow({ stage: null, price: null, tasks: null, responsible: null, tags: [], lastResponseSeconds: null })]);
    const row = await screen.findByTestId('chat-row');
    expect(within(row).getAllByText('—')).toHaveLength(6);
    expect(within(row).getByTestId('response-time')).toHaveAttribute('data-waiting', 'false');
    expect(within(row).getByTestId('task-cell')).toHaveAttribute('data-overdue', 'false');
  });

  it('shows the empty state of the tab', async () => {
    setup([]);
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('No new chats');
    expect(screen.getByTestId('empty-state')).toHaveTextContent('New conversations will appear here');
  });

  it('shows an error with retry', async () => {
    mockFetch({
      'GET /api/v1/chats': () => ({ status: 500, body: { status: 500, title: 'Internal Server Error', detail: 'Database is down' } }),
      'GET /api/v1/chats/counts': () => ({ body: counts }),
    });
    renderWithProviders(<ChatsScreen category="new" openChatId={null} categoryHref={(c) => `/chats/${c}`} onOpenChat={() => {}} />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Database is down');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('opens a chat on click, and moves with j/k then opens with Enter', async () => {
    const { onOpenChat } = setup([chatRow({ id: 'a' }), chatRow({ id: 'b' }), chatRow({ id: 'c' })]);
    const rows = await screen.findAllByTestId('chat-row');
    fireEvent.click(rows[1]);
    expect(onOpenChat).toHaveBeenLastCalledWith('b');
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onOpenChat).toHaveBeenLastCalledWith('c');
    fireEvent.keyDown(document.body, { key: 'k' });
    fireEvent.keyDown(document.body, { key: 'k' });
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onOpenChat).toHaveBeenLastCalledWith('a');
  });

  it('keeps the keyboard cursor on the same chat when a new chat arrives above it', async () => {
    const { onOpenChat, client } = setup([chatRow({ id: 'a' }), chatRow({ id: 'b' })]);
    await screen.findAllByTestId('chat-row');
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'j' });
    expect(document.getElementById('chat-row-b')).toHaveClass('sb-row--cursor');
    act(() =>
      client.setQueryData<InfiniteData<ChatPage, string | null>>(queryKeys.chatList('new'), (data) => ({
        ...data!,
        pages: [{ ...data!.pages[0], items: [chatRow({ id: 'z' }), ...data!.pages[0].items] }, ...data!.pages.slice(1)],
      })),
    );
    await waitFor(() => expect(screen.getAllByTestId('chat-row').map((r) => r.dataset.chatId)).toEqual(['z', 'a', 'b']));
    expect(document.getElementById('chat-row-b')).toHaveClass('sb-row--cursor');
    fireEvent.keyDown(document.body, { key: 'Enter' });
    expect(onOpenChat).toHaveBeenLastCalledWith('b');
  });

  it('opens the next and previous chat with Alt+↓ / Alt+↑, even from a text field', async () => {
    const { onOpenChat } = setup([chatRow({ id: 'a' }), chatRow({ id: 'b' }), chatRow({ id: 'c' })], { openChatId: 'b', compact: true });
    await screen.findAllByTestId('chat-row');
    fireEvent.keyDown(screen.getByTestId('search-input'), { key: 'ArrowDown', altKey: true });
    expect(onOpenChat).toHaveBeenLastCalledWith('c');
    fireEvent.keyDown(document.body, { key: 'ArrowUp', altKey: true });
    expect(onOpenChat).toHaveBeenLastCalledWith('a');
    fireEvent.keyDown(document.body, { key: 'ArrowDown', altKey: true, shiftKey: true });
    expect(onOpenChat).toHaveBeenCalledTimes(2);
  });

  it('highlights the open chat and shows fewer columns beside it', async () => {
    setup([chatRow({ id: 'a' }), chatRow({ id: 'b' })], { openChatId: 'b', compact: true });
    const rows = await screen.findAllByTestId('chat-row');
    expect(rows[1]).toHaveClass('sb-row--open');
    expect(rows[0]).not.toHaveClass('sb-row--open');
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Client', 'Response time']);
  });
});
