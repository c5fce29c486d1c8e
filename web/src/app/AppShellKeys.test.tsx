import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ATTENTION_KEY } from '@/lib/attention';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { AppShell } from './AppShell';

function setup(unread = 3) {
  mockFetch({ 'GET /api/v1/chats/counts': () => ({ body: { new: 1, accepted: 4, archive: 0, unread } }) });
  renderWithProviders(
    <AppShell>
      <input data-testid="some-field" />
    </AppShell>,
  );
}

describe('the app shell', () => {
  it('puts the unread count in the tab title', async () => {
    setup(3);
    await waitFor(() => expect(document.title).toBe('(3) Switchboard'));
  });

  it('shows just the name without unread chats', async () => {
    document.title = 'stale';
    setup(0);
    await waitFor(() => expect(document.title).toBe('Switchboard'));
  });

  it('opens the shortcuts help with "?", but not while typing, and closes it with Esc', async () => {
    setup();
    fireEvent.keyDown(screen.getByTestId('some-field'), { key: '?' });
    expect(screen.queryByTestId('shortcut-help')).toBeNull();

    fireEvent.keyDown(document.body, { key: '?' });
    const help = await screen.findByTestId('shortcut-help');
    expect(help).toHaveTextContent('Alt+A');
    expect(help).toHaveTextContent('Accept a new chat');
    expect(help).toHaveTextContent('Alt+W');
    fireEvent.keyDown(help, { key: 'Escape' });
    expect(screen.queryByTestId('shortcut-help')).toBeNull();

    fireEvent.click(screen.getByTestId('user-menu'));
    fireEvent.click(screen.getByTestId('open-shortcuts'));
    expect(await screen.findByTestId('shortcut-help')).toBeInTheDocument();
  });

  it('switches desktop notifications on only once the browser allows them, and remembers sound', async () => {
    let permission: NotificationPermission = 'default';
    const requestPermission = vi.fn(async () => (permission = 'granted'));
    const NotificationStub = Object.defineProperty(Object.assign(function Notification() {}, { requestPermission }), 'permission', { get: () => permission });
    vi.stubGlobal('Notification', NotificationStub);
    setup();
    fireEvent.click(screen.getByTestId('user-menu'));
    const notify = screen.getByTestId('pref-notify');
    expect(notify).not.toBeChecked();
    await act(async () => {
      fireEvent.click(notify);
    });
    expect(requestPermission).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.getByTestId('pref-notify')).toBeChecked());
    expect(JSON.parse(localStorage.getItem(ATTENTION_KEY)!)).toEqual({ notify: true, sound: false });

    fireEvent.click(screen.getByTestId('pref-sound'));
    expect(JSON.parse(localStorage.getItem(ATTENTION_KEY)!)).toEqual({ notify: true, sound: true });
  });
});
