import { QueryClientProvider } from '@tanstack/react-query';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/ToastProvider';
import { I18nProvider } from '@/i18n';
import type { Me } from '@/lib/api-types';
import { admin, catalogueHandlers, chatRow, me } from '@/test/fixtures';
import { mockFetch, testQueryClient } from '@/test/utils';
import { routes } from './router';

class SilentSocket {
  onopen = null;
  onclose = null;
  onerror = null;
  onmessage = null;
  close() {}
}

function start(who: Me, path: string) {
  vi.stubGlobal('WebSocket', SilentSocket);
  mockFetch({
    ...catalogueHandlers,
    'GET /api/v1/me': () => ({ body: who }),
    'GET /api/v1/chats': () => ({ body: { items: [chatRow()], nextCursor: null } }),
    'GET /api/v1/chats/counts': () => ({ body: { new: 1, accepted: 0, archive: 0, unread: 0, capped: [] } }),
    'GET /api/v1/templates': () => ({ body: { items: [], nextCursor: null } }),
    'GET /api/v1/stoplist': () => ({ body: { items: [], nextCursor: null } }),
    'GET /api/v1/workspace': () => ({ body: who.workspace }),
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <QueryClientProvider client={testQueryClient()}>
      <I18nProvider initialLocale="en">
        <ToastProvider>
          <RouterProvider router={router} />
        </ToastProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return router;
}

describe('the settings screens', () => {
  it('are in the navigation of owners and admins, channels first, then stages and tags', async () => {
    const router = start(admin, '/chats/new');
    fireEvent.click(await screen.findByTestId('nav-settings'));
    expect(await screen.findAllByTestId('channel-row')).toHaveLength(2);
    expect(router.state.location.pathname).toBe('/settings/channels');
    fireEvent.click(screen.getByTestId('settings-nav-stages'));
    expect(await screen.findAllByTestId('stage-row')).toHaveLength(4);
    fireEvent.click(screen.getByTestId('settings-nav-tags'));
    expect(await screen.findAllByTestId('tag-row')).toHaveLength(2);
  });

  it('show operators only their own templates; the admin addresses lead there', async () => {
    const router = start(me, '/settings/tags');
    expect(await screen.findByTestId('settings-templates')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/templates');
    expect(screen.getAllByRole('link', { name: /./ }).filter((a) => a.getAttribute('data-testid')?.startsWith('settings-nav-')).map((a) => a.textContent)).toEqual([
      'My templates',
    ]);
    expect(await screen.findByTestId('templates-mine')).toBeInTheDocument();
    expect(screen.queryByTestId('templates-workspace')).toBeNull();

    for (const path of ['/settings/channels', '/settings/users', '/settings/stoplist', '/settings/workspace', '/settings']) {
      await act(() => router.navigate(path));
      await waitFor(() => expect(router.state.location.pathname).toBe('/settings/templates'));
    }
    expect(screen.queryByTestId('settings-users')).toBeNull();
  });

  it('give admins the team, templates, stop-list and workspace sections', async () => {
    const router = start(admin, '/settings/users');
    expect(await screen.findByTestId('settings-users')).toBeInTheDocument();
    expect(await screen.findAllByTestId('user-row')).toHaveLength(2);
    fireEvent.click(screen.getByTestId('settings-nav-templates'));
    expect(await screen.findByTestId('templates-workspace')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('settings-nav-stoplist'));
    expect(await screen.findByTestId('settings-stoplist')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('settings-nav-workspace'));
    expect(await screen.findByTestId('settings-workspace')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/workspace');
  });

  it('keep the chat filter when switching tabs and opening a chat', async () => {
    const router = start(me, '/chats/new?tag=t1&q=anna');
    fireEvent.click(await screen.findByTestId('tab-accepted'));
    expect(router.state.location.pathname).toBe('/chats/accepted');
    expect(router.state.location.search).toBe('?tag=t1&q=anna');
    fireEvent.click(await screen.findByTestId('chat-row'));
    expect(router.state.location.pathname).toBe('/chats/accepted/c1');
    expect(router.state.location.search).toBe('?tag=t1&q=anna');
  });
});
