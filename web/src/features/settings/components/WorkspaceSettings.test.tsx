import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { admin } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { WorkspaceSettings } from './WorkspaceSettings';

describe('the workspace settings', () => {
  it('saves the name, the team rule and the response-time alert in seconds', async () => {
    document.cookie = 'XSRF-TOKEN=tok; path=/';
    const workspace = { ...admin.workspace, operatorsSeeAllChats: false, autoAssign: false };
    const { calls } = mockFetch({
      'GET /api/v1/workspace': () => ({ body: workspace }),
      'PATCH /api/v1/workspace': (call) => ({ body: { ...workspace, ...(call.body as object) } }),
    });
    renderWithProviders(<WorkspaceSettings />, { me: admin });
    const form = await screen.findByTestId('workspace-form');
    const name = form.querySelector<HTMLInputElement>('[name="name"]')!;
    expect(name).toHaveValue('Shop');
    expect(screen.getByTestId('workspace-alert')).toHaveValue(10);

    fireEvent.change(name, { target: { value: 'Flower shop' } });
    fireEvent.click(screen.getByTestId('workspace-see-all'));
    fireEvent.change(screen.getByTestId('workspace-alert'), { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('workspace-save'));
    await waitFor(() => expect(calls.some((c) => c.method === 'PATCH')).toBe(true));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({
      name: 'Flower shop',
      country: 'RU',
      timezone: 'Europe/Moscow',
      locale: 'en',
      operatorsSeeAllChats: true,
      autoAssign: false,
      responseTimeAlertSeconds: 300,
    });
    expect(await screen.findByText('Settings saved')).toBeInTheDocument();
  });
});
