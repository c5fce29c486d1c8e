import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TagItem } from '@/lib/api-types';
import { admin, tags as fixtureTags } from '@/test/fixtures';
import { mockFetch, renderWithProviders } from '@/test/utils';
import { TagsSettings } from './TagsSettings';

function setup() {
  let tags: TagItem[] = fixtureTags.map((t) => ({ ...t }));
  const { calls } = mockFetch({
    'GET /api/v1/tags': () => ({ body: { items: tags, nextCursor: null } }),
    'POST /api/v1/tags': ({ body }) => {
      const { name, color } = body as { name: string; color: string };
      if (tags.some((t) => t.name === name)) return { status: 409, body: { status: 409, title: 'Conflict', detail: 'A tag named vip exists' } };
      const tag = { id: 'new', name, color, chats: 0 };
      tags = [...tags, tag];
      return { status: 201, body: tag };
    },
    'PATCH /api/v1/tags/t1': ({ body }) => {
      tags = tags.map((t) => (t.id === 't1' ? { ...t, ...(body as object) } : t));
      return { body: tags[0] };
    },
    'DELETE /api/v1/tags/t1': () => {
      tags = tags.filter((t) => t.id !== 't1');
      return { status: 204 };
    },
  });
  renderWithProviders(<TagsSettings />, { me: admin });
  const row = (name: string) => screen.getAllByTestId('tag-row').find((r) => within(r).getByTestId('tag-name').textContent === name)!;
  return { calls, row, mutations: () => calls.filter((c) => c.method !== 'GET') };
}

describe('tags settings', () => {
  it('adds a tag with a colour from the palette, and says when the name is taken', async () => {
    const { mutations } = setup();
    await screen.findAllByTestId('tag-row');
    fireEvent.change(screen.getByTestId('new-tag-name'), { target: { value: 'urgent' } });
    fireEvent.click(screen.getByTestId('new-tag-color'));
    fireEvent.click(screen.getAllByTestId('color-option').find((o) => o.dataset.value === '#16a34a')!);
    expect(screen.getByTestId('new-tag-color')).toHaveAttribute('data-value', '#16a34a');
    fireEvent.click(screen.getByTestId('new-tag-add'));
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0].body).toEqual({ name: 'urgent', color: '#16a34a' });
    await waitFor(() => expect(screen.getAllByTestId('tag-row')).toHaveLength(3));

    fireEvent.change(screen.getByTestId('new-tag-name'), { target: { value: 'vip' } });
    fireEvent.click(screen.getByTestId('new-tag-add'));
    expect(await screen.findByTestId('new-tag-error')).toHaveTextContent('A tag named vip exists');
    expect(screen.getByTestId('new-tag-name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('renames and recolours a tag in place', async () => {
    const { mutations, row } = setup();
    await screen.findAllByTestId('tag-row');
    fireEvent.click(within(row('vip')).getByTestId('tag-name'));
    const input = screen.getByTestId('tag-name-input');
    fireEvent.change(input, { target: { value: 'VIP client' } });
    fireEvent.blur(input);
    expect(await screen.findAllByText('VIP client')).not.toHaveLength(0);
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0].body).toEqual({ name: 'VIP client' });

    fireEvent.click(within(row('VIP client')).getByTestId('tag-color'));
    fireEvent.click(screen.getAllByTestId('color-option').find((o) => o.dataset.value === '#7c3aed')!);
    await waitFor(() => expect(mutations()).toHaveLength(2));
    expect(mutations()[1].body).toEqual({ color: '#7c3aed' });
    await waitFor(() => expect(within(row('VIP client')).getByTestId('tag-color')).toHaveAttribute('data-value', '#7c3aed'));
  });

  it('deletes a tag after confirming, saying how many chats lose it', async () => {
    const { mutations, row } = setup();
    await screen.findAllByTestId('tag-row');
    fireEvent.click(within(row('vip')).getByTestId('tag-delete'));
    const dialog = await screen.findByTestId('delete-tag-dialog');
    expect(dialog).toHaveTextContent('It will be removed from 5 chats.');
    fireEvent.click(within(dialog).getByTestId('confirm-delete'));
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0]).toMatchObject({ method: 'DELETE', url: '/api/v1/tags/t1' });
    await waitFor(() => expect(screen.getAllByTestId('tag-row')).toHaveLength(1));
    expect(screen.queryByTestId('delete-tag-dialog')).toBeNull();
  });

  it('shows the empty state', async () => {
    mockFetch({ 'GET /api/v1/tags': () => ({ body: { items: [], nextCursor: null } }) });
    renderWithProviders(<TagsSettings />, { me: admin });
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('No tags yet');
  });
});
