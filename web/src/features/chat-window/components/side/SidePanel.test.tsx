import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChatDetail, ClientDetail, Me, Task } from '@/lib/api-types';
import { admin, catalogueHandlers, chatRow, me } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { ChatWindow, SIDE_PANEL_KEY } from '../ChatWindow';

const HOUR = 3600_000;

function detail(overrides: Partial<ChatDetail> = {}): ChatDetail {
  const row = chatRow({ category: 'accepted' });
  return { ...row, client: { ...row.client, email: null, fields: { city: 'Kazan' } }, fields: { source: 'Ads' }, ...overrides };
}

function card(overrides: Partial<ClientDetail> = {}): ClientDetail {
  const row = chatRow({ category: 'accepted' });
  return {
    ...row.client,
    email: null,
    fields: { city: 'Kazan' },
    chats: [row, chatRow({ id: 'c2', category: 'archive', channel: { id: 'ch2', type: 'whatsapp', name: 'Sales WhatsApp' } })],
    ...overrides,
  };
}

const tasks: Task[] = [
  { id: 'k1', chatId: 'c1', text: 'Send the invoice', dueAt: new Date(Date.now() - 2 * HOUR).toISOString(), assignee: { id: 'u1', name: 'Anna Operator' }, done: false, doneAt: null, createdAt: new Date().toISOString() },
  { id: 'k2', chatId: 'c1', text: 'Call back', dueAt: new Date(Date.now() + 20 * HOUR).toISOString(), assignee: null, done: false, doneAt: null, createdAt: new Date().toISOString() },
];

function setup(handlers: Parameters<typeof mockFetch>[0] = {}, who: Me = me) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  const mocks = mockFetch({
    ...catalogueHandlers,
    'GET /api/v1/chats/c1': () => ({ body: detail() }),
    'GET /api/v1/chats/c1/messages': () => ({ body: { items: [], prevCursor: null } }),
    'GET /api/v1/clients/cl1': () => ({ body: card() }),
    'GET /api/v1/chats/c1/tasks': () => ({ body: { items: tasks, nextCursor: null } }),
    ...handlers,
  });
  const onClose = vi.fn();
  renderWithProviders(<ChatWindow chatId="c1" onClose={onClose} />, { me: who });
  return { ...mocks, onClose };
}

const writes = (calls: RecordedCall[]) => calls.filter((c) => c.method !== 'GET');

describe('the side panel of a chat', () => {
  it('edits the client in place: Enter saves through the API and shows what the server stored', async () => {
    const { calls } = setup({
      'PATCH /api/v1/clients/cl1': () => ({ body: card({ phone: '+79120001122' }) }),
    });
    const phone = await screen.findByTestId('client-phone');
    expect(phone).toHaveTextContent('+79123456789');
    fireEvent.click(within(phone).getByRole('button'));
    const input = screen.getByTestId('client-phone-input');
    expect(input).toHaveFocus();
    fireEvent.change(input, { target: { value: '8 (912) 000-11-22' } });
    fireEvent.keyDown(input, { key: 'Enter' });

    await waitFor(() => expect(screen.getByTestId('client-phone')).toHaveTextContent('+79120001122'));
    expect(writes(calls)).toEqual([expect.objectContaining({ method: 'PATCH', url: '/api/v1/clients/cl1', body: { phone: '8 (912) 000-11-22' } })]);
    expect(screen.queryByTestId('client-phone-input')).toBeNull();
  });

  it('shows the server complaint under the field, and Esc cancels without closing the chat', async () => {
    const { onClose } = setup({
      'PATCH /api/v1/clients/cl1': () => ({ status: 400, body: { status: 400, title: 'Bad Request', errors: [{ field: 'email', message: '"anna@" is not an e-mail address' }] } }),
    });
    const email = await screen.findByTestId('client-email');
    expect(email).toHaveTextContent('Add an e-mail');
    fireEvent.click(within(email).getByRole('button'));
    const input = screen.getByTestId('client-email-input');
    fireEvent.change(input, { target: { value: 'anna@' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(await screen.findByTestId('client-email-error')).toHaveTextContent('"anna@" is not an e-mail address');
    expect(input).toHaveAttribute('aria-invalid', 'true');

    fireEvent.keyDown(input, { key: 'Escape' });
    expect(screen.queryByTestId('client-email-input')).toBeNull();
    expect(screen.getByTestId('client-email')).toHaveTextContent('Add an e-mail');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('edits a custom field of the client and the price of the deal', async () => {
    const { calls } = setup({
      'PATCH /api/v1/clients/cl1': () => ({ body: card({ fields: { city: 'Moscow' } }) }),
      'PATCH /api/v1/chats/c1': () => ({ body: detail({ price: { amount: '2500.50', currency: 'RUB' } }) }),
    });
    const field = await screen.findByTestId('client-field');
    expect(field).toHaveAttribute('data-field', 'city');
    fireEvent.click(within(field).getByRole('button', { name: /city: Kazan/ }));
    const value = within(field).getByRole('textbox');
    fireEvent.change(value, { target: { value: 'Moscow' } });
    fireEvent.keyDown(value, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('client-field')).toHaveTextContent('Moscow'));

    fireEvent.click(within(screen.getByTestId('chat-price')).getByRole('button'));
    const amount = screen.getByTestId('chat-price-input');
    fireEvent.change(amount, { target: { value: '2 500,5' } });
    fireEvent.keyDown(amount, { key: 'Enter' });
    await waitFor(() => expect(screen.getByTestId('chat-price')).toHaveTextContent('RUB 2,500.50'));
    expect(writes(calls).map((c) => [c.method, c.url, c.body])).toEqual([
      ['PATCH', '/api/v1/clients/cl1', { fields: { city: 'Moscow' } }],
      ['PATCH', '/api/v1/chats/c1', { price: { amount: '2500.50', currency: 'RUB' } }],
    ]);
  });

  it('links the client’s other chats and lists the tasks, the overdue one in red', async () => {
    setup();
    const other = await screen.findByTestId('client-other-chat');
    expect(other).toHaveAttribute('href', '/chats/archive/c2');
    expect(other).toHaveTextContent('Sales WhatsApp');
    const items = await screen.findAllByTestId('task-item');
    expect(items.map((i) => i.getAttribute('data-overdue'))).toEqual(['true', 'false']);
    expect(items[0]).toHaveClass('sb-task-item--overdue');
    expect(items[1]).toHaveTextContent('tomorrow');
  });

  it('adds a task with text, due time and assignee, ticks one done and deletes one', async () => {
    const created: Task = { ...tasks[1], id: 'k3', text: 'Send the contract' };
    const { calls } = setup({
      'POST /api/v1/chats/c1/tasks': () => ({ status: 201, body: created }),
      'PATCH /api/v1/tasks/k1': () => ({ body: { ...tasks[0], done: true } }),
      'DELETE /api/v1/tasks/k2': () => ({ status: 204 }),
    });
    await screen.findAllByTestId('task-item');
    fireEvent.click(screen.getByTestId('task-add'));
    expect(await screen.findByText('Write what to do')).toBeInTheDocument();
    expect(writes(calls)).toHaveLength(0);

    fireEvent.change(screen.getByTestId('task-text'), { target: { value: 'Send the contract' } });
    fireEvent.change(screen.getByTestId('task-due-input'), { target: { value: '2030-05-04T15:30' } });
    fireEvent.change(screen.getByTestId('task-assignee'), { target: { value: 'u2' } });
    fireEvent.click(screen.getByTestId('task-add'));
    await waitFor(() => expect(screen.getAllByTestId('task-item')).toHaveLength(3));
    const post = writes(calls)[0];
    expect(post).toMatchObject({ method: 'POST', url: '/api/v1/chats/c1/tasks', body: { text: 'Send the contract', assigneeId: 'u2' } });
    expect((post.body as { dueAt: string }).dueAt).toBe(new Date('2030-05-04T15:30').toISOString());
    expect(screen.getByTestId('task-text')).toHaveValue('');

    fireEvent.click(within(screen.getAllByTestId('task-item')[0]).getByTestId('task-done'));
    await waitFor(() => expect(screen.getAllByTestId('task-item')[0]).toHaveAttribute('data-done', 'true'));
    fireEvent.click(within(screen.getAllByTestId('task-item').find((i) => i.textContent?.includes('Call back'))!).getByTestId('task-delete'));
    await waitFor(() => expect(screen.getAllByTestId('task-item')).toHaveLength(2));
    expect(writes(calls).map((c) => `${c.method} ${c.url}`)).toEqual(['POST /api/v1/chats/c1/tasks', 'PATCH /api/v1/tasks/k1', 'DELETE /api/v1/tasks/k2']);
  });

  it('removes a tag by its cross and adds one from the picker', async () => {
    const row = chatRow({ category: 'accepted' });
    const { calls } = setup({
      'DELETE /api/v1/chats/c1/tags/t1': () => ({ body: { ...row, tags: [] } }),
      'POST /api/v1/chats/c1/tags': () => ({ body: { ...row, tags: [{ id: 't2', name: 'wholesale', color: '#2563eb' }] } }),
    });
    const chip = await screen.findByTestId('chat-tag');
    fireEvent.click(within(chip).getByTestId('tag-remove'));
    await waitFor(() => expect(screen.queryByTestId('chat-tag')).toBeNull());
    fireEvent.click(screen.getByTestId('tag-add'));
    const options = await screen.findAllByTestId('tag-option');
    fireEvent.click(options.find((o) => o.textContent?.includes('wholesale'))!);
    await waitFor(() => expect(screen.getByTestId('chat-tag')).toHaveAttribute('data-tag-id', 't2'));
    expect(writes(calls).map((c) => [c.method, c.url, c.body])).toEqual([
      ['DELETE', '/api/v1/chats/c1/tags/t1', undefined],
      ['POST', '/api/v1/chats/c1/tags', { tagIds: ['t2'] }],
    ]);
  });

  it('lets an admin block the client after confirming; operators have no such button', async () => {
    const { calls } = setup({ 'POST /api/v1/stoplist': () => ({ status: 201, body: { id: 's1', kind: 'client', value: 'cl1' } }) }, admin);
    fireEvent.click(await screen.findByTestId('block-client'));
    const dialog = await screen.findByTestId('block-client-dialog');
    fireEvent.click(within(dialog).getByTestId('block-client-archive'));
    fireEvent.click(within(dialog).getByTestId('block-client-confirm'));
    await waitFor(() => expect(screen.queryByTestId('block-client-dialog')).toBeNull());
    expect(writes(calls).map((c) => [c.method, c.url, c.body])).toEqual([['POST', '/api/v1/stoplist', { kind: 'client', value: 'cl1' }]]);
    expect(await screen.findByText('Maria Petrova is on the stop-list')).toBeInTheDocument();
  });

  it('hides the block action from operators and remembers a collapsed panel', async () => {
    setup();
    expect(await screen.findByTestId('side-panel')).toBeInTheDocument();
    expect(screen.queryByTestId('block-client')).toBeNull();
    fireEvent.click(screen.getByTestId('side-panel-toggle'));
    expect(screen.queryByTestId('side-panel')).toBeNull();
    expect(localStorage.getItem(SIDE_PANEL_KEY)).toBe('false');
  });
});
