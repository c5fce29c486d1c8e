import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { Category, ChatRow } from '@/lib/api-types';
import { catalogueHandlers, chatRow } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { ChatsScreen } from './ChatsScreen';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

type PatchAnswer = { status?: number; body?: unknown };

function setup(patch: (call: RecordedCall) => Promise<PatchAnswer> | PatchAnswer, row: ChatRow = chatRow({ category: 'accepted' }), category: Category = 'accepted') {
  const { calls } = mockFetch({
    ...catalogueHandlers,
    'GET /api/v1/chats': () => ({ body: { items: [row], nextCursor: null } }),
    'GET /api/v1/chats/counts': () => ({ body: { new: 0, accepted: 1, archive: 0, unread: 0, capped: [] } }),
    'PATCH /api/v1/chats/c1': patch,
  });
  const onOpenChat = vi.fn();
  renderWithProviders(<ChatsScreen category={category} openChatId={null} categoryHref={(c) => `/chats/${c}`} onOpenChat={onOpenChat} />);
  return { calls, onOpenChat };
}

const stageCell = () => within(screen.getByTestId('chat-row')).getByTestId('stage-cell');
const pickStage = async (name: string) => {
  fireEvent.click(stageCell());
  const options = await screen.findAllByTestId('stage-option');
  fireEvent.click(options.find((o) => o.textContent === name)!);
};

describe('editing a row in place', () => {
  it('changes the funnel stage at once, without opening the chat, and keeps the server answer', async () => {
    const answer = deferred<PatchAnswer>();
    const { calls, onOpenChat } = setup(() => answer.promise);
    await screen.findByTestId('chat-row');
    expect(stageCell()).toHaveTextContent('Negotiation');

    fireEvent.click(stageCell());
    const options = await screen.findAllByTestId('stage-option');
    expect(options.map((o) => o.textContent)).toEqual(['Negotiation', 'Invoice sent', 'Paid', 'Lost']);
    expect(screen.getByText('In work')).toBeInTheDocument();
    expect(screen.getByText('Success')).toBeInTheDocument();
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.click(options[1]);

    // Before the server answers:
    await waitFor(() => expect(stageCell()).toHaveTextContent('Invoice sent'));
    expect(stageCell()).toHaveAttribute('data-value', 's2');
    expect(onOpenChat).not.toHaveBeenCalled();
    const patch = calls.find((c) => c.method === 'PATCH')!;
    expect(patch.body).toEqual({ stageId: 's2' });

    answer.resolve({ body: chatRow({ category: 'accepted', stage: { id: 's2', name: 'Invoice sent', group: 'active' } }) });
    await waitFor(() => expect(calls.filter((c) => c.url.startsWith('/api/v1/chats/counts')).length).toBeGreaterThan(1));
    expect(stageCell()).toHaveTextContent('Invoice sent');
  });

  it('rolls the stage back with an error toast when the server refuses', async () => {
    const answer = deferred<PatchAnswer>();
    setup(() => answer.promise);
    await screen.findByTestId('chat-row');
    await pickStage('Paid');
    await waitFor(() => expect(stageCell()).toHaveTextContent('Paid'));

    answer.resolve({ status: 403, body: { status: 403, title: 'Forbidden', detail: 'You may not change this chat' } });
    expect(await screen.findByRole('alert')).toHaveTextContent('You may not change this chat');
    expect(stageCell()).toHaveTextContent('Negotiation');
    expect(stageCell()).toHaveAttribute('data-value', 's1');
  });

  it('takes the row out of the tab when the new stage archives the chat', async () => {
    let lists = 0;
    const row = chatRow({ category: 'accepted' });
    const { calls } = mockFetch({
      ...catalogueHandlers,
      'GET /api/v1/chats': () => ({ body: { items: lists++ === 0 ? [row] : [], nextCursor: null } }),
      'GET /api/v1/chats/counts': () => ({ body: { new: 0, accepted: 1, archive: 0, unread: 0, capped: [] } }),
      'PATCH /api/v1/chats/c1': () => ({ body: { ...row, category: 'archive', stage: { id: 's4', name: 'Lost', group: 'failure' } } }),
    });
    renderWithProviders(<ChatsScreen category="accepted" openChatId={null} categoryHref={(c) => `/chats/${c}`} onOpenChat={() => {}} />);
    await screen.findByTestId('chat-row');
    await pickStage('Lost');
    await waitFor(() => expect(screen.queryByTestId('chat-row')).toBeNull());
    expect(calls.filter((c) => c.url.startsWith('/api/v1/chats?')).length).toBeGreaterThan(1);
  });

  it('assigns the responsible, and "Nobody" clears it', async () => {
    const { calls } = setup((call) => ({
      body: chatRow({ category: 'accepted', responsible: (call.body as { responsibleId: string | null }).responsibleId ? { id: 'u1', name: 'Anna Operator' } : null }),
    }));
    await screen.findByTestId('chat-row');
    const cell = () => within(screen.getByTestId('chat-row')).getByTestId('responsible-cell');
    expect(cell()).toHaveTextContent('Oleg');

    fireEvent.click(cell());
    fireEvent.click((await screen.findAllByTestId('responsible-option')).find((o) => o.dataset.value === 'u1')!);
    await waitFor(() => expect(cell()).toHaveTextContent('Anna Operator'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(1));
    expect(calls.find((c) => c.method === 'PATCH')!.body).toEqual({ responsibleId: 'u1' });

    fireEvent.click(cell());
    fireEvent.click((await screen.findAllByTestId('responsible-option')).find((o) => o.dataset.value === 'none')!);
    await waitFor(() => expect(cell()).toHaveAttribute('data-value', 'none'));
    await waitFor(() => expect(calls.filter((c) => c.method === 'PATCH')).toHaveLength(2));
    expect(calls.filter((c) => c.method === 'PATCH')[1].body).toEqual({ responsibleId: null });
  });
});
