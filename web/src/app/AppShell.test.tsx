import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ChatWindow } from '@/features/chat-window';
import { chatRow, message } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { AppShell } from './AppShell';

describe('AppShell', () => {
  it('Esc in the account menu closes only the menu, not the open chat', async () => {
    mockFetch({
      'GET /api/v1/chats/c1': () => ({ body: chatRow() }),
      'GET /api/v1/chats/c1/messages': () => ({ body: { items: [message()], prevCursor: null } }),
    });
    const onClose = vi.fn();
    renderWithProviders(
      <AppShell>
        <ChatWindow chatId="c1" onClose={onClose} />
      </AppShell>,
    );
    await screen.findByTestId('chat-client-name');
    const trigger = screen.getByTestId('user-menu');
    fireEvent.click(trigger);
    fireEvent.keyDown(screen.getByTestId('sign-out'), { key: 'Escape' });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(trigger).toHaveAttribute('aria-expanded', 'false');
    expect(trigger).toHaveFocus();
    expect(onClose).not.toHaveBeenCalled();

    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
