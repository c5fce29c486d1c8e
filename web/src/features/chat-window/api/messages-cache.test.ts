import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { queryKeys } from '@/lib/query-keys';
import { message } from '@/test/fixtures';
import { addPendingMessage, confirmPendingMessage, failPendingMessage, upsertMessage, type MessagesData } from './messages-cache';

function setup() {
  const qc = new QueryClient();
  qc.setQueryData<MessagesData>(queryKeys.messages('c1'), {
    pages: [{ items: [message({ id: 'm1' })], prevCursor: 'older' }],
    pageParams: [null],
  });
  const list = () => qc.getQueryData<MessagesData>(queryKeys.messages('c1'))!.pages.flatMap((p) => p.items);
  return { qc, list };
}

describe('messages cache', () => {
  it('appends new messages and replaces by id', () => {
    const { qc, list } = setup();
    upsertMessage(qc, message({ id: 'm2', direction: 'out', status: 'sent', text: 'a' }));
    upsertMessage(qc, message({ id: 'm2', direction: 'out', status: 'delivered', text: 'a' }));
    expect(list().map((m) => [m.id, m.status])).toEqual([
      ['m1', null],
      ['m2', 'delivered'],
    ]);
  });

  it('never downgrades a delivery status with a late answer', () => {
    const { qc, list } = setup();
    upsertMessage(qc, message({ id: 'm2', direction: 'out', status: 'read' }));
    upsertMessage(qc, message({ id: 'm2', direction: 'out', status: 'queued' }));
    expect(list()[1].status).toBe('read');
  });

  it('reconciles the optimistic copy with a live event that came before the answer', () => {
    const { qc, list } = setup();
    addPendingMessage(qc, message({ id: 'pending-k', pendingKey: 'k', direction: 'out', status: 'queued', text: 'Hi' }));
    upsertMessage(qc, message({ id: 'srv', direction: 'out', status: 'sent', text: 'Hi' }));
    confirmPendingMessage(qc, 'k', message({ id: 'srv', direction: 'out', status: 'queued', text: 'Hi' }));
    expect(list().map((m) => [m.id, m.status, m.pendingKey])).toEqual([
      ['m1', null, undefined],
      ['srv', 'sent', undefined],
    ]);
  });

  it('marks a failed send, putting its copy back at the end when a refetch removed it', () => {
    const { qc, list } = setup();
    const copy = message({ id: 'pending-k', pendingKey: 'k', direction: 'out', status: 'queued', text: 'Hi' });
    addPendingMessage(qc, copy);
    failPendingMessage(qc, copy, 'Window closed');
    expect(list().map((m) => [m.id, m.status, m.error])).toEqual([
      ['m1', null, null],
      ['pending-k', 'failed', 'Window closed'],
    ]);

    // A refetch replaced the history: the optimistic copy is gone.
    qc.setQueryData<MessagesData>(queryKeys.messages('c1'), {
      pages: [{ items: [message({ id: 'm1' }), message({ id: 'm2' })], prevCursor: 'older' }],
      pageParams: [null],
    });
    failPendingMessage(qc, copy, 'Window closed');
    expect(list().map((m) => [m.id, m.pendingKey, m.status, m.error])).toEqual([
      ['m1', undefined, null, null],
      ['m2', undefined, null, null],
      ['pending-k', 'k', 'failed', 'Window closed'],
    ]);
  });

  it('puts an event line that arrives after the answer it came with in the order they were written', () => {
    const { qc, list } = setup();
    const answer = '019abc00-0000-7000-8000-000000000002';
    const event = '019abc00-0000-7000-8000-000000000001';
    addPendingMessage(qc, message({ id: 'pending-k', pendingKey: 'k', direction: 'out', text: 'Hi', status: 'queued' }));
    confirmPendingMessage(qc, 'k', message({ id: answer, direction: 'out', text: 'Hi', status: 'queued' }));
    upsertMessage(qc, message({ id: event, direction: 'event', text: 'accepted' }));
    expect(list().map((m) => m.id)).toEqual(['m1', event, answer]);
  });
});
