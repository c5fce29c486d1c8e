import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Webhook } from '@/lib/api-types';
import { admin } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { WebhooksSettings } from './WebhooksSettings';

type Answer = { status?: number; body?: unknown };

const crm: Webhook = {
  id: 'w1', url: 'https://crm.example.com/switchboard', events: ['chat.created', 'message.created'], status: 'active',
  createdAt: '2026-11-20T10:00:00Z', failingSince: null, disabledAt: null, disabledReason: null,
};
const broken: Webhook = {
  id: 'w2', url: 'https://old.example.com/hook', events: ['chat.updated'], status: 'disabled',
  createdAt: '2026-11-01T10:00:00Z', failingSince: '2026-11-23T10:00:00Z', disabledAt: '2026-11-24T10:00:00Z',
  disabledReason: 'Failing since 2026-11-23T10:00:00Z; the last answer: HTTP 502: Bad Gateway',
};

function setup(handlers: Record<string, (call: RecordedCall) => Answer> = {}, list: Webhook[] = [crm, broken]) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  const mocks = mockFetch({
    'GET /api/v1/webhooks': () => ({ body: { items: list, nextCursor: null } }),
    ...handlers,
  });
  renderWithProviders(<WebhooksSettings />, { me: admin });
  return { ...mocks, writes: () => mocks.calls.filter((c) => c.method !== 'GET') };
}

describe('the webhooks settings', () => {
  it('shows each webhook with its events and a disabled one with the reason and a way to switch it on', async () => {
    const { writes } = setup({ 'POST /api/v1/webhooks/w2/enable': () => ({ body: { ...broken, status: 'active' } }) });
    const rows = await screen.findAllByTestId('webhook-row');
    expect(rows[0]).toHaveTextContent('https://crm.example.com/switchboard');
    expect(rows[0]).toHaveTextContent('message.created');
    expect(rows[0]).toHaveTextContent('Active');
    const disabled = within(rows[1]).getByTestId('webhook-disabled');
    expect(disabled).toHaveTextContent('HTTP 502: Bad Gateway');
    fireEvent.click(within(disabled).getByTestId('webhook-enable'));
    await waitFor(() => expect(writes().map((c) => c.url)).toEqual(['/api/v1/webhooks/w2/enable']));
  });

  it('adds a webhook with the chosen events and shows its secret once', async () => {
    const { writes } = setup({
      'POST /api/v1/webhooks': (call) => ({ status: 201, body: { ...crm, id: 'w3', ...(call.body as object), secret: 'whsec_0123abcd' } }),
    });
    await screen.findAllByTestId('webhook-row');
    fireEvent.click(screen.getByTestId('webhook-add'));
    const dialog = await screen.findByTestId('webhook-dialog');
    fireEvent.change(within(dialog).getByTestId('webhook-url'), { target: { value: 'ftp://nope' } });
    fireEvent.click(within(dialog).getByTestId('webhook-save'));
    expect(await within(dialog).findByTestId('webhook-url-error')).toHaveTextContent('http(s)');
    expect(writes()).toHaveLength(0);

    fireEvent.change(within(dialog).getByTestId('webhook-url'), { target: { value: 'https://erp.example.com/in' } });
    fireEvent.click(within(dialog).getByTestId('webhook-event-message.created'));
    fireEvent.click(within(dialog).getByTestId('webhook-event-message.updated'));
    fireEvent.click(within(dialog).getByTestId('webhook-save'));
    expect(await within(dialog).findByTestId('webhook-secret')).toHaveValue('whsec_0123abcd');
    expect(writes()[0].body).toEqual({ url: 'https://erp.example.com/in', events: ['chat.created', 'message.updated'] });
  });

  it('opens a webhook\'s log of deliveries with the receiver\'s answers', async () => {
    setup({
      'GET /api/v1/webhooks/w1/deliveries': () => ({
        body: {
          items: [
            { id: 'd2', webhookId: 'w1', event: 'message.created', status: 'pending', attempts: 2, lastStatus: 500, lastError: 'HTTP 500: database is down', createdAt: '2026-11-25T10:00:00Z', deliveredAt: null },
            { id: 'd1', webhookId: 'w1', event: 'chat.created', status: 'delivered', attempts: 1, lastStatus: 204, lastError: null, createdAt: '2026-11-25T09:00:00Z', deliveredAt: '2026-11-25T09:00:01Z' },
          ],
          nextCursor: null,
        },
      }),
    });
    const rows = await screen.findAllByTestId('webhook-row');
    fireEvent.click(within(rows[0]).getByTestId('webhook-log-toggle'));
    const deliveries = await within(rows[0]).findAllByTestId('webhook-delivery');
    expect(deliveries[0]).toHaveTextContent('Retrying');
    expect(deliveries[0]).toHaveTextContent('HTTP 500: database is down');
    expect(deliveries[1]).toHaveTextContent('Delivered');
    expect(deliveries[1]).toHaveTextContent('HTTP 204');
  });
});
