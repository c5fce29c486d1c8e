import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { ApiTokensPanel } from './ApiTokensPanel';

describe('the API tokens', () => {
  it('creates a named token and shows it once, lists when each was used, and revokes one after asking', async () => {
    document.cookie = 'XSRF-TOKEN=tok; path=/';
    const { calls } = mockFetch({
      'GET /api/v1/tokens': () => ({
        body: { items: [{ id: 't1', name: 'CRM sync', createdAt: '2026-11-01T10:00:00Z', lastUsedAt: null }], nextCursor: null },
      }),
      'POST /api/v1/tokens': () => ({ status: 201, body: { id: 't2', name: 'Zapier', token: 'sbk_live_0123456789abcdef' } }),
      'DELETE /api/v1/tokens/t1': () => ({ status: 204 }),
    });
    renderWithProviders(<ApiTokensPanel />, { me: admin });
    const row = await screen.findByTestId('token-row');
    expect(row).toHaveTextContent('CRM sync');
    expect(row).toHaveTextContent('never used');
    expect(screen.getByTestId('api-docs-link')).toHaveAttribute('href', '/api/v1/docs');

    fireEvent.change(screen.getByTestId('token-name'), { target: { value: 'Zapier' } });
    fireEvent.click(screen.getByTestId('token-create'));
    expect(await screen.findByTestId('token-value')).toHaveValue('sbk_live_0123456789abcdef');
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({ name: 'Zapier' });

    fireEvent.click(within(row).getByTestId('token-revoke'));
    fireEvent.click(within(await screen.findByTestId('revoke-token-dialog')).getByTestId('confirm-revoke-token'));
    await waitFor(() => expect(calls.some((c) => c.method === 'DELETE' && c.url === '/api/v1/tokens/t1')).toBe(true));
  });
});
