import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Category } from '@/lib/api-types';
import { catalogueHandlers, chatRow } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { ChatsScreen } from './ChatsScreen';

type BulkAnswer = (call: RecordedCall) => { status?: number; body?: unknown };

function setup({ route = '/', category = 'new' as Category, bulk = (() => ({ body: { updated: 2 } })) as BulkAnswer } = {}) {
  const items = [chatRow({ id: 'a', client: { ...chatRow().client, name: 'Anna' } }), chatRow({ id: 'b' }), chatRow({ id: 'c' })];
  const { calls } = mockFetch({
    ...catalogueHandlers,
    'GET /api/v1/chats': () => ({ body: { items, nextCursor: null } }),
    'GET /api/v1/chats/counts': () => ({ body: { new: 1234, accepted: 12, archive: 300, unread: 7, capped: [] } }),
    'POST /api/v1/chats/bulk': bulk,
  });
  const onOpenChat = vi.fn();
  const utils = renderWithProviders(
    <ChatsScreen category={category} openChatId={null} categoryHref={(c) => `/chats/${c}`} onOpenChat={onOpenChat} />,
    { route },
  );
  const bulkCalls = () => calls.filter((c) => c.url === '/api/v1/chats/bulk');
  return { calls, bulkCalls, onOpenChat, ...utils };
}

const rowSelect = (index: number) => within(screen.getAllByTestId('chat-row')[index]).getByTestId('row-select');

describe('mass actions', () => {
  it('marks the selected chats read by ids, says how many changed, clears the selection and refetches', async () => {
    const { bulkCalls, onOpenChat, calls } = setup();
    await screen.findAllByTestId('chat-row');
    fireEvent.click(rowSelect(0));
    fireEvent.click(rowSelect(2));
    expect(onOpenChat).not.toHaveBeenCalled();
    expect(screen.getByTestId('selection-count')).toHaveTextContent('Selected: 2');
    expect(screen.getAllByTestId('chat-row')[0]).toHaveAttribute('data-selected', 'true');
    const listsBefore = calls.filter((c) => c.url.startsWith('/api/v1/chats?')).length;

    fireEvent.click(screen.getByTestId('bulk-menu'));
    fireEvent.click(await screen.findByTestId('bulk-action-markRead'));
    await waitFor(() => expect(bulkCalls()).toHaveLength(1));
    expect(bulkCalls()[0].body).toEqual({ ids: ['a', 'c'], action: 'markRead' });
    expect(await screen.findByText('Updated 2 chats')).toBeInTheDocument();
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/api/v1/chats?')).length).toBeGreaterThan(listsBefore));
  });

  it('selects the loaded page, then everything matching, and sends the filter with the tab category', async () => {
    const { bulkCalls } = setup({ route: '/?channelType=telegram&tag=t1&q=anna' });
    await screen.findAllByTestId('chat-row');
    fireEvent.click(screen.getByTestId('select-all-page'));
    expect(screen.getByTestId('selection-banner')).toHaveTextContent('All 3 chats on this page are selected.');
    fireEvent.click(screen.getByTestId('select-all-matching'));
    expect(screen.getByTestId('bulk-bar')).toHaveAttribute('data-mode', 'filter');
    expect(screen.getByTestId('selection-count')).toHaveTextContent('Selected: 1,234');

    fireEvent.click(screen.getByTestId('bulk-menu'));
    fireEvent.click(await screen.findByTestId('bulk-action-setStage'));
    fireEvent.click(await screen.findByText('Paid'));
    await waitFor(() => expect(bulkCalls()).toHaveLength(1));
    expect(bulkCalls()[0].body).toEqual({
      filter: { category: 'new', channelType: ['telegram'], channel: [], responsible: [], tag: ['t1'], stage: [], q: 'anna' },
      action: 'setStage',
      stageId: 's3',
    });
  });

  it('adds tags picked in the menu, assigns nobody, and offers accept only in New', async () => {
    const { bulkCalls } = setup();
    await screen.findAllByTestId('chat-row');
    fireEvent.click(rowSelect(1));
    fireEvent.click(screen.getByTestId('bulk-menu'));
    expect(await screen.findByTestId('bulk-action-accept')).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('bulk-action-addTags'));
    const options = await screen.findAllByTestId('tag-option');
    expect(screen.getByTestId('bulk-apply')).toBeDisabled();
    fireEvent.click(options[0]);
    fireEvent.click(options[1]);
    fireEvent.click(screen.getByTestId('bulk-apply'));
    await waitFor(() => expect(bulkCalls()).toHaveLength(1));
    expect(bulkCalls()[0].body).toEqual({ ids: ['b'], action: 'addTags', tagIds: ['t1', 't2'] });

    await waitFor(() => expect(screen.queryByTestId('bulk-bar')).toBeNull());
    fireEvent.click(rowSelect(1));
    fireEvent.click(screen.getByTestId('bulk-menu'));
    fireEvent.click(await screen.findByTestId('bulk-action-assign'));
    const nobody = (await screen.findAllByTestId('responsible-option')).find((o) => o.dataset.value === 'none')!;
    fireEvent.click(nobody);
    await waitFor(() => expect(bulkCalls()).toHaveLength(2));
    expect(bulkCalls()[1].body).toEqual({ ids: ['b'], action: 'assign', userId: null });
  });

  it('has no accept outside New', async () => {
    setup({ category: 'accepted' });
    await screen.findAllByTestId('chat-row');
    fireEvent.click(rowSelect(0));
    fireEvent.click(screen.getByTestId('bulk-menu'));
    expect(await screen.findByTestId('bulk-action-archive')).toBeInTheDocument();
    expect(screen.queryByTestId('bulk-action-accept')).toBeNull();
  });

  it('shows the problem detail when a filter matches too many chats, and keeps the selection', async () => {
    setup({
      bulk: () => ({ status: 422, body: { status: 422, title: 'Too many chats', detail: 'The filter matches more than 50,000 chats; narrow it down' } }),
    });
    await screen.findAllByTestId('chat-row');
    fireEvent.click(screen.getByTestId('select-all-page'));
    fireEvent.click(screen.getByTestId('select-all-matching'));
    fireEvent.click(screen.getByTestId('bulk-menu'));
    fireEvent.click(await screen.findByTestId('bulk-action-archive'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The filter matches more than 50,000 chats; narrow it down');
    expect(screen.getByTestId('bulk-bar')).toHaveAttribute('data-mode', 'filter');
  });

  it('toggles the cursor row with X and clears the selection with Esc', async () => {
    setup();
    await screen.findAllByTestId('chat-row');
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: 'x' });
    expect(rowSelect(0)).toBeChecked();
    fireEvent.keyDown(document.body, { key: 'j' });
    fireEvent.keyDown(document.body, { key: ' ' });
    expect(rowSelect(1)).toBeChecked();
    expect(screen.getByTestId('select-all-page')).toHaveProperty('indeterminate', true);
    fireEvent.keyDown(document.body, { key: 'Escape' });
    expect(screen.queryByTestId('bulk-bar')).toBeNull();
    expect(rowSelect(0)).not.toBeChecked();
  });
});
