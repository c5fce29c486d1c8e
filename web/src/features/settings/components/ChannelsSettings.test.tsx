import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Channel } from '@/lib/api-types';
import { admin } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { ChannelsSettings } from './ChannelsSettings';

type Answer = { status?: number; body?: unknown };

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

const bot: Channel = {
  id: 'ch1', type: 'telegram', name: 'Shop bot', status: 'active', canWriteFirst: false, writeFirstBy: [],
  webhookUrl: 'https://inbox.example.com/hooks/ch1', settings: { botToken: '…aw0', botUsername: 'fialka_shop_bot', apiBaseUrl: 'https://api.telegram.org' },
  lastEventAt: minutesAgo(3), problem: null, problemAt: null,
};
const vk: Channel = {
  id: 'ch3', type: 'vk', name: 'VK community', status: 'disabled', canWriteFirst: true, writeFirstBy: ['externalId', 'username'], hasComments: true,
  webhookUrl: 'https://inbox.example.com/hooks/ch3',
  settings: { groupId: '218765432', accessToken: '…6789', secret: '…2026', confirmationCode: 'd8f0a3c1', apiBaseUrl: 'https://api.vk.com' },
  lastEventAt: minutesAgo(60), problem: "The event's secret is missing or wrong", problemAt: minutesAgo(2),
};

function setup(handlers: Record<string, (call: RecordedCall) => Answer> = {}, list: Channel[] = [bot, vk]) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  const mocks = mockFetch({
    'GET /api/v1/channels': () => ({ body: { items: list, nextCursor: null } }),
    ...handlers,
  });
  renderWithProviders(<ChannelsSettings />, { me: admin });
  return { ...mocks, writes: () => mocks.calls.filter((c) => c.method !== 'GET') };
}

const row = (name: string) => screen.getAllByTestId('channel-row').find((r) => r.textContent?.includes(name))!;

describe('the channel settings', () => {
  it('shows each channel with whether its platform reaches it, and a paused one as paused', async () => {
    setup();
    await screen.findAllByTestId('channel-row');
    expect(within(row('Shop bot')).getByTestId('channel-health')).toHaveTextContent('last message from the platform');
    expect(within(row('Shop bot')).getByTestId('channel-enabled')).toBeChecked();
    expect(within(row('VK community')).getByTestId('channel-problem')).toHaveTextContent("The event's secret is missing or wrong");
    expect(within(row('VK community')).getByTestId('channel-disabled-badge')).toHaveTextContent('Paused');
    expect(within(row('VK community')).getByTestId('channel-enabled')).not.toBeChecked();
    expect(row('VK community')).toHaveTextContent('messages and comments');
  });

  it('with no channels invites to connect one', async () => {
    setup({}, []);
    expect(await screen.findByText('No channels yet')).toBeInTheDocument();
    expect(screen.getByTestId('channel-add-empty')).toHaveTextContent('Connect a channel');
  });

  it('connects WhatsApp: required fields first, then the platform refusal as it came, then what to set at Meta', async () => {
    let answer: Answer = { status: 422, body: { status: 422, title: 'Unprocessable', detail: 'Meta did not accept the number and token: (#100) Invalid parameter' } };
    const { writes } = setup({ 'POST /api/v1/channels': () => answer });
    await screen.findAllByTestId('channel-row');
    fireEvent.click(screen.getByTestId('channel-add'));
    const dialog = await screen.findByTestId('channel-dialog');
    fireEvent.click(within(dialog).getByTestId('channel-type-whatsapp'));
    expect(within(dialog).getByTestId('channel-name')).toHaveValue('WhatsApp');
    const verify = within(dialog).getByTestId('channel-field-verifyToken') as HTMLInputElement;
    expect(verify.value).toMatch(/^[A-Za-z0-9]{24}$/);

    fireEvent.click(within(dialog).getByTestId('channel-save'));
    expect(await within(dialog).findByTestId('channel-phoneNumberId-error')).toHaveTextContent('Required');
    expect(writes()).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('channel-field-phoneNumberId'), { target: { value: '106540352242922' } });
    fireEvent.change(within(dialog).getByTestId('channel-field-accessToken'), { target: { value: 'EAAG-token' } });
    fireEvent.change(within(dialog).getByTestId('channel-field-appSecret'), { target: { value: 'app-secret' } });
    fireEvent.click(within(dialog).getByTestId('channel-save'));
    expect(await within(dialog).findByText(/Invalid parameter/)).toBeInTheDocument();

    answer = {
      status: 201,
      body: { id: 'ch9', type: 'whatsapp', name: 'WhatsApp', status: 'active', canWriteFirst: true, writeFirstBy: ['phone'],
        webhookUrl: 'https://inbox.example.com/hooks/ch9', settings: { phoneNumberId: '106540352242922', verifyToken: verify.value } },
    };
    fireEvent.click(within(dialog).getByTestId('channel-save'));
    expect(await within(dialog).findByTestId('channel-webhook-url')).toHaveValue('https://inbox.example.com/hooks/ch9');
    expect(within(dialog).getByTestId('channel-verify-token')).toHaveValue(verify.value);
    const posted = writes().filter((c) => c.method === 'POST');
    expect(posted[1].body).toEqual({
      type: 'whatsapp',
      name: 'WhatsApp',
      settings: { phoneNumberId: '106540352242922', accessToken: 'EAAG-token', appSecret: 'app-secret', verifyToken: verify.value,
        apiBaseUrl: 'https://graph.facebook.com', apiVersion: 'v21.0' },
    });
  });

  it('connects a website widget and gives the code for the site with a page to try it on', async () => {
    const { writes } = setup({
      'POST /api/v1/channels': (call) => ({
        status: 201,
        body: { id: 'ch7', type: 'widget', name: 'Website', status: 'active', canWriteFirst: false, writeFirstBy: [],
          webhookUrl: 'https://inbox.example.com/hooks/ch7', settings: (call.body as { settings: object }).settings, secret: 'only-for-signing',
          embedSnippet: '<script src="https://inbox.example.com/widget.js" data-channel="ch7" async></script>' },
      }),
    });
    await screen.findAllByTestId('channel-row');
    fireEvent.click(screen.getByTestId('channel-add'));
    const dialog = await screen.findByTestId('channel-dialog');
    fireEvent.click(within(dialog).getByTestId('channel-type-widget'));
    fireEvent.change(within(dialog).getByTestId('channel-field-title'), { target: { value: 'Bloom & Co' } });
    fireEvent.change(within(dialog).getByTestId('channel-field-greeting'), { target: { value: 'Hi! How can we help?' } });
    fireEvent.click(within(dialog).getByTestId('channel-field-askPhone'));
    fireEvent.change(within(dialog).getByTestId('channel-field-allowedOrigins'), {
      target: { value: ' https://shop.example \n\nhttps://*.shop.example' },
    });
    fireEvent.click(within(dialog).getByTestId('channel-save'));

    expect(await within(dialog).findByTestId('channel-embed-snippet')).toHaveValue(
      '<script src="https://inbox.example.com/widget.js" data-channel="ch7" async></script>',
    );
    expect(within(dialog).getByTestId('channel-try-widget')).toHaveAttribute('href', '/widget/try/ch7');
    // a widget has no hook to paste anywhere, and its secret only signs visitors' tokens
    expect(within(dialog).queryByTestId('channel-webhook-url')).toBeNull();
    expect(within(dialog).queryByTestId('channel-secret')).toBeNull();
    expect(writes()[0].body).toEqual({
      type: 'widget',
      name: 'Website widget',
      settings: { title: 'Bloom & Co', color: '#2563eb', greeting: 'Hi! How can we help?', askName: 'false', askPhone: 'true',
        allowedOrigins: 'https://shop.example\nhttps://*.shop.example' },
    });
  });

  it('edits a channel sending only what changed: an empty secret keeps the saved one', async () => {
    const { writes } = setup({ 'PATCH /api/v1/channels/ch3': (call) => ({ body: { ...vk, ...(call.body as object) } }) });
    await screen.findAllByTestId('channel-row');
    fireEvent.click(within(row('VK community')).getByTestId('channel-edit'));
    const dialog = await screen.findByTestId('channel-dialog');
    expect(within(dialog).getByTestId('channel-webhook-url')).toHaveValue('https://inbox.example.com/hooks/ch3');
    expect(within(dialog).getByTestId('channel-field-accessToken')).toHaveAttribute('placeholder', 'Saved (…6789); type to replace');
    fireEvent.change(within(dialog).getByTestId('channel-name'), { target: { value: 'VK: Fialka' } });
    fireEvent.change(within(dialog).getByTestId('channel-field-confirmationCode'), { target: { value: 'a1b2c3d4' } });
    fireEvent.click(within(dialog).getByTestId('channel-save'));
    await waitFor(() => expect(screen.queryByTestId('channel-dialog')).toBeNull());
    expect(writes()[0].body).toEqual({ name: 'VK: Fialka', settings: { confirmationCode: 'a1b2c3d4' } });
  });

  it('pauses and resumes by the switch, and removes after a confirmation that the chats stay', async () => {
    const { writes } = setup({
      'PATCH /api/v1/channels/ch1': () => ({ body: { ...bot, status: 'disabled' } }),
      'DELETE /api/v1/channels/ch1': () => ({ status: 204 }),
    });
    await screen.findAllByTestId('channel-row');
    fireEvent.click(within(row('Shop bot')).getByTestId('channel-enabled'));
    await waitFor(() => expect(writes()).toHaveLength(1));
    expect(writes()[0].body).toEqual({ status: 'disabled' });

    fireEvent.click(within(row('Shop bot')).getByTestId('channel-remove'));
    const confirm = await screen.findByTestId('remove-channel-dialog');
    expect(confirm).toHaveTextContent('Its chats and their history stay');
    fireEvent.click(within(confirm).getByTestId('confirm-remove-channel'));
    await waitFor(() => expect(writes().some((c) => c.method === 'DELETE' && c.url === '/api/v1/channels/ch1')).toBe(true));
  });
});
