import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { FunnelStage } from '@/lib/api-types';
import { admin, stages as fixtureStages } from '@/test/fixtures';
import { mockFetch, renderWithProviders, type RecordedCall } from '@/test/utils';
import { StagesSettings } from './StagesSettings';

type Answer = { status?: number; body?: unknown };

function setup({ deleteAnswer }: { deleteAnswer?: (call: RecordedCall) => Answer } = {}) {
  let stages: FunnelStage[] = fixtureStages.map((s) => ({ ...s }));
  const { calls } = mockFetch({
    'GET /api/v1/stages': () => ({ body: { items: stages, nextCursor: null } }),
    'POST /api/v1/stages': ({ body }) => {
      const stage = { id: 'new', position: stages.length, chats: 0, ...(body as { name: string; group: FunnelStage['group'] }) };
      stages = [...stages, stage];
      return { status: 201, body: stage };
    },
    'PATCH /api/v1/stages/s1': ({ body }) => {
      const change = body as Partial<FunnelStage>;
      stages = stages.map((s) => (s.id === 's1' ? { ...s, ...change } : s));
      if (change.position !== undefined) {
        const s1 = stages.find((s) => s.id === 's1')!;
        const rest = stages.filter((s) => s.id !== 's1');
        rest.splice(change.position, 0, s1);
        stages = rest.map((s, position) => ({ ...s, position }));
      }
      return { body: stages.find((s) => s.id === 's1') };
    },
    'DELETE /api/v1/stages/s1': (call) => deleteAnswer?.(call) ?? { status: 204 },
    'DELETE /api/v1/stages/s2': (call) => deleteAnswer?.(call) ?? { status: 204 },
  });
  renderWithProviders(<StagesSettings />, { me: admin });
  const names = () => screen.getAllByTestId('stage-row').map((row) => within(row).getByTestId('stage-name').textContent);
  const row = (name: string) => screen.getAllByTestId('stage-row').find((r) => within(r).getByTestId('stage-name').textContent === name)!;
  return { calls, names, row, mutations: () => calls.filter((c) => c.method !== 'GET') };
}

describe('funnel stages settings', () => {
  it('lists the stages in funnel order with their group and chats', async () => {
    const { names, row } = setup();
    expect(await screen.findAllByTestId('stage-row')).toHaveLength(4);
    expect(names()).toEqual(['Negotiation', 'Invoice sent', 'Paid', 'Lost']);
    expect(within(row('Paid')).getByTestId('stage-group')).toHaveValue('success');
    expect(within(row('Paid')).getByTestId('stage-chats')).toHaveTextContent('40');
    expect(within(row('Negotiation')).getByTestId('stage-up')).toBeDisabled();
    expect(within(row('Lost')).getByTestId('stage-down')).toBeDisabled();
  });

  it('adds a stage with its group', async () => {
    const { mutations, names } = setup();
    await screen.findAllByTestId('stage-row');
    fireEvent.change(screen.getByTestId('new-stage-name'), { target: { value: '  Spam  ' } });
    fireEvent.change(screen.getByTestId('new-stage-group'), { target: { value: 'not_lead' } });
    fireEvent.click(screen.getByTestId('new-stage-add'));
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0].body).toEqual({ name: 'Spam', group: 'not_lead' });
    await waitFor(() => expect(names()).toEqual(['Negotiation', 'Invoice sent', 'Paid', 'Lost', 'Spam']));
    expect(screen.getByTestId('new-stage-name')).toHaveValue('');
  });

  it('renames in place (Enter saves, Esc cancels), changes the group, moves down', async () => {
    const { mutations, names, row } = setup();
    await screen.findAllByTestId('stage-row');
    fireEvent.click(within(row('Negotiation')).getByTestId('stage-name'));
    fireEvent.change(screen.getByTestId('stage-name-input'), { target: { value: 'Talks' } });
    fireEvent.keyDown(screen.getByTestId('stage-name-input'), { key: 'Escape' });
    expect(mutations()).toHaveLength(0);
    fireEvent.click(within(row('Negotiation')).getByTestId('stage-name'));
    fireEvent.change(screen.getByTestId('stage-name-input'), { target: { value: 'Talks' } });
    fireEvent.keyDown(screen.getByTestId('stage-name-input'), { key: 'Enter' });
    expect(await screen.findByText('Talks')).toBeInTheDocument();
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0]).toMatchObject({ method: 'PATCH', url: '/api/v1/stages/s1', body: { name: 'Talks' } });

    fireEvent.change(within(row('Talks')).getByTestId('stage-group'), { target: { value: 'failure' } });
    await waitFor(() => expect(mutations()).toHaveLength(2));
    expect(mutations()[1].body).toEqual({ group: 'failure' });

    fireEvent.click(within(row('Talks')).getByTestId('stage-down'));
    await waitFor(() => expect(names()).toEqual(['Invoice sent', 'Talks', 'Paid', 'Lost']));
    await waitFor(() => expect(mutations()).toHaveLength(3));
    expect(mutations()[2].body).toEqual({ position: 1 });
  });

  it('moves a stage by dragging its row onto another place', async () => {
    const { mutations, names, row } = setup();
    await screen.findAllByTestId('stage-row');
    const dataTransfer = { setData: () => undefined, effectAllowed: '' };
    fireEvent.dragStart(row('Negotiation'), { dataTransfer });
    expect(row('Negotiation')).toHaveClass('sb-set-row--dragging');
    fireEvent.dragEnter(row('Paid'), { dataTransfer });
    // going down, it lands after the row it is over
    expect(row('Paid')).toHaveClass('sb-set-row--drop-after');
    fireEvent.drop(row('Paid'), { dataTransfer });
    await waitFor(() => expect(names()).toEqual(['Invoice sent', 'Paid', 'Negotiation', 'Lost']));
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0]).toMatchObject({ method: 'PATCH', url: '/api/v1/stages/s1', body: { position: 2 } });
    expect(row('Negotiation')).not.toHaveClass('sb-set-row--dragging');
    expect(row('Paid')).not.toHaveClass('sb-set-row--drop-after');
  });

  it('deletes a stage with chats after asking where its chats go', async () => {
    const { mutations, row } = setup();
    await screen.findAllByTestId('stage-row');
    fireEvent.click(within(row('Negotiation')).getByTestId('stage-delete'));
    const dialog = await screen.findByTestId('delete-stage-dialog');
    expect(dialog).toHaveTextContent('Chats at this stage (12) will move to:');
    const moveTo = within(dialog).getByTestId('move-to');
    expect(moveTo).toHaveValue('s2');
    fireEvent.change(moveTo, { target: { value: 's3' } });
    fireEvent.click(within(dialog).getByTestId('confirm-delete'));
    await waitFor(() => expect(mutations()).toHaveLength(1));
    expect(mutations()[0]).toMatchObject({ method: 'DELETE', url: '/api/v1/stages/s1?moveTo=s3' });
    await waitFor(() => expect(screen.queryByTestId('delete-stage-dialog')).toBeNull());
  });

  it('asks for a target when the server says the stage has chats after all (409), and shows a 422', async () => {
    let attempt = 0;
    const { mutations, row } = setup({
      deleteAnswer: (call) => {
        attempt += 1;
        if (attempt === 1) return { status: 409, body: { status: 409, title: 'Conflict', detail: 'The stage has chats' } };
        expect(call.url).toContain('moveTo=');
        return { status: 422, body: { status: 422, title: 'Unprocessable', detail: 'The funnel needs at least one stage in work' } };
      },
    });
    await screen.findAllByTestId('stage-row');
    fireEvent.click(within(row('Invoice sent')).getByTestId('stage-delete'));
    const dialog = await screen.findByTestId('delete-stage-dialog');
    expect(within(dialog).queryByTestId('move-to')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('confirm-delete'));
    expect(await within(dialog).findByTestId('move-to')).toBeInTheDocument();
    expect(within(dialog).queryByRole('alert')).toBeNull();
    fireEvent.click(within(dialog).getByTestId('confirm-delete'));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent('The funnel needs at least one stage in work');
    expect(mutations()).toHaveLength(2);
  });

  it('shows an error with retry, and an empty funnel', async () => {
    let fail = true;
    mockFetch({
      'GET /api/v1/stages': () => (fail ? { status: 500, body: { status: 500, title: 'Error', detail: 'Database is down' } } : { body: { items: [], nextCursor: null } }),
    });
    renderWithProviders(<StagesSettings />, { me: admin });
    expect(await screen.findByRole('alert')).toHaveTextContent('Database is down');
    fail = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(await screen.findByTestId('empty-state')).toHaveTextContent('No stages yet');
  });
});
