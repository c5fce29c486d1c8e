import { waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BASE, deferred, FakeServer, FakeSocket, operatorMessage, type Reply, removeWidgets, showWidget } from './fake-server';
import { startWidget } from './start';

afterEach(removeWidgets);

describe('the widget on a page', () => {
  it('shows a launcher in the channel colour; the panel carries the title and opens on click with the greeting', async () => {
    const server = new FakeServer();
    const { widget, shadow, ui } = await showWidget(server);

    expect(document.body.contains(widget.host)).toBe(true);
    const launcher = ui.getByRole('button', { name: 'Open chat' });
    const root = shadow.querySelector<HTMLElement>('.root')!;
    expect(root.style.getPropertyValue('--accent')).toBe('#0a7d5a');
    expect(root.style.getPropertyValue('--on-accent')).toBe('#ffffff');
    expect(ui.queryByRole('dialog')).toBeNull();
    // nobody is created on the server for a visitor who never opens the chat
    expect(server.requests('POST /visitors')).toHaveLength(0);

    await userEvent.click(launcher);

    const panel = ui.getByRole('dialog', { name: 'Acme support' });
    expect(ui.getByRole('heading', { name: 'Acme support' })).toBeInTheDocument();
    expect(panel).toHaveTextContent('We usually reply within minutes');
    expect(ui.getByText('Hi! How can we help?')).toBeInTheDocument();
    expect(launcher).toHaveAttribute('aria-expanded', 'true');
    expect(launcher).toHaveAccessibleName('Close chat');
    expect(shadow.activeElement).toBe(ui.getByRole('textbox', { name: 'Write a message…' }));
    await waitFor(() => expect(server.requests('GET /messages')).toHaveLength(1));
    expect(server.requests('POST /visitors')).toHaveLength(1);
    expect(localStorage.getItem('switchboard.widget.ch1')).toBe('token-1');
    expect(server.requests('GET /messages')[0].token).toBe('token-1');
  });

  it('writes dark text on a light channel colour', async () => {
    const server = new FakeServer();
    server.config.color = '#ffd84d';
    const { shadow } = await showWidget(server);
    expect(shadow.querySelector<HTMLElement>('.root')!.style.getPropertyValue('--on-accent')).toBe('#111827');
  });

  it('invites the first question when the channel has no greeting', async () => {
    const server = new FakeServer();
    server.config.greeting = null;
    const { widget, ui } = await showWidget(server);
    widget.open();
    expect(await ui.findByText('Ask us anything — we’ll answer here')).toBeInTheDocument();
  });

  it('shows the history while loading it and then the messages by day with the operator’s name over a run', async () => {
    const server = new FakeServer();
    localStorage.setItem('switchboard.widget.ch1', 'known');
    server.tokens.add('known');
    const yesterday = new Date(Date.now() - 86_400_000).toISOString();
    server.messages = [
      operatorMessage(1, 'Hello from yesterday', 'Anna', { createdAt: yesterday, read: true }),
      { ...operatorMessage(2, 'First', 'Boris'), read: true },
      { ...operatorMessage(3, 'Second', 'Boris'), read: true },
    ];
    const history = deferred<Reply>();
    server.once('GET /messages', () => history.promise);
    const { widget, ui } = await showWidget(server);
    widget.open();
    expect(ui.getByText('Loading messages…')).toBeInTheDocument();

    history.resolve({ status: 200, body: { items: server.messages, hasOlder: false, contact: server.contact } });
    expect(await ui.findByText('Second')).toBeInTheDocument();
    expect(ui.queryByText('Loading messages…')).toBeNull();
    expect(ui.getAllByRole('separator').map((s) => s.textContent)).toEqual(['Yesterday', 'Today']);
    expect(ui.getAllByText('Boris')).toHaveLength(1);
    expect(ui.getByText('Anna')).toBeInTheDocument();
  });

  it('closes on Esc and gives the keyboard back to the launcher', async () => {
    const server = new FakeServer();
    const { ui } = await showWidget(server);
    const launcher = ui.getByRole('button', { name: 'Open chat' });
    await userEvent.click(launcher);
    await userEvent.keyboard('{Escape}');
    expect(ui.queryByRole('dialog')).toBeNull();
    expect(launcher).toHaveAttribute('aria-expanded', 'false');
    expect((launcher.getRootNode() as ShadowRoot).activeElement).toBe(launcher);
  });

  it('reopens the panel on the next page of the same tab, without taking the focus', async () => {
    const server = new FakeServer();
    const first = await showWidget(server);
    first.widget.open();
    expect(sessionStorage.getItem('switchboard.widget.ch1.open')).toBe('1');
    first.widget.destroy();

    const { ui, shadow } = await showWidget(server);
    expect(ui.getByRole('dialog')).toBeInTheDocument();
    expect(shadow.activeElement).toBeNull();
  });

  it('opens at once with data-open', async () => {
    const { ui } = await showWidget(new FakeServer(), { open: true });
    expect(ui.getByRole('dialog')).toBeInTheDocument();
  });

  it('speaks Russian with data-lang="ru" or the channel locale', async () => {
    const server = new FakeServer();
    server.config.locale = 'ru';
    const { widget, ui } = await showWidget(server, { lang: null });
    expect(ui.getByRole('button', { name: 'Открыть чат' })).toBeInTheDocument();
    server.messages = [operatorMessage(1, 'Здравствуйте')];
    widget.open();
    expect(await ui.findByText('Здравствуйте')).toBeInTheDocument();
    expect(ui.getByText('Обычно отвечаем в течение нескольких минут')).toBeInTheDocument();
    expect(ui.getByRole('separator')).toHaveTextContent('Сегодня');
    expect(ui.getByRole('textbox', { name: 'Напишите сообщение…' })).toBeInTheDocument();
  });

  it('prefers data-lang over the channel locale', async () => {
    const server = new FakeServer();
    server.config.locale = 'ru';
    const { ui } = await showWidget(server, { lang: 'en' });
    expect(ui.getByRole('button', { name: 'Open chat' })).toBeInTheDocument();
  });
});

describe('a widget that should not be shown', () => {
  it.each([
    [404, true],
    [403, true],
    [503, false],
  ])('renders nothing on %i (warning: %s)', async (status, warns) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const server = new FakeServer().on('GET /config', () => ({ status, body: { detail: 'This site is not allowed' } }));
    vi.stubGlobal('fetch', server.fetch);
    const widget = await startWidget({ base: BASE, channel: 'ch1', lang: null, open: false });
    expect(widget).toBeNull();
    expect(document.querySelector('switchboard-widget')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(warns ? 1 : 0);
    if (status === 403) expect(warn.mock.calls[0][0]).toContain('This site is not allowed');
  });
});

describe('operator replies', () => {
  it('arrive over the live connection, count on the badge while closed and are marked read when seen', async () => {
    const server = new FakeServer();
    const { widget, ui } = await showWidget(server);
    widget.open();
    await waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    const socket = FakeSocket.latest();
    socket.open();
    expect(socket.sent[0]).toEqual({ type: 'auth', token: 'token-1' });
    widget.close();

    socket.frame({ type: 'message', message: operatorMessage(7, 'We are on it', 'Anna') });
    expect(ui.getByText('We are on it')).toBeInTheDocument();
    const launcher = ui.getByRole('button', { name: 'Open chat, 1 unread message' });
    expect(launcher.querySelector('.badge')).toHaveTextContent('1');
    expect(server.requests('POST /read')).toHaveLength(0);

    await userEvent.click(launcher);
    expect(launcher).toHaveAccessibleName('Close chat');
    expect(launcher.querySelector('.badge')).not.toBeVisible();
    await waitFor(() => expect(server.requests('POST /read')).toHaveLength(1));
    expect(server.requests('POST /read')[0].body).toEqual({ upTo: 7 });

    // seen at once while open
    socket.frame({ type: 'message', message: operatorMessage(8, 'Done', 'Anna') });
    await waitFor(() => expect(server.requests('POST /read')).toHaveLength(2));
    expect(server.requests('POST /read')[1].body).toEqual({ upTo: 8 });
  });

  it('are not marked read while the page is in the background', async () => {
    const server = new FakeServer();
    const { widget } = await showWidget(server);
    widget.open();
    await waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    FakeSocket.latest().open();
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    FakeSocket.latest().frame({ type: 'message', message: operatorMessage(9, 'Still there?') });
    expect(server.requests('POST /read')).toHaveLength(0);

    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitFor(() => expect(server.requests('POST /read')).toHaveLength(1));
  });

  it('show the count of unread replies on the next visit, before the chat is opened', async () => {
    const server = new FakeServer();
    localStorage.setItem('switchboard.widget.ch1', 'known');
    server.tokens.add('known');
    server.messages = [operatorMessage(1, 'One'), operatorMessage(2, 'Two')];
    const { ui } = await showWidget(server);
    expect(await ui.findByRole('button', { name: 'Open chat, 2 unread messages' })).toBeInTheDocument();
  });

  it('never turn text into markup; http(s) links open in a new tab, other schemes stay text', async () => {
    const server = new FakeServer();
    const { widget, ui, shadow } = await showWidget(server);
    widget.open();
    await waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    const text = '<img src=x onerror="alert(1)"> see https://example.com/help. or javascript:alert(1)';
    FakeSocket.latest().open();
    FakeSocket.latest().frame({ type: 'message', message: operatorMessage(5, text) });

    expect(shadow.querySelector('.bubble img')).toBeNull();
    const link = ui.getByRole('link', { name: 'https://example.com/help' });
    expect(link).toHaveAttribute('href', 'https://example.com/help');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(ui.getAllByRole('link')).toHaveLength(1);
    expect(link.closest('.bubble')).toHaveTextContent(text);
  });

  it('with files: images as thumbnails on the server, other files as a link with name and size', async () => {
    const server = new FakeServer();
    server.messages = [
      operatorMessage(1, null, 'Anna', {
        attachments: [
          { name: 'photo.png', size: 2048, contentType: 'image/png', url: '/widget/files/photo.png' },
          { name: 'price.pdf', size: 1_572_864, contentType: 'application/pdf', url: '/widget/files/price.pdf' },
          { name: 'evil', size: null, contentType: 'text/html', url: 'javascript:alert(1)' },
        ],
      }),
    ];
    const { widget, ui } = await showWidget(server);
    widget.open();
    const image = await ui.findByRole('img', { name: 'photo.png' });
    expect(image).toHaveAttribute('src', `${BASE}/widget/files/photo.png`);
    expect(image.closest('a')).toHaveAttribute('href', `${BASE}/widget/files/photo.png`);
    const file = ui.getByRole('link', { name: /price\.pdf/ });
    expect(file).toHaveAttribute('href', `${BASE}/widget/files/price.pdf`);
    expect(file).toHaveTextContent('1.5 MB');
    expect(ui.queryByRole('link', { name: /evil/ })).toBeNull();
    expect(ui.getByText('evil')).toBeInTheDocument();
  });
});
