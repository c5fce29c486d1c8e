import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '@/lib/api-types';
import { queryKeys } from '@/lib/query-keys';
import { chatRow, message } from '@/test/fixtures';
import { mockFetch, renderWithProviders, testQueryClient, type RecordedCall } from '@/test/utils';
import { upsertMessage } from '../api/messages-cache';
import { clearAllDrafts } from '../stores/drafts';
import { ChatWindow } from './ChatWindow';

beforeEach(() => clearAllDrafts());

function setup(overrides: Parameters<typeof chatRow>[0] = {}, extra: Parameters<typeof mockFetch>[0] = {}) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  const chat = chatRow(overrides);
  const history: Message[] = [
    message({ id: 'h1', text: 'Is it in stock?', createdAt: new Date(Date.now() - 60_000).toISOString() }),
  ];
  let nextId = 100;
  const post = (direction: 'out' | 'note') => (call: RecordedCall) => ({
    status: 201,
    body: message({
      id: `srv-${nextId++}`,
      direction,
      text: (call.body as { text: string }).text,
      status: direction === 'out' ? 'queued' : null,
      author: { id: 'u1', name: 'Anna Operator' },
    }),
  });
  const mocks = mockFetch({
    [`GET /api/v1/chats/${chat.id}`]: () => ({ body: chat }),
    [`GET /api/v1/chats/${chat.id}/messages`]: () => ({ body: { items: history, prevCursor: null } }),
    [`POST /api/v1/chats/${chat.id}/messages`]: post('out'),
    [`POST /api/v1/chats/${chat.id}/notes`]: post('note'),
    [`POST /api/v1/chats/${chat.id}/accept`]: () => ({ body: { ...chat, category: 'accepted' } }),
    [`POST /api/v1/chats/${chat.id}/read`]: () => ({ body: { ...chat, unreadCount: 0 } }),
    ...extra,
  });
  const onClose = vi.fn();
  const client = testQueryClient();
  const view = renderWithProviders(<ChatWindow chatId={chat.id} onClose={onClose} />, { client });
  return { ...mocks, onClose, client, view };
}

describe('ChatWindow', () => {
  it('shows the client, history, and Accept / Archive for a new chat', async () => {
    setup();
    expect(await screen.findByTestId('chat-client-name')).toHaveTextContent('Maria Petrova');
    expect(await screen.findByText('Is it in stock?')).toBeInTheDocument();
    expect(screen.getByTestId('accept-button')).toHaveTextContent('Accept');
    expect(screen.getByTestId('archive-button')).toHaveTextContent('Archive');
  });

  it('accepts the chat and then offers Archive and Mark unread', async () => {
    const { calls } = setup();
    fireEvent.click(await screen.findByTestId('accept-button'));
    await waitFor(() => expect(screen.queryByTestId('accept-button')).toBeNull());
    expect(screen.getByTestId('archive-button')).toBeInTheDocument();
    expect(screen.getByTestId('mark-unread-button')).toBeInTheDocument();
    const accept = calls.find((c) => c.method === 'POST' && c.url.endsWith('/accept'));
    expect(accept?.headers['x-xsrf-token']).toBe('tok');
  });

  it('sends a reply with an Idempotency-Key and shows it at once as queued', async () => {
    const { calls } = setup();
    const input = await screen.findByTestId('composer-input');
    fireEvent.change(input, { target: { value: 'We have it' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const sent = await screen.findByText('We have it');
    const bubble = sent.closest('[data-testid="message"]')!;
    expect(bubble).toHaveAttribute('data-direction', 'out');
    expect(bubble).toHaveAttribute('data-status', 'queued');
    await waitFor(() => expect(bubble).toHaveAttribute('data-message-id', 'srv-100'));
    const post = calls.find((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/messages')!;
    expect(post.body).toEqual({ text: 'We have it' });
    expect(post.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(input).toHaveValue('');
  });

  it('in note mode posts to /notes and turns the composer yellow', async () => {
    const { calls } = setup();
    const input = await screen.findByTestId('composer-input');
    fireEvent.click(screen.getByTestId('composer-note-toggle'));
    expect(input.closest('form')).toHaveClass('sb-composer--note');
    fireEvent.change(input, { target: { value: 'Call him tomorrow' } });
    fireEvent.click(screen.getByTestId('composer-send'));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/v1/chats/c1/notes')).toBe(true));
    expect(calls.find((c) => c.url === '/api/v1/chats/c1/notes')!.body).toEqual({ text: 'Call him tomorrow' });
    expect(calls.some((c) => c.url === '/api/v1/chats/c1/messages' && c.method === 'POST')).toBe(false);
    const note = (await screen.findByText('Call him tomorrow')).closest('[data-testid="message"]')!;
    expect(note).toHaveAttribute('data-direction', 'note');
  });

  it('Shift+Enter does not send', async () => {
    const { calls } = setup();
    const input = await screen.findByTestId('composer-input');
    fireEvent.change(input, { target: { value: 'line one' } });
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true });
    expect(calls.some((c) => c.method === 'POST' && c.url.endsWith('/messages'))).toBe(false);
  });

  it('shows a failed send with the server detail and retries it with the same key', async () => {
    let attempts = 0;
    const { calls } = setup(
      {},
      {
        'POST /api/v1/chats/c1/messages': (call) => {
          attempts += 1;
          if (attempts === 1) return { status: 422, body: { status: 422, title: 'Unprocessable', detail: 'The 24-hour window is closed' } };
          return { status: 201, body: message({ id: 'srv-ok', direction: 'out', text: (call.body as { text: string }).text, status: 'queued' }) };
        },
      },
    );
    const input = await screen.findByTestId('composer-input');
    fireEvent.change(input, { target: { value: 'Hello?' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    const bubble = (await screen.findByText('Hello?')).closest('[data-testid="message"]') as HTMLElement;
    await waitFor(() => expect(bubble).toHaveAttribute('data-status', 'failed'));
    expect(within(bubble).getByRole('alert')).toHaveTextContent('The 24-hour window is closed');
    fireEvent.click(within(bubble).getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText('Hello?').closest('[data-testid="message"]')).toHaveAttribute('data-message-id', 'srv-ok'));
    const posts = calls.filter((c) => c.method === 'POST' && c.url.endsWith('/messages'));
    expect(posts).toHaveLength(2);
    expect(posts[0].headers['idempotency-key']).toBe(posts[1].headers['idempotency-key']);
  });

  it('marks an unread chat read when opened, and Esc closes it', async () => {
    const { calls, onClose } = setup({ unreadCount: 3 });
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/read')).toBe(true));
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('keeps a failed send with Retry even when a refetch dropped its optimistic copy', async () => {
    const { client } = setup(
      {},
      {
        // e.g. a websocket reconnect refetched everything while the POST was on its way
        'POST /api/v1/chats/c1/messages': async () => {
          await client.refetchQueries({ queryKey: queryKeys.messages('c1') });
          return { status: 422, body: { status: 422, title: 'Unprocessable', detail: 'The 24-hour window is closed' } };
        },
      },
    );
    const input = await screen.findByTestId('composer-input');
    await screen.findByText('Is it in stock?');
    fireEvent.change(input, { target: { value: 'Still there?' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(screen.getByText('Still there?').closest('[data-testid="message"]')).toHaveAttribute('data-status', 'failed'));
    const bubble = screen.getByText('Still there?').closest('[data-testid="message"]') as HTMLElement;
    expect(within(bubble).getByRole('alert')).toHaveTextContent('The 24-hour window is closed');
    expect(within(bubble).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('keeps the draft of each chat when switching away and back, and forgets it once sent', async () => {
    const other = chatRow({ id: 'c2' });
    const { view } = setup(
      {},
      {
        'GET /api/v1/chats/c2': () => ({ body: other }),
        'GET /api/v1/chats/c2/messages': () => ({ body: { items: [], prevCursor: null } }),
      },
    );
    fireEvent.change(await screen.findByTestId('composer-input'), { target: { value: 'Half-written answer' } });
    view.rerender(<ChatWindow key="c2" chatId="c2" onClose={() => {}} />);
    expect(await screen.findByTestId('composer-input')).toHaveValue('');
    view.rerender(<ChatWindow key="c1" chatId="c1" onClose={() => {}} />);
    const input = await screen.findByTestId('composer-input');
    expect(input).toHaveValue('Half-written answer');
    fireEvent.keyDown(input, { key: 'Enter' });
    await screen.findByText('Half-written answer');
    view.rerender(<ChatWindow key="c2" chatId="c2" onClose={() => {}} />);
    view.rerender(<ChatWindow key="c1" chatId="c1" onClose={() => {}} />);
    expect(await screen.findByTestId('composer-input')).toHaveValue('');
  });

  it('switches to note mode with Alt+N but not with AltGr, Cmd or an Option dead key', async () => {
    setup();
    const input = await screen.findByTestId('composer-input');
    const form = input.closest('form')!;
    fireEvent.keyDown(input, { key: 'n', code: 'KeyN', altKey: true, ctrlKey: true });
    fireEvent.keyDown(input, { key: 'n', code: 'KeyN', altKey: true, metaKey: true });
    fireEvent.keyDown(input, { key: 'Dead', code: 'KeyN', altKey: true });
    fireEvent.keyDown(input, { key: 'n', code: 'KeyN', altKey: true, modifierAltGraph: true } as KeyboardEventInit);
    expect(form).toHaveAttribute('data-mode', 'reply');
    fireEvent.keyDown(input, { key: 'n', code: 'KeyN', altKey: true });
    expect(form).toHaveAttribute('data-mode', 'note');
  });

  it('announces a newly arrived message, not the whole history', async () => {
    const { client } = setup();
    await screen.findByText('Is it in stock?');
    const history = screen.getByTestId('history');
    expect(history).not.toHaveAttribute('aria-live');
    expect(history).not.toHaveAttribute('role', 'log');
    const announcer = screen.getByTestId('history-announcer');
    expect(announcer).toHaveAttribute('aria-live', 'polite');
    expect(announcer).toHaveTextContent('');
    act(() => upsertMessage(client, message({ id: 'live', text: 'Any news?' })));
    await waitFor(() => expect(announcer).toHaveTextContent('New message: Any news?'));
    expect(within(history).getByText('Any news?')).toBeInTheDocument();
  });

  it('accepts with Alt+A and archives with Alt+E, also from the composer', async () => {
    const { calls } = setup({}, { 'POST /api/v1/chats/c1/archive': () => ({ body: { ...chatRow(), category: 'archive' } }) });
    const input = await screen.findByTestId('composer-input');
    await screen.findByTestId('accept-button');
    fireEvent.keyDown(input, { key: 'å', code: 'KeyA', altKey: true });
    await waitFor(() => expect(screen.queryByTestId('accept-button')).toBeNull());
    fireEvent.keyDown(document.body, { key: 'e', code: 'KeyE', altKey: true, ctrlKey: true });
    expect(calls.some((c) => c.url.endsWith('/archive'))).toBe(false);
    fireEvent.keyDown(document.body, { key: 'e', code: 'KeyE', altKey: true });
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/archive')).toBe(true));
    expect(calls.filter((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/accept')).toHaveLength(1);
  });

  it('focuses the composer with "/" or Alt+C when not typing', async () => {
    setup();
    const input = await screen.findByTestId('composer-input');
    expect(input).not.toHaveFocus();
    fireEvent.keyDown(document.body, { key: '/', code: 'Slash' });
    expect(input).toHaveFocus();
    act(() => input.blur());
    fireEvent.keyDown(document.body, { key: 'ç', code: 'KeyC', altKey: true });
    expect(input).toHaveFocus();
  });

  it('marks the chat unread from the header and closes it', async () => {
    const { calls, onClose } = setup({}, { 'POST /api/v1/chats/c1/unread': () => ({ body: { ...chatRow(), unreadCount: 1 } }) });
    fireEvent.click(await screen.findByTestId('mark-unread'));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/unread')).toBe(true);
  });

  it('in a comment chat answers under the latest comment, under a picked one, or in direct messages', async () => {
    const comments = [
      message({ id: 'k1', text: 'Do you have pink ones?', externalId: 'comment:77', createdAt: new Date(Date.now() - 120_000).toISOString() }),
      message({ id: 'k2', text: 'And delivery today?', externalId: 'comment:79', createdAt: new Date(Date.now() - 60_000).toISOString() }),
    ];
    const { calls } = setup(
      {
        sourceType: 'comment',
        channel: { id: 'ch-vk', type: 'vk', name: 'VK' },
        post: { id: '-218765432_1543', text: 'Spring bouquet, 3 500 ₽', url: 'https://vk.com/wall-218765432_1543' },
      },
      { 'GET /api/v1/chats/c1/messages': () => ({ body: { items: comments, prevCursor: null } }) },
    );
    const input = await screen.findByTestId('composer-input');
    expect(await screen.findByTestId('reply-target-quote')).toHaveTextContent('latest comment And delivery today?');
    expect(screen.getByTestId('post-card')).toHaveTextContent('Spring bouquet, 3 500 ₽');
    expect(screen.getByTestId('post-link')).toHaveAttribute('href', 'https://vk.com/wall-218765432_1543');
    expect(screen.getByTestId('reply-target-comment')).toHaveAttribute('aria-checked', 'true');
    const send = async (text: string) => {
      fireEvent.change(input, { target: { value: text } });
      fireEvent.keyDown(input, { key: 'Enter' });
      await screen.findByText(text);
    };
    await send('Until 9 pm');

    const first = (await screen.findByText('Do you have pink ones?')).closest('[data-testid="message"]')!;
    fireEvent.click(within(first as HTMLElement).getByTestId('reply-under'));
    expect(screen.getByTestId('reply-target-quote')).toHaveTextContent('Do you have pink ones?');
    expect(first).toHaveClass('sb-msg--target');
    await send('Pink ones are in');

    expect(screen.getByTestId('attach-button')).toBeDisabled();
    expect(screen.getByTestId('attach-button')).toHaveAttribute('title', expect.stringContaining('Files go in direct messages only'));
    fireEvent.click(screen.getByTestId('reply-target-direct'));
    expect(screen.getByTestId('attach-button')).toBeEnabled();
    await send('Wrote to you in direct');

    const bodies = calls.filter((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/messages').map((c) => c.body);
    expect(bodies).toEqual([
      { text: 'Until 9 pm', replyTo: { type: 'comment' } },
      { text: 'Pink ones are in', replyTo: { type: 'comment', commentId: '77' } },
      { text: 'Wrote to you in direct', replyTo: { type: 'direct' } },
    ]);
  });

  it('offers no reply selector in a direct chat and sends no replyTo', async () => {
    const { calls } = setup();
    const input = await screen.findByTestId('composer-input');
    expect(screen.queryByTestId('reply-target')).toBeNull();
    fireEvent.change(input, { target: { value: 'Hello' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/messages')).toBe(true));
    expect(calls.find((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/messages')!.body).toEqual({ text: 'Hello' });
  });
});
