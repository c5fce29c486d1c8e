import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Webhook } from '@/lib/api-types';
import { admin, me } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { AdminNotices } from './AdminNotices';

const crm: Webhook = {
  id: 'wh1', url: 'https://crm.example/hooks/switchboard', events: ['chat.created'], status: 'disabled', createdAt: '2026-11-20T10:00:00Z',
  failingSince: '2026-11-23T09:00:00Z', disabledAt: '2026-11-24T09:00:00Z', disabledReason: 'HTTP 502 for 24 hours',
};
const healthy: Webhook = { ...crm, id: 'wh2', url: 'https://erp.example/in', status: 'active', failingSince: null, disabledAt: null, disabledReason: null };

describe('the admins\' notices', () => {
  it('tell an admin anywhere in the app that a webhook was switched off, until dismissed', async () => {
    localStorage.clear();
    mockFetch({ 'GET /api/v1/webhooks': () => ({ body: { items: [crm, healthy], nextCursor: null } }) });
    renderWithProviders(<AdminNotices />, { me: admin });
    const notice = await screen.findByTestId('admin-notice');
    expect(notice).toHaveTextContent('A webhook was switched off after a day of failures');
    expect(notice).toHaveTextContent('https://crm.example/hooks/switchboard');
    expect(notice).toHaveTextContent('HTTP 502 for 24 hours');
    expect(notice).not.toHaveTextContent('erp.example');
    expect(screen.getByTestId('admin-notice-open')).toHaveAttribute('href', '/settings/api');
    fireEvent.click(screen.getByTestId('admin-notice-dismiss'));
    await waitFor(() => expect(screen.queryByTestId('admin-notice')).toBeNull());
    expect(localStorage.getItem('sb.notices.dismissed')).toContain('wh1');
  });

  it('ask nothing for an operator', async () => {
    const { calls } = mockFetch({ 'GET /api/v1/webhooks': () => ({ body: { items: [crm], nextCursor: null } }) });
    renderWithProviders(<AdminNotices />, { me });
    await new Promise((r) => setTimeout(r, 50));
    expect(calls.filter((c) => c.url.includes('/webhooks'))).toHaveLength(0);
    expect(screen.queryByTestId('admin-notice')).toBeNull();
  });
});
