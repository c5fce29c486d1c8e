import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ChatDetail, Message, PlatformTemplate } from '@/lib/api-types';
import { chatRow, message } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { clearAllDrafts } from '../stores/drafts';
import { ChatWindow } from './ChatWindow';

beforeEach(() => clearAllDrafts());

const approved: PlatformTemplate[] = [
  { name: 'order_ready', language: 'en', category: 'UTILITY', text: 'Hi {{1}}, order {{2}} is ready.', params: 2 },
  { name: 'hello', language: 'ru', category: 'MARKETING', text: 'Здравствуйте!', params: 0 },
];

function setup(open: boolean) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  const chat: ChatDetail = {
    ...chatRow({ channel: { id: 'ch2', type: 'whatsapp', name: 'Sales WhatsApp' } }),
    client: { ...chatRow().client, email: null, fields: {} } as ChatDetail['client'],
    replyWindow: { closesAt: '2026-11-24T10:00:00Z', open },
  };
  const history: Message[] = [message({ id: 'h1', text: 'Is it in stock?', createdAt: new Date(Date.now() - 86_400_000 * 2).toISOString() })];
  const mocks = mockFetch({
    'GET /api/v1/chats/c1': () => ({ body: chat }),
    'GET /api/v1/chats/c1/messages': () => ({ body: { items: history, prevCursor: null } }),
    'GET /api/v1/channels/ch2/platform-templates': () => ({ body: { items: approved, nextCursor: null } }),
    'POST /api/v1/chats/c1/messages': (call: RecordedCall) => {
      const sent = message({ id: 'srv-1', direction: 'out', status: 'queued', text: (call.body as { text: string }).text });
      history.push(sent);
      return { status: 201, body: sent };
    },
  });
  renderWithProviders(<ChatWindow chatId="c1" onClose={() => {}} />);
  return mocks;
}

describe('answering with an approved template', () => {
  it('once the window has closed, offers the templates instead of a plain reply and keeps notes', async () => {
    setup(false);
    const notice = await screen.findByTestId('reply-window-closed');
    expect(notice).toHaveTextContent('Plain replies are off');
    expect(within(notice).getByTestId('platform-template-button')).toHaveTextContent('Choose an approved template');
    expect(screen.getByTestId('composer-reply-toggle')).toBeDisabled();
    expect(screen.getByTestId('composer')).toHaveAttribute('data-mode', 'note');
    expect(screen.getByTestId('note-banner')).toBeInTheDocument();
  });

  it('with the window open, the composer replies as usual and no template is offered', async () => {
    setup(true);
    await screen.findByTestId('chat-client-name');
    expect(screen.queryByTestId('platform-template-button')).toBeNull();
    expect(screen.getByTestId('composer-reply-toggle')).toBeEnabled();
    expect(screen.getByTestId('composer')).toHaveAttribute('data-mode', 'reply');
  });

  it('lists the channel’s templates, takes a value per placeholder with a live preview and posts them', async () => {
    const { calls } = setup(false);
    fireEvent.click(await screen.findByTestId('platform-template-button'));
    const dialog = await screen.findByTestId('platform-template-dialog');
    const options = await within(dialog).findAllByTestId('platform-template-option');
    expect(options).toHaveLength(2);
    expect(options[0]).toHaveTextContent('order_ready');
    expect(options[0]).toHaveTextContent('en');
    expect(options[0]).toHaveTextContent('UTILITY');
    expect(options[0]).toHaveTextContent('Hi {{1}}, order {{2}} is ready.');
    expect(within(dialog).queryByTestId('platform-template-send')).toBeNull();

    fireEvent.click(options[0]);
    const params = within(dialog).getAllByTestId('platform-template-param');
    expect(params).toHaveLength(2);
    expect(within(dialog).getByLabelText('Value for {{1}}')).toBe(params[0]);
    expect(within(dialog).getByLabelText('Value for {{2}}')).toBe(params[1]);
    const preview = within(dialog).getByTestId('platform-template-preview');
    expect(preview).toHaveTextContent('Hi {{1}}, order {{2}} is ready.');
    expect(screen.getByTestId('platform-template-send')).toBeDisabled();

    fireEvent.change(params[0], { target: { value: 'Maria' } });
    expect(preview).toHaveTextContent('Hi Maria, order {{2}} is ready.');
    expect(screen.getByTestId('platform-template-send')).toBeDisabled();
    fireEvent.change(params[1], { target: { value: '#42' } });
    expect(preview).toHaveTextContent('Hi Maria, order #42 is ready.');
    fireEvent.click(screen.getByTestId('platform-template-send'));

    await waitFor(() => expect(screen.queryByTestId('platform-template-dialog')).toBeNull());
    const post = calls.find((c) => c.method === 'POST' && c.url === '/api/v1/chats/c1/messages')!;
    expect(post.body).toEqual({
      platformTemplate: { name: 'order_ready', language: 'en', params: ['Maria', '#42'] },
      text: 'Hi Maria, order #42 is ready.',
    });
    expect(post.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Hi Maria, order #42 is ready.')).toBeInTheDocument();
    await waitFor(() => expect(calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/v1/chats/c1/messages'))).toHaveLength(2));
  });
});
