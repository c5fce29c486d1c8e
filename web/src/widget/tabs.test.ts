import { waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connected, deferred, FakeServer, FakeSocket, operatorMessage, type Reply, removeWidgets, returningVisitor, showWidget } from './fake-server';

afterEach(() => {
  vi.useRealTimers();
  removeWidgets();
});

const KEY = 'switchboard.widget.ch1';

/** What the browser tells this tab when another one stores a visitor (jsdom does not for the writing window itself). */
function storedByAnotherTab(token: string): void {
  localStorage.setItem(KEY, token);
  window.dispatchEvent(new StorageEvent('storage', { key: KEY, newValue: token, storageArea: localStorage }));
}

describe('several tabs of the same site', () => {
  it('that open the chat together end up as one visitor: the one stored first', async () => {
    const server = new FakeServer();
    server.tokens.add('other-tab');
    const created = deferred<Reply>();
    server.once('POST /visitors', () => created.promise);
    const { widget } = await showWidget(server);
    widget.open();
    await waitFor(() => expect(server.requests('POST /visitors')).toHaveLength(1));

    // the other tab's visitor was created and stored while this tab's request was on its way
    localStorage.setItem(KEY, 'other-tab');
    created.resolve({ status: 201, body: { token: 'this-tab' } });

    await waitFor(() => expect(server.requests('GET /messages')).toHaveLength(1));
    expect(server.requests('GET /messages')[0].token).toBe('other-tab');
    expect(localStorage.getItem(KEY)).toBe('other-tab');
    await waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    FakeSocket.latest().open(false);
    expect(FakeSocket.latest().sent[0]).toEqual({ type: 'auth', token: 'other-tab' });
  });

  it('switch to the visitor another tab stored and show that conversation', async () => {
    const server = returningVisitor();
    const { ui } = await connected(server);
    storedByAnotherTab('known');
    expect(server.requests('GET /messages')).toHaveLength(2);

    server.tokens.add('from-other-tab');
    server.messages = [operatorMessage(20, 'The other tab’s conversation', 'Anna', { read: true })];
    storedByAnotherTab('from-other-tab');

    expect(await ui.findByText('The other tab’s conversation')).toBeInTheDocument();
    expect(ui.queryByText('Welcome back')).toBeNull();
    expect(server.requests('GET /messages').at(-1)?.token).toBe('from-other-tab');
    expect(server.requests('POST /visitors')).toHaveLength(0);
    await waitFor(() => expect(FakeSocket.all).toHaveLength(2));
    expect(FakeSocket.all[0].closed).toBe(true);
    FakeSocket.latest().open(false);
    expect(FakeSocket.latest().sent[0]).toEqual({ type: 'auth', token: 'from-other-tab' });
  });

  it('start listening in a tab where the chat was never opened once another tab has a visitor', async () => {
    const server = new FakeServer();
    server.tokens.add('from-other-tab');
    server.messages = [operatorMessage(1, 'Reply in the other tab')];
    const { ui } = await showWidget(server);
    storedByAnotherTab('from-other-tab');
    expect(await ui.findByRole('button', { name: 'Open chat, 1 unread message' })).toBeInTheDocument();
    expect(server.requests('POST /visitors')).toHaveLength(0);
  });
});

describe('a message on its way when the visitor is replaced', () => {
  it('does not show up as sent in the new visitor’s conversation, and can be sent again as the new visitor', async () => {
    const server = returningVisitor();
    const { ui } = await connected(server);
    const answer = deferred<Reply>();
    server.once('POST /messages', () => answer.promise);
    await userEvent.type(ui.getByRole('textbox', { name: 'Write a message…' }), 'Hello{Enter}');
    await waitFor(() => expect(server.requests('POST /messages')).toHaveLength(1));
    const { clientId } = server.requests('POST /messages')[0].body as { clientId: string };

    // the secret was rotated: the live connection closes with 4401 and a new visitor starts
    server.tokens.delete('known');
    server.messages = [];
    FakeSocket.latest().drop(4401);
    await waitFor(() => expect(server.requests('GET /messages').at(-1)?.token).toBe('token-1'));
    const late = { id: 77, clientId, from: 'visitor', text: 'Hello', author: null, attachments: [], createdAt: new Date().toISOString(), read: false };
    answer.resolve({ status: 201, body: late });
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(ui.getByText('Hello').closest('.row')).toHaveAttribute('data-delivery', 'failed');
    await userEvent.click(ui.getByRole('button', { name: 'Not sent — tap to retry' }));
    await waitFor(() => expect(ui.getByText('Hello').closest('.row')).toHaveAttribute('data-delivery', 'sent'));
    expect(server.requests('POST /messages').map((r) => r.token)).toEqual(['known', 'token-1']);
  });
});
