import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChatCounts } from '@/lib/api-types';
import { catalogueHandlers, chatRow } from '@/test/fixtures';
import { currentSearch, LocationProbe, mockFetch, renderWithProviders } from '@/test/utils';
import { ChatsScreen } from './ChatsScreen';

function setup({ route = '/', items = [chatRow()], counts = { new: 3, accepted: 12, archive: 300, unread: 7, capped: [] } as ChatCounts, locale = 'en' as 'en' | 'ru' } = {}) {
  const { calls } = mockFetch({
    ...catalogueHandlers,
    'GET /api/v1/chats': () => ({ body: { items, nextCursor: null } }),
    'GET /api/v1/chats/counts': () => ({ body: counts }),
  });
  renderWithProviders(
    <>
      <ChatsScreen category="new" openChatId={null} categoryHref={(c) => `/chats/${c}`} onOpenChat={() => {}} />
      <LocationProbe />
    </>,
    { route, locale },
  );
  const listCalls = () => calls.filter((c) => c.url.startsWith('/api/v1/chats?')).map((c) => c.url);
  const countCalls = () => calls.filter((c) => c.url.startsWith('/api/v1/chats/counts')).map((c) => c.url);
  return { calls, listCalls, countCalls };
}

describe('the filter of the chat list', () => {
  it('reads the filter from the URL into the list and the counters, repeatable params repeated', async () => {
    const { listCalls, countCalls } = setup({ route: '/?channelType=telegram&tag=t1&tag=t2&responsible=none&q=anna&sort=-price' });
    await screen.findByTestId('chat-row');
    expect(listCalls()).toContain('/api/v1/chats?category=new&channelType=telegram&responsible=none&tag=t1&tag=t2&q=anna&sort=-price&limit=50');
    expect(countCalls()).toContain('/api/v1/chats/counts?channelType=telegram&responsible=none&tag=t1&tag=t2&q=anna');
    expect(screen.getByTestId('search-input')).toHaveValue('anna');
    expect(screen.getByTestId('sort-select')).toHaveValue('-price');
  });

  it('shows a chip per active filter with the names of the values', async () => {
    setup({ route: '/?channelType=telegram&channelType=vk&tag=t1&responsible=none&state=unanswered' });
    await screen.findByTestId('chat-row');
    const chips = screen.getAllByTestId('filter-chip');
    expect(chips.map((c) => c.dataset.filter)).toEqual(['channelType', 'responsible', 'tag', 'state']);
    expect(chips[0]).toHaveTextContent('Channel type: Telegram, VK');
    expect(chips[1]).toHaveTextContent('Responsible: Nobody');
    await waitFor(() => expect(chips[2]).toHaveTextContent('Tags: vip'));
    expect(chips[3]).toHaveTextContent('State: Unanswered (the client wrote last)');
    expect(screen.getByTestId('filters-button')).toHaveTextContent('4');
  });

  it('clears one filter with its chip, and every filter (not the search) with the one cross', async () => {
    const { listCalls } = setup({ route: '/?channelType=telegram&tag=t1&tag=t2&tasks=overdue&q=anna' });
    await screen.findByTestId('chat-row');
    const tagChip = screen.getAllByTestId('filter-chip').find((c) => c.dataset.filter === 'tag')!;
    fireEvent.click(within(tagChip).getByTestId('filter-chip-clear'));
    await waitFor(() => expect(currentSearch().toString()).toBe('channelType=telegram&tasks=overdue&q=anna'));
    await waitFor(() => expect(listCalls()).toContain('/api/v1/chats?category=new&channelType=telegram&tasks=overdue&q=anna&limit=50'));

    fireEvent.click(screen.getByTestId('filters-clear-all'));
    await waitFor(() => expect(currentSearch().toString()).toBe('q=anna'));
    expect(screen.queryAllByTestId('filter-chip')).toHaveLength(0);
    expect(screen.queryByTestId('filters-clear-all')).toBeNull();
  });

  it('sets filters from the panel: a channel type, a tag, a single choice toggled off again', async () => {
    const { listCalls } = setup();
    await screen.findByTestId('chat-row');
    fireEvent.click(screen.getByTestId('filters-button'));
    const panel = await screen.findByTestId('filter-panel');
    fireEvent.click(within(panel).getAllByTestId('filter-option').find((o) => o.dataset.value === 'telegram')!);
    await waitFor(() => expect(currentSearch().getAll('channelType')).toEqual(['telegram']));

    fireEvent.click(within(panel).getAllByTestId('filter-section').find((s) => s.dataset.filter === 'tag')!);
    fireEvent.click(await within(panel).findByText('wholesale'));
    await waitFor(() => expect(currentSearch().getAll('tag')).toEqual(['t2']));
    expect(within(panel).getAllByTestId('filter-option').find((o) => o.dataset.value === 't2')).toHaveAttribute('aria-selected', 'true');

    fireEvent.click(within(panel).getAllByTestId('filter-section').find((s) => s.dataset.filter === 'tasks')!);
    const overdue = () => within(panel).getAllByTestId('filter-option').find((o) => o.dataset.value === 'overdue')!;
    fireEvent.click(overdue());
    await waitFor(() => expect(currentSearch().get('tasks')).toBe('overdue'));
    fireEvent.click(overdue());
    await waitFor(() => expect(currentSearch().get('tasks')).toBeNull());
    await waitFor(() => expect(listCalls()).toContain('/api/v1/chats?category=new&channelType=telegram&tag=t2&limit=50'));
  });

  it('turns picked days into instants of the workspace time zone (Moscow), `to` exclusive', async () => {
    setup();
    await screen.findByTestId('chat-row');
    fireEvent.click(screen.getByTestId('filters-button'));
    fireEvent.click(screen.getAllByTestId('filter-section').find((s) => s.dataset.filter === 'period')!);
    fireEvent.change(screen.getByTestId('filter-date-from'), { target: { value: '2026-11-02' } });
    await waitFor(() => expect(currentSearch().get('from')).toBe('2026-11-01T21:00:00Z'));
    fireEvent.change(screen.getByTestId('filter-date-to'), { target: { value: '2026-11-05' } });
    await waitFor(() => expect(currentSearch().get('to')).toBe('2026-11-05T21:00:00Z'));
    expect(screen.getByTestId('filter-date-to')).toHaveValue('2026-11-05');
    expect(screen.getAllByTestId('filter-chip').map((c) => c.textContent)).toEqual(['Activity from: Nov 2, 2026', 'Activity until: Nov 5, 2026']);
  });

  it('searches as you type (debounced into the URL), Esc clears, and a search without results says so', async () => {
    const { listCalls } = setup({ items: [] });
    expect(await screen.findByTestId('empty-state')).toHaveAttribute('data-kind', 'tab');
    const input = screen.getByTestId('search-input');
    fireEvent.change(input, { target: { value: 'zzz' } });
    expect(currentSearch().get('q')).toBeNull();
    await waitFor(() => expect(currentSearch().get('q')).toBe('zzz'));
    await waitFor(() => expect(listCalls()).toContain('/api/v1/chats?category=new&q=zzz&limit=50'));
    const empty = await screen.findByText('Nothing found for “zzz”');
    expect(empty.closest('[data-testid="empty-state"]')).toHaveAttribute('data-kind', 'search');

    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input).toHaveValue('');
    await waitFor(() => expect(currentSearch().get('q')).toBeNull());
  });

  it('offers to clear the filters when they match nothing', async () => {
    setup({ items: [], route: '/?state=unread' });
    const empty = await screen.findByTestId('empty-state');
    expect(empty).toHaveAttribute('data-kind', 'filter');
    fireEvent.click(within(empty).getByTestId('empty-clear-filters'));
    await waitFor(() => expect(currentSearch().toString()).toBe(''));
  });

  it('shows a capped counter as a lower bound', async () => {
    setup({ route: '/?tag=t1', counts: { new: 4, accepted: 10_000, archive: 10_000, unread: 10_000, capped: ['archive', 'unread'] } });
    await waitFor(() => expect(screen.getByTestId('tab-count-archive')).toHaveTextContent('10,000+'));
    expect(screen.getByTestId('unread-count')).toHaveTextContent('10,000+');
    expect(screen.getByTestId('tab-count-accepted')).toHaveTextContent('10K');
    expect(screen.getByTestId('tab-count-new')).toHaveTextContent('4');
  });

  it('shows a capped counter the Russian way', async () => {
    setup({ locale: 'ru', counts: { new: 1, accepted: 2, archive: 10_000, unread: 0, capped: ['archive'] } });
    await waitFor(() => expect(screen.getByTestId('tab-count-archive').textContent).toMatch(/^10\s000\+$/));
  });
});
