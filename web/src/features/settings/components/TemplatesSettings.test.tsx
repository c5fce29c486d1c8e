import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Me, Template } from '@/lib/api-types';
import { admin, me } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { TemplatesSettings } from './TemplatesSettings';

const templates: Template[] = [
  { id: 'tp1', title: 'Greeting', text: 'Hello, {client.name}!', shortcut: 'hi', personal: false },
  { id: 'tp2', title: 'My signature', text: 'Best, {operator.name}', shortcut: null, personal: true },
];

type Answer = { status?: number; body?: unknown };

function setup(who: Me, handlers: Record<string, (call: RecordedCall) => Answer> = {}) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  const mocks = mockFetch({
    'GET /api/v1/templates': () => ({ body: { items: templates, nextCursor: null } }),
    'GET /api/v1/templates/placeholders': () => ({ body: { items: ['{client.name}', '{client.firstName}', '{operator.name}'] } }),
    ...handlers,
  });
  renderWithProviders(<TemplatesSettings />, { me: who });
  return { writes: () => mocks.calls.filter((c) => c.method !== 'GET') };
}

describe('the templates settings', () => {
  it('shows admins the workspace templates and their own, apart', async () => {
    setup(admin);
    const shared = await screen.findByTestId('templates-workspace');
    expect(within(shared).getAllByTestId('template-row').map((r) => r.getAttribute('data-template-id'))).toEqual(['tp1']);
    expect(within(shared).getByTestId('template-row')).toHaveTextContent('/hi');
    expect(within(screen.getByTestId('templates-mine')).getAllByTestId('template-row').map((r) => r.getAttribute('data-template-id'))).toEqual(['tp2']);
  });

  it('inserts a placeholder at the cursor and saves a workspace template with its shortcut', async () => {
    const { writes } = setup(admin, {
      'POST /api/v1/templates': (call) => ({ status: 201, body: { id: 'tp3', ...(call.body as object), personal: false } }),
    });
    fireEvent.click(await screen.findByTestId('template-add'));
    const form = await screen.findByTestId('template-form');
    const field = (name: string) => form.querySelector<HTMLInputElement & HTMLTextAreaElement>(`[name="${name}"]`)!;
    expect(field('personal')).not.toBeChecked();
    fireEvent.change(field('title'), { target: { value: 'Thanks' } });
    const text = field('text');
    fireEvent.change(text, { target: { value: 'Thank you, ! See you.' } });
    text.setSelectionRange(11, 11);
    fireEvent.click((await within(form).findAllByTestId('placeholder-chip')).find((c) => c.textContent === '{client.firstName}')!);
    expect(text).toHaveValue('Thank you, {client.firstName}! See you.');
    fireEvent.change(field('shortcut'), { target: { value: '/thanks' } });
    fireEvent.click(screen.getByTestId('template-save'));
    await waitFor(() => expect(screen.queryByTestId('template-form')).toBeNull());
    expect(writes()[0]).toMatchObject({
      method: 'POST',
      url: '/api/v1/templates',
      body: { title: 'Thanks', text: 'Thank you, {client.firstName}! See you.', shortcut: 'thanks', personal: false },
    });
  });

  it('says when the shortcut is taken, next to it', async () => {
    setup(admin, { 'PATCH /api/v1/templates/tp1': () => ({ status: 409, body: { status: 409, title: 'Conflict', detail: 'The shortcut /hi is taken' } }) });
    const rows = await screen.findAllByTestId('template-row');
    fireEvent.click(within(rows[0]).getByTestId('template-edit'));
    const form = await screen.findByTestId('template-form');
    expect(form.querySelector('[name="personal"]')).toBeDisabled();
    fireEvent.click(screen.getByTestId('template-save'));
    expect(await within(form).findByTestId('template-shortcut-error')).toHaveTextContent('This shortcut is taken');
    expect(screen.getByTestId('template-form')).toBeInTheDocument();
  });

  it('gives operators only their own templates, always personal', async () => {
    const { writes } = setup(me, {
      'POST /api/v1/templates': (call) => ({ status: 201, body: { id: 'tp4', ...(call.body as object) } }),
      'DELETE /api/v1/templates/tp2': () => ({ status: 204 }),
    });
    const mine = await screen.findByTestId('templates-mine');
    expect(screen.queryByTestId('templates-workspace')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('My templates');
    fireEvent.click(within(mine).getByTestId('template-add-mine'));
    const form = await screen.findByTestId('template-form');
    const personal = form.querySelector<HTMLInputElement>('[name="personal"]')!;
    expect(personal).toBeChecked();
    expect(personal).toBeDisabled();
    fireEvent.change(form.querySelector('[name="title"]')!, { target: { value: 'Bye' } });
    fireEvent.change(form.querySelector('[name="text"]')!, { target: { value: 'Bye!' } });
    fireEvent.click(screen.getByTestId('template-save'));
    await waitFor(() => expect(screen.queryByTestId('template-form')).toBeNull());

    fireEvent.click(within(screen.getByTestId('templates-mine')).getByTestId('template-delete'));
    fireEvent.click(within(await screen.findByTestId('delete-template-dialog')).getByTestId('confirm-delete'));
    await waitFor(() => expect(screen.queryByTestId('delete-template-dialog')).toBeNull());
    expect(writes().map((c) => [c.method, c.url, c.body])).toEqual([
      ['POST', '/api/v1/templates', { title: 'Bye', text: 'Bye!', personal: true }],
      ['DELETE', '/api/v1/templates/tp2', undefined],
    ]);
  });
});
