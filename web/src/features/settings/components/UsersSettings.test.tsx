import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TeamMember } from '@/lib/api-types';
import { admin, catalogueHandlers, users } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { UsersSettings } from './UsersSettings';

const owner: TeamMember = { id: 'u9', name: 'Olga Owner', email: 'olga@example.com', role: 'owner', supervisor: false, channelIds: [] };

type Answer = { status?: number; body?: unknown };

function setup(handlers: Record<string, (call: RecordedCall) => Answer> = {}) {
  document.cookie = 'XSRF-TOKEN=tok; path=/';
  let team = [...users, owner];
  const mocks = mockFetch({
    ...catalogueHandlers,
    'GET /api/v1/users': () => ({ body: { items: team, nextCursor: null } }),
    ...handlers,
  });
  renderWithProviders(<UsersSettings />, { me: admin });
  return { ...mocks, setTeam: (next: TeamMember[]) => (team = next), writes: () => mocks.calls.filter((c) => c.method !== 'GET') };
}

const row = (name: string) => screen.getAllByTestId('user-row').find((r) => r.textContent?.includes(name))!;

describe('the team settings', () => {
  it('lists users with their role, channels and the supervisor mark; the owner and oneself cannot be deactivated', async () => {
    setup();
    const rows = await screen.findAllByTestId('user-row');
    expect(rows).toHaveLength(3);
    expect(row('Anna Operator')).toHaveTextContent('Operator');
    expect(within(row('Anna Operator')).getByTestId('user-channels')).toHaveTextContent('Shop bot');
    expect(within(row('Oleg')).getByTestId('user-channels')).toHaveTextContent('All channels');
    expect(within(row('Olga Owner')).getByTestId('user-deactivate')).toBeDisabled();
    expect(within(row('Anna Operator')).getByTestId('user-deactivate')).toBeEnabled();
  });

  it('adds a user: checks the form first, shows the server’s field errors, then saves', async () => {
    const created: TeamMember = { id: 'u5', name: 'Pavel', email: 'pavel@example.com', role: 'operator', supervisor: true, channelIds: ['ch2'] };
    let answer: Answer = { status: 409, body: { status: 409, title: 'Conflict', detail: 'A user with this e-mail already exists' } };
    const { writes, setTeam } = setup({ 'POST /api/v1/users': () => answer });
    await screen.findAllByTestId('user-row');
    fireEvent.click(screen.getByTestId('user-add'));
    const dialog = await screen.findByTestId('user-dialog');
    const form = within(dialog).getByTestId('user-form');
    const field = (name: string) => form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;

    fireEvent.click(within(dialog).getByTestId('user-save'));
    expect(await within(dialog).findByTestId('user-name-error')).toHaveTextContent('Enter the name');
    expect(within(dialog).getByTestId('user-password-error')).toHaveTextContent('at least 8 characters');
    expect(writes()).toHaveLength(0);

    fireEvent.change(field('name'), { target: { value: 'Pavel' } });
    fireEvent.change(field('email'), { target: { value: 'pavel@example.com' } });
    fireEvent.change(field('password'), { target: { value: 'secret-123' } });
    const channelBoxes = await within(dialog).findAllByTestId('user-channel');
    fireEvent.click(channelBoxes.find((c) => (c as HTMLInputElement).value === 'ch2')!);
    fireEvent.click(within(dialog).getByTestId('user-supervisor'));
    fireEvent.click(within(dialog).getByTestId('user-save'));
    expect(await within(dialog).findByTestId('user-email-error')).toHaveTextContent('A user with this e-mail already exists');

    answer = { status: 201, body: created };
    setTeam([...users, owner, created]);
    fireEvent.click(within(dialog).getByTestId('user-save'));
    await waitFor(() => expect(screen.queryByTestId('user-dialog')).toBeNull());
    expect(writes().map((c) => c.body)).toEqual([
      { name: 'Pavel', email: 'pavel@example.com', password: 'secret-123', role: 'operator', channelIds: ['ch2'], supervisor: true },
      { name: 'Pavel', email: 'pavel@example.com', password: 'secret-123', role: 'operator', channelIds: ['ch2'], supervisor: true },
    ]);
    await waitFor(() => expect(screen.getAllByTestId('user-row')).toHaveLength(4));
    expect(within(row('Pavel')).getByTestId('user-supervisor-badge')).toBeInTheDocument();
  });

  it('edits a user without touching the e-mail or an empty password', async () => {
    const { writes } = setup({ 'PATCH /api/v1/users/u1': () => ({ body: { ...users[0], role: 'admin' } }) });
    await screen.findAllByTestId('user-row');
    fireEvent.click(within(row('Anna Operator')).getByTestId('user-edit'));
    const form = within(await screen.findByTestId('user-dialog')).getByTestId('user-form');
    expect(form.querySelector('[name="email"]')).toBeDisabled();
    fireEvent.change(form.querySelector('[name="role"]')!, { target: { value: 'admin' } });
    fireEvent.click(screen.getByTestId('user-save'));
    await waitFor(() => expect(screen.queryByTestId('user-dialog')).toBeNull());
    expect(writes()).toEqual([
      expect.objectContaining({ method: 'PATCH', url: '/api/v1/users/u1', body: { name: 'Anna Operator', role: 'admin', channelIds: ['ch1'], supervisor: false } }),
    ]);
  });

  it('deactivates a user after confirming, and says why when the server refuses', async () => {
    let answer: Answer = { status: 422, body: { status: 422, title: 'Unprocessable', detail: 'The owner and you yourself cannot be removed' } };
    const { writes, setTeam } = setup({ 'DELETE /api/v1/users/u1': () => answer });
    await screen.findAllByTestId('user-row');
    fireEvent.click(within(row('Anna Operator')).getByTestId('user-deactivate'));
    const dialog = await screen.findByTestId('deactivate-user-dialog');
    fireEvent.click(within(dialog).getByTestId('confirm-deactivate'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('cannot be removed');

    answer = { status: 204 };
    setTeam([users[1], owner]);
    fireEvent.click(within(dialog).getByTestId('confirm-deactivate'));
    await waitFor(() => expect(screen.getAllByTestId('user-row')).toHaveLength(2));
    expect(writes().map((c) => `${c.method} ${c.url}`)).toEqual(['DELETE /api/v1/users/u1', 'DELETE /api/v1/users/u1']);
    expect(screen.queryByTestId('deactivate-user-dialog')).toBeNull();
  });
});
