import { waitFor } from '@testing-library/dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { connected, FakeServer, FakeSocket, operatorMessage, removeWidgets, returningVisitor, showWidget } from './fake-server';

afterEach(() => {
  vi.useRealTimers();
  removeWidgets();
});

describe('the live connection', () => {
  it('authenticates with the visitor token and catches up after every (re)connect', async () => {
    const server = returningVisitor();
    const { ui } = await connected(server);
    const socket = FakeSocket.latest();
    expect(socket.url).toBe('wss://app.example/widget/v1/ch1/live');
    expect(socket.sent[0]).toEqual({ type: 'auth', token: 'known' });
    expect(server.requests('GET /messages')[1].path).toBe('/messages?after=10');

    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    socket.drop();
    server.messages.push(operatorMessage(11, 'Missed while offline'));
    await vi.advanceTimersByTimeAsync(1300);
    expect(FakeSocket.all).toHaveLength(2);
    FakeSocket.latest().open();
    await vi.advanceTimersByTimeAsync(0);

    expect(server.requests('GET /messages')[2].path).toBe('/messages?after=10');
    expect(ui.getByText('Missed while offline')).toBeInTheDocument();
  });

  it('catches up page after page while the server has more, asking after the newest id each time', async () => {
    const server = returningVisitor();
    server.newerPageSize = 2;
    const { ui } = await connected(server);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    FakeSocket.latest().drop();
    server.messages.push(...[11, 12, 13, 14, 15].map((id) => operatorMessage(id, `Missed ${id}`, 'Anna', { read: true })));
    await vi.advanceTimersByTimeAsync(1300);
    FakeSocket.latest().open();
    vi.useRealTimers();

    await waitFor(() => expect(ui.getByText('Missed 15')).toBeInTheDocument());
    expect(server.requests('GET /messages').slice(2).map((r) => r.path)).toEqual([
      '/messages?after=10',
      '/messages?after=12',
      '/messages?after=14',
    ]);
    expect(ui.getByText('Missed 11')).toBeInTheDocument();
  });

  it('catches up for at most 20 pages in a row', async () => {
    const server = returningVisitor();
    server.newerPageSize = 1;
    const { ui } = await connected(server);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    FakeSocket.latest().drop();
    for (let id = 11; id <= 40; id++) server.messages.push(operatorMessage(id, `Missed ${id}`, 'Anna', { read: true }));
    await vi.advanceTimersByTimeAsync(1300);
    FakeSocket.latest().open();
    vi.useRealTimers();

    await waitFor(() => expect(ui.getByText('Missed 30')).toBeInTheDocument());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests('GET /messages')).toHaveLength(2 + 20);
    expect(ui.queryByText('Missed 31')).toBeNull();
  });

  it('continues after the highest id, not after the message last by time (UUIDv7 ids), and reads up to it', async () => {
    const server = new FakeServer();
    server.tokens.add('known');
    localStorage.setItem('switchboard.widget.ch1', 'known');
    const first = '01900000-0000-7000-8000-000000000001';
    const newest = '01900000-0000-7000-8000-000000000002';
    server.messages = [
      operatorMessage(first, 'Written first'),
      // stored after the other one, but stamped with an earlier time
      operatorMessage(newest, 'Stamped earlier', 'Anna', { createdAt: new Date(Date.now() - 60_000).toISOString() }),
    ];
    const { ui } = await connected(server);

    expect(server.requests('GET /messages')[1].path).toBe(`/messages?after=${newest}`);
    await waitFor(() => expect(server.requests('POST /read')).toHaveLength(1));
    expect(server.requests('POST /read')[0].body).toEqual({ upTo: newest });
    expect(ui.getAllByText(/Written first|Stamped earlier/).map((n) => n.textContent)).toEqual(['Stamped earlier', 'Written first']);
  });

  it('sends a read receipt that failed again after the next catch-up, until the server has it', async () => {
    const server = returningVisitor();
    server.messages = [operatorMessage(10, 'Welcome back')];
    let reachable = false;
    server.on('POST /read', () => (reachable ? { status: 204 } : 'network-error'));
    const { shadow } = await connected(server);
    await waitFor(() => expect(server.requests('POST /read').length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 50));
    // one try on showing the history, maybe one more after the first catch-up: no loop
    const failed = server.requests('POST /read').length;
    expect(failed).toBeLessThanOrEqual(2);
    expect(server.requests('POST /read')[0].body).toEqual({ upTo: 10 });
    // seen here: no badge, even though the server does not know yet
    expect(shadow.querySelector('.launcher .badge')).not.toBeVisible();

    reachable = true;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    FakeSocket.latest().drop();
    await vi.advanceTimersByTimeAsync(1300);
    FakeSocket.latest().open();
    vi.useRealTimers();
    await waitFor(() => expect(server.requests('POST /read')).toHaveLength(failed + 1));
    expect(server.requests('POST /read').at(-1)?.body).toEqual({ upTo: 10 });

    // confirmed: the next reconnect does not send it again
    FakeSocket.latest().drop();
    window.dispatchEvent(new Event('online'));
    FakeSocket.latest().open();
    await waitFor(() => expect(server.requests('GET /messages')).toHaveLength(4));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(server.requests('POST /read')).toHaveLength(failed + 1);
  });

  it('pings every 25 seconds and stays on the same socket while the server answers', async () => {
    const server = returningVisitor();
    await showWidget(server);
    await waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    const socket = FakeSocket.latest();
    socket.open();
    for (let i = 0; i < 2; i++) {
      await vi.advanceTimersByTimeAsync(25_000);
      socket.frame({ type: 'pong' });
    }
    expect(socket.sent).toEqual([{ type: 'auth', token: 'known' }, { type: 'ping' }, { type: 'ping' }]);
    expect(socket.closed).toBe(false);
    expect(FakeSocket.all).toHaveLength(1);
  });

  it('tells the visitor when the server cannot be reached and clears it once back', async () => {
    const server = returningVisitor();
    const { ui } = await connected(server);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    FakeSocket.latest().drop();
    expect(ui.getByText('No connection to the server. Reconnecting…')).not.toBeVisible();
    await vi.advanceTimersByTimeAsync(1300);
    FakeSocket.latest().drop();
    expect(ui.getByText('No connection to the server. Reconnecting…')).toBeVisible();

    window.dispatchEvent(new Event('online'));
    expect(FakeSocket.all).toHaveLength(3);
    FakeSocket.latest().open();
    await vi.advanceTimersByTimeAsync(0);
    expect(ui.getByText('No connection to the server. Reconnecting…')).not.toBeVisible();
  });

  it('retries loading the history until the server answers', async () => {
    const server = returningVisitor();
    server.once('GET /messages', () => 'network-error');
    const { widget, ui } = await showWidget(server);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    widget.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(ui.getByText('No connection to the server. Reconnecting…')).toBeVisible();
    expect(ui.getByText('Loading messages…')).toBeInTheDocument();

    await vi.advanceTimersByTimeAsync(1300);
    expect(ui.getByText('Welcome back')).toBeInTheDocument();
    expect(ui.getByText('No connection to the server. Reconnecting…')).not.toBeVisible();
  });
});

describe('a visitor token the server no longer knows', () => {
  it('is replaced by a new visitor on HTTP 401', async () => {
    const server = new FakeServer();
    localStorage.setItem('switchboard.widget.ch1', 'rotated-away');
    const { widget } = await showWidget(server);
    widget.open();

    await waitFor(() => expect(server.requests('GET /messages')).toHaveLength(2));
    expect(server.requests('GET /messages').map((r) => r.token)).toEqual(['rotated-away', 'token-1']);
    expect(server.requests('POST /visitors')).toHaveLength(1);
    expect(localStorage.getItem('switchboard.widget.ch1')).toBe('token-1');
  });

  it('is replaced by a new visitor when the live connection closes with 4401', async () => {
    const server = returningVisitor();
    const { ui } = await connected(server);
    server.tokens.delete('known');
    server.messages = []; // the new visitor's conversation
    FakeSocket.latest().drop(4401);

    await waitFor(() => expect(FakeSocket.all).toHaveLength(2));
    expect(localStorage.getItem('switchboard.widget.ch1')).toBe('token-1');
    expect(ui.queryByText('Welcome back')).toBeNull();
    FakeSocket.latest().open(false);
    expect(FakeSocket.latest().sent[0]).toEqual({ type: 'auth', token: 'token-1' });
  });

  it('is not replaced in a loop when the server refuses every new visitor too', async () => {
    const server = new FakeServer();
    server.on('GET /messages', () => ({ status: 401, body: { detail: 'Unknown visitor' } }));
    const { widget, ui } = await showWidget(server);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    widget.open();
    await vi.advanceTimersByTimeAsync(0);
    expect(server.requests('POST /visitors')).toHaveLength(3);
    expect(ui.getByText('No connection to the server. Reconnecting…')).toBeVisible();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(server.requests('POST /visitors').length).toBeLessThan(8);
  });

  it('is taken from another tab when that tab has already replaced it', async () => {
    const server = returningVisitor();
    await connected(server);
    server.tokens.delete('known');
    server.tokens.add('from-other-tab');
    localStorage.setItem('switchboard.widget.ch1', 'from-other-tab');
    FakeSocket.latest().drop(4401);

    await waitFor(() => expect(FakeSocket.all).toHaveLength(2));
    expect(server.requests('POST /visitors')).toHaveLength(0);
    expect(server.requests('GET /messages').at(-1)?.token).toBe('from-other-tab');
    FakeSocket.latest().open(false);
    expect(FakeSocket.latest().sent[0]).toEqual({ type: 'auth', token: 'from-other-tab' });
  });
});

describe('older history', () => {
  it('is loaded with ?before= the oldest message and keeps the place in the list', async () => {
    const server = returningVisitor();
    server.hasOlder = true;
    server.messages = [operatorMessage(5, 'Older one', 'Anna', { read: true, createdAt: new Date(Date.now() - 60_000).toISOString() }), ...server.messages];
    // the first page is the newest message only
    server.once('GET /messages', () => ({ status: 200, body: { items: [server.messages[1]], hasOlder: true, contact: server.contact } }));
    const { widget, ui } = await showWidget(server);
    widget.open();
    const older = await ui.findByRole('button', { name: 'Show earlier messages' });
    expect(ui.queryByText('Hi! How can we help?')).toBeNull();

    older.click();
    expect(await ui.findByText('Older one')).toBeInTheDocument();
    expect(server.requests('GET /messages').at(-1)?.path).toBe('/messages?before=10');
    expect(ui.queryByRole('button', { name: 'Show earlier messages' })).toBeNull();
    // the start of the conversation is reached: the greeting opens it
    expect(ui.getByText('Hi! How can we help?')).toBeInTheDocument();
  });

  it('is loaded when the visitor scrolls to the top', async () => {
    const server = returningVisitor();
    server.once('GET /messages', () => ({ status: 200, body: { items: [server.messages[0]], hasOlder: true, contact: server.contact } }));
    const { widget, shadow } = await showWidget(server);
    widget.open();
    await waitFor(() => expect(shadow.querySelector('.older')).not.toBeNull());
    const history = shadow.querySelector<HTMLElement>('[role=log]')!;
    history.scrollTop = 0;
    history.dispatchEvent(new Event('scroll'));
    await waitFor(() => expect(server.requests('GET /messages').at(-1)?.path).toBe('/messages?before=10'));
  });
});
