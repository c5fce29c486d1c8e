import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { StopEntry } from '@/lib/api-types';
import { admin, chatRow } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { StopListSettings } from './StopListSettings';

const entries: StopEntry[] = [
  { id: 'e1', kind: 'word', value: 'casino' },
  { id: 'e2', kind: 'client', value: 'cl1' },
];

function setup(post: () => { status: number; body: unknown }) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  let list = [...entries];
  const { calls } = mockFetch({
    'GET /api/v1/stoplist': () => ({ body: { items: list, nextCursor: null } }),
    'GET /api/v1/clients/cl1': () => ({ body: { ...chatRow().client, email: null, fields: {}, chats: [chatRow({ id: 'c5', category: 'archive' })] } }),
    'POST /api/v1/stoplist': () => {
      const answer = post();
      if (answer.status === 201) list = [...list, answer.body as StopEntry];
      return answer;
    },
    'DELETE /api/v1/stoplist/e1': () => {
      list = list.filter((e) => e.id !== 'e1');
      return { status: 204 };
    },
  });
  renderWithProviders(<StopListSettings />, { me: admin });
  return { writes: () => calls.filter((c) => c.method !== 'GET') };
}

describe('the stop-list settings', () => {
  it('lists clients first, by name with a link to their chat, then words; adds and deletes words', async () => {
    const { writes } = setup(() => ({ status: 201, body: { id: 'e3', kind: 'word', value: 'crypto' } }));
    const rows = await screen.findAllByTestId('stoplist-row');
    expect(rows.map((r) => r.getAttribute('data-kind'))).toEqual(['client', 'word']);
    expect(await within(rows[0]).findByTestId('stoplist-client-link')).toHaveAttribute('href', '/chats/archive/c5');
    expect(rows[0]).toHaveTextContent('Maria Petrova');

    fireEvent.change(screen.getByTestId('stoplist-value'), { target: { value: ' crypto ' } });
    fireEvent.click(screen.getByTestId('stoplist-add'));
    await waitFor(() => expect(screen.getAllByTestId('stoplist-row')).toHaveLength(3));
    expect(screen.getByTestId('stoplist-value')).toHaveValue('');

    fireEvent.click(within(screen.getAllByTestId('stoplist-row').find((r) => r.getAttribute('data-value') === 'casino')!).getByTestId('stoplist-delete'));
    await waitFor(() => expect(screen.getAllByTestId('stoplist-row')).toHaveLength(2));
    expect(writes().map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', '/api/v1/stoplist', { kind: 'word', value: 'crypto' }],
      ['DELETE', '/api/v1/stoplist/e1', undefined],
    ]);
  });

  it('says when an entry is already there', async () => {
    setup(() => ({ status: 409, body: { status: 409, title: 'Conflict', detail: '"casino" is already on the stop-list' } }));
    await screen.findAllByTestId('stoplist-row');
    fireEvent.change(screen.getByTestId('stoplist-value'), { target: { value: 'casino' } });
    fireEvent.click(screen.getByTestId('stoplist-add'));
    expect(await screen.findByTestId('stoplist-error')).toHaveTextContent('It is already on the stop-list');
  });
});
