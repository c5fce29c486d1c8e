import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Channel } from '@/lib/api-types';
import { channels, chatRow } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { ChatsScreen } from '../ChatsScreen';

const email: Channel = { id: 'ch3', type: 'email', name: 'Support mailbox', status: 'active', canWriteFirst: true, writeFirstBy: ['email'] };

type Answer = { status?: number; body?: unknown };

function setup(post: (call: RecordedCall) => Answer, channelList: Channel[] = [...channels, email]) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  const { calls } = mockFetch({
    'GET /api/v1/chats': () => ({ body: { items: [chatRow()], nextCursor: null } }),
    'GET /api/v1/chats/counts': () => ({ body: { new: 1, accepted: 0, archive: 0, unread: 0 } }),
    'GET /api/v1/channels': () => ({ body: { items: channelList, nextCursor: null } }),
    'GET /api/v1/templates': () => ({
      body: { items: [{ id: 'tp1', title: 'Welcome', text: 'Hello, {client.name}!', shortcut: 'hi', personal: false }], nextCursor: null },
    }),
    'GET /api/v1/channels/ch2/platform-templates': () => ({
      body: { items: [{ name: 'welcome_offer', language: 'en_US', category: 'MARKETING', text: 'Hello {{1}}, your discount is waiting.', params: 1 }], nextCursor: null },
    }),
    'POST /api/v1/chats': post,
  });
  const onOpenChat = vi.fn();
  renderWithProviders(<ChatsScreen category="new" openChatId={null} categoryHref={(c) => `/chats/${c}`} onOpenChat={onOpenChat} />);
  return { calls, onOpenChat, posts: () => calls.filter((c) => c.method === 'POST') };
}

async function open() {
  fireEvent.click(await screen.findByTestId('write-first-button'));
  const dialog = await screen.findByTestId('write-first-dialog');
  await within(dialog).findByTestId('write-first-channel');
  return dialog;
}

describe('write first', () => {
  it('starts with a channel that can write first, takes a phone in any format and opens the new chat', async () => {
    const { posts, onOpenChat } = setup(() => ({ status: 201, body: { ...chatRow({ id: 'c9', category: 'accepted' }), fields: {} } }));
    const dialog = await open();
    const channel = within(dialog).getByTestId('write-first-channel');
    expect(channel).toHaveValue('ch2');
    expect(within(channel).getByRole('option', { name: /Shop bot · Telegram — only clients who wrote/ })).toBeInTheDocument();
    expect(within(dialog).getByTestId('write-first-address')).toHaveAttribute('data-kind', 'phone');

    fireEvent.change(within(dialog).getByTestId('write-first-address'), { target: { value: '8 (912) 345-67-89' } });
    fireEvent.change(within(dialog).getByTestId('write-first-name'), { target: { value: 'Ivan' } });
    fireEvent.change(within(dialog).getByTestId('write-first-text'), { target: { value: 'Your order is ready' } });
    fireEvent.click(within(dialog).getByTestId('write-first-submit'));

    await waitFor(() => expect(onOpenChat).toHaveBeenCalledWith('c9', 'accepted'));
    expect(posts()[0].body).toEqual({ channelId: 'ch2', to: { phone: '8 (912) 345-67-89' }, text: 'Your order is ready', clientName: 'Ivan' });
    expect(screen.queryByTestId('write-first-dialog')).toBeNull();
  });

  it('shows the server’s field errors next to their fields and a 422 detail in the dialog', async () => {
    let answer: Answer = { status: 400, body: { status: 400, title: 'Bad Request', errors: [{ field: 'to.phone', message: '"12" is not a phone number' }] } };
    const { posts, onOpenChat } = setup(() => answer);
    const dialog = await open();
    fireEvent.change(within(dialog).getByTestId('write-first-address'), { target: { value: '12' } });
    fireEvent.change(within(dialog).getByTestId('write-first-text'), { target: { value: 'Hi' } });
    fireEvent.click(within(dialog).getByTestId('write-first-submit'));
    expect(await within(dialog).findByTestId('write-first-address-error')).toHaveTextContent('"12" is not a phone number');
    expect(within(dialog).getByTestId('write-first-address')).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByTestId('write-first-error')).toBeNull();

    answer = { status: 422, body: { status: 422, title: 'Unprocessable', detail: 'Telegram cannot start a dialog: only a client who wrote first can be answered there' } };
    fireEvent.change(within(dialog).getByTestId('write-first-channel'), { target: { value: 'ch1' } });
    expect(within(dialog).getByTestId('write-first-hint')).toHaveTextContent('Telegram cannot start a dialog');
    expect(within(dialog).getByTestId('write-first-address')).toHaveAttribute('data-kind', 'username');
    fireEvent.change(within(dialog).getByTestId('write-first-address'), { target: { value: '@ivan' } });
    fireEvent.click(within(dialog).getByTestId('write-first-submit'));
    expect(await within(dialog).findByTestId('write-first-error')).toHaveTextContent('only a client who wrote first can be answered there');
    expect(posts().map((c) => c.body)).toEqual([
      { channelId: 'ch2', to: { phone: '12' }, text: 'Hi' },
      { channelId: 'ch1', to: { username: '@ivan' }, text: 'Hi' },
    ]);
    expect(onOpenChat).not.toHaveBeenCalled();
    expect(screen.getByTestId('write-first-dialog')).toBeInTheDocument();
  });

  it('says what is missing without asking the server, and sends a template alone by its id', async () => {
    const { posts, onOpenChat } = setup(() => ({ body: { ...chatRow({ id: 'c1', category: 'new' }), fields: {} } }));
    const dialog = await open();
    fireEvent.change(within(dialog).getByTestId('write-first-channel'), { target: { value: 'ch3' } });
    fireEvent.click(within(dialog).getByTestId('write-first-submit'));
    expect(await within(dialog).findByText('Enter the e-mail address')).toBeInTheDocument();
    expect(within(dialog).getByText('Write a text or pick a template')).toBeInTheDocument();
    expect(posts()).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('write-first-address'), { target: { value: 'anna@example.com' } });
    fireEvent.click(within(dialog).getByTestId('write-first-template-button'));
    fireEvent.click(await screen.findByTestId('template-option'));
    expect(within(dialog).getByTestId('write-first-template')).toHaveTextContent('Welcome');
    fireEvent.click(within(dialog).getByTestId('write-first-submit'));
    // The client already had a chat there (200): it opens where it is.
    await waitFor(() => expect(onOpenChat).toHaveBeenCalledWith('c1', 'new'));
    expect(posts()[0].body).toEqual({ channelId: 'ch3', to: { email: 'anna@example.com' }, templateId: 'tp1' });
  });

  it('on WhatsApp sends an approved template with its values instead of a text', async () => {
    const { posts, onOpenChat } = setup(() => ({ status: 201, body: { ...chatRow({ id: 'c9', category: 'accepted' }), fields: {} } }));
    const dialog = await open();
    expect(within(dialog).getByTestId('write-first-channel')).toHaveValue('ch2');
    fireEvent.change(within(dialog).getByTestId('write-first-address'), { target: { value: '+79123456789' } });
    fireEvent.click(within(dialog).getByTestId('write-first-platform-template'));

    const chooser = await screen.findByTestId('platform-template-dialog');
    fireEvent.click(await within(chooser).findByTestId('platform-template-option'));
    fireEvent.change(within(chooser).getByLabelText('Value for {{1}}'), { target: { value: 'Maria' } });
    fireEvent.click(within(chooser).getByTestId('platform-template-send'));

    expect(screen.queryByTestId('platform-template-dialog')).toBeNull();
    expect(posts()).toHaveLength(0);
    expect(within(dialog).getByTestId('write-first-platform-template-chosen')).toHaveTextContent('welcome_offer');
    expect(within(dialog).getByTestId('write-first-platform-preview')).toHaveTextContent('Hello Maria, your discount is waiting.');
    expect(within(dialog).queryByTestId('write-first-text')).toBeNull();

    fireEvent.click(within(dialog).getByTestId('write-first-submit'));
    await waitFor(() => expect(onOpenChat).toHaveBeenCalledWith('c9', 'accepted'));
    expect(posts()[0].body).toEqual({
      channelId: 'ch2',
      to: { phone: '+79123456789' },
      platformTemplate: { name: 'welcome_offer', language: 'en_US', params: ['Maria'] },
      text: 'Hello Maria, your discount is waiting.',
    });
  });

  it('offers approved templates only on a WhatsApp channel', async () => {
    setup(() => ({ status: 500 }));
    const dialog = await open();
    expect(within(dialog).getByTestId('write-first-platform-template')).toBeInTheDocument();
    fireEvent.change(within(dialog).getByTestId('write-first-channel'), { target: { value: 'ch3' } });
    expect(within(dialog).queryByTestId('write-first-platform-template')).toBeNull();
  });

  it('opens with Alt+W and closes with Esc', async () => {
    setup(() => ({ status: 500 }));
    await screen.findByTestId('chat-row');
    fireEvent.keyDown(document.body, { key: 'w', code: 'KeyW', altKey: true });
    const dialog = await screen.findByTestId('write-first-dialog');
    fireEvent.keyDown(await within(dialog).findByTestId('write-first-channel'), { key: 'Escape' });
    expect(screen.queryByTestId('write-first-dialog')).toBeNull();
  });
});
