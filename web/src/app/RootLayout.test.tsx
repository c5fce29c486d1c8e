import { QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ToastProvider } from '@/components/ToastProvider';
import { I18nProvider } from '@/i18n';
import { chatRow, me } from '@/test/fixtures';
import { mockFetch, testQueryClient } from '@/test/utils';
import { routes } from './router';

class SilentSocket {
  onopen = null;
  onclose = null;
  onerror = null;
  onmessage = null;
  close() {}
}

describe('the app', () => {
  it('shows the sign-in page when signed out, then the chats after signing in', async () => {
    vi.stubGlobal('WebSocket', SilentSocket);
    document.cookie = 'XSRF-TOKEN=t; path=/';
    let signedIn = false;
    mockFetch({
      'GET /api/v1/me': () => (signedIn ? { body: me } : { status: 401, body: { status: 401, title: 'Unauthorized' } }),
      'POST /api/v1/session': () => {
        signedIn = true;
        return { body: me };
      },
      'GET /api/v1/chats': () => ({ body: { items: [chatRow()], nextCursor: null } }),
      'GET /api/v1/chats/counts': () => ({ body: { new: 1, accepted: 0, archive: 0, unread: 0 } }),
    });
    const router = createMemoryRouter(routes, { initialEntries: ['/chats/new'] });
    render(
      <QueryClientProvider client={testQueryClient()}>
        <I18nProvider initialLocale="en">
          <ToastProvider>
            <RouterProvider router={router} />
          </ToastProvider>
        </I18nProvider>
      </QueryClientProvider>,
    );
    fireEvent.change(await screen.findByTestId('signin-email'), { target: { value: 'anna@example.com' } });
    fireEvent.change(screen.getByTestId('signin-password'), { target: { value: 'secret' } });
    fireEvent.click(screen.getByTestId('signin-submit'));
    expect(await screen.findByTestId('chat-row')).toHaveTextContent('Maria Petrova');
    expect(screen.getByTestId('tab-count-new')).toHaveTextContent('1');
    expect(screen.getByTestId('connection-status')).toBeInTheDocument();
  });
});
