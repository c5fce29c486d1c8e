import { waitFor } from '@testing-library/dom';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deferred, FakeServer, FakeSocket, removeWidgets, showWidget, type Reply } from './fake-server';
import type { Message } from './types';

afterEach(() => {
  vi.useRealTimers();
  removeWidgets();
});

async function openChat(server = new FakeServer(), lang: 'en' | 'ru' = 'en') {
  const shown = await showWidget(server, { lang });
  shown.widget.open();
  const composer = shown.ui.getByRole('textbox');
  await waitFor(() => expect(server.requests('GET /messages')).toHaveLength(1));
  return { ...shown, server, composer };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('writing to the operator', () => {
  it('shows the message at once while it is on its way, then as sent with its time', async () => {
    const { server, ui, composer } = await openChat();
    const answer = deferred<Reply>();
    server.once('POST /messages', () => answer.promise);
    const send = ui.getByRole('button', { name: 'Send' });
    expect(send).toBeDisabled();

    await userEvent.type(composer, 'Hello there{Enter}');

    expect(composer).toHaveValue('');
    const row = ui.getByText('Hello there').closest('.row')!;
    expect(row).toHaveTextContent('Sending…');
    const [request] = server.requests('POST /messages');
    expect(request.body).toEqual({
      clientId: expect.stringMatching(UUID),
      text: 'Hello there',
      page: { url: location.origin + location.pathname, title: document.title },
    });

    const sent: Message = {
      id: 55,
      clientId: (request.body as { clientId: string }).clientId,
      from: 'visitor',
      text: 'Hello there',
      author: null,
      attachments: [],
      createdAt: new Date(2030, 0, 1, 9, 5).toISOString(),
      read: false,
    };
    answer.resolve({ status: 201, body: sent });
    await waitFor(() => expect(ui.getByText('Hello there').closest('.row')).toHaveTextContent('09:05'));
    expect(ui.getByText('Hello there').closest('.row')).not.toHaveTextContent('Sending…');
    expect(ui.getAllByText('Hello there')).toHaveLength(1);
  });

  it('says on which page the chat began, without the query and fragment, with the first message only', async () => {
    const address = location.href;
    history.replaceState(null, '', '/pricing?email=maria%40example.com&token=s3cret#plans');
    document.title = 'Pricing';
    try {
      const { server, composer } = await openChat();
      await userEvent.type(composer, 'First{Enter}');
      await waitFor(() => expect(server.requests('POST /messages')).toHaveLength(1));
      await userEvent.type(composer, 'Second{Enter}');
      await waitFor(() => expect(server.requests('POST /messages')).toHaveLength(2));

      const [first, second] = server.requests('POST /messages');
      expect(first.body).toMatchObject({ text: 'First', page: { url: `${location.origin}/pricing`, title: 'Pricing' } });
      expect(JSON.stringify(first.body)).not.toMatch(/maria|s3cret|plans/);
      expect(second.body).toEqual({ clientId: expect.stringMatching(UUID), text: 'Second' });
    } finally {
      history.replaceState(null, '', address);
      document.title = '';
    }
  });

  it('breaks the line on Shift+Enter and sends with the button', async () => {
    const { server, ui, composer } = await openChat();
    await userEvent.type(composer, 'one{Shift>}{Enter}{/Shift}two');
    expect(composer).toHaveValue('one\ntwo');
    await userEvent.click(ui.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(server.requests('POST /messages')).toHaveLength(1));
    expect(server.requests('POST /messages')[0].body).toMatchObject({ text: 'one\ntwo' });
  });

  it('offers a retry when sending fails, with the same clientId so the server does not post it twice', async () => {
    const { server, ui, composer } = await openChat();
    server.once('POST /messages', () => 'network-error');
    await userEvent.type(composer, 'Are you there?{Enter}');

    const retry = await ui.findByRole('button', { name: 'Not sent — tap to retry' });
    await userEvent.click(retry);

    await waitFor(() => expect(ui.queryByRole('button', { name: /Not sent/ })).toBeNull());
    const [first, second] = server.requests('POST /messages');
    expect(second.body).toEqual(first.body);
    expect(ui.getByText('Are you there?').closest('.row')).toHaveAttribute('data-delivery', 'sent');
  });

  it('says so when the visitor writes too fast and sends after Retry-After', async () => {
    const { server, ui, composer } = await openChat();
    const tooFast = deferred<Reply>();
    server.once('POST /messages', () => tooFast.promise);
    await userEvent.type(composer, 'Quick{Enter}');
    // only the timers: reading a Response body needs the real setImmediate
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    tooFast.resolve({ status: 429, headers: { 'Retry-After': '2' }, body: { detail: 'Slow down' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(ui.getByText('You’re writing too fast. Sending in a moment…')).toBeInTheDocument();
    expect(ui.getByText('Quick').closest('.row')).toHaveTextContent('Sending…');

    await vi.advanceTimersByTimeAsync(1900);
    expect(server.requests('POST /messages')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(200);
    expect(server.requests('POST /messages')).toHaveLength(2);
    expect(ui.queryByText(/writing too fast/)).toBeNull();
    expect(ui.getByText('Quick').closest('.row')).toHaveAttribute('data-delivery', 'sent');
  });

  it('shows the reason when the server refuses a message', async () => {
    const { server, ui, composer } = await openChat();
    server.once('POST /messages', () => ({ status: 400, body: { detail: 'The message is too long' } }));
    await userEvent.type(composer, 'x{Enter}');
    expect(await ui.findByText('The message is too long')).toBeInTheDocument();
  });

  it('says it in Russian when the message was not sent', async () => {
    const { server, ui, composer } = await openChat(new FakeServer(), 'ru');
    server.once('POST /messages', () => ({ status: 503 }));
    await userEvent.type(composer, 'Привет{Enter}');
    expect(await ui.findByRole('button', { name: 'Не отправлено — нажмите, чтобы повторить' })).toBeInTheDocument();
  });
});

describe('files', () => {
  it('uploads a picked file as a message and shows it with its name and size', async () => {
    const { server, ui, shadow } = await openChat();
    const input = shadow.querySelector<HTMLInputElement>('input[type=file]')!;
    await userEvent.upload(input, new File(['%PDF-1.4 hello'], 'offer.pdf', { type: 'application/pdf' }));

    await waitFor(() => expect(server.requests('POST /files')).toHaveLength(1));
    const body = server.requests('POST /files')[0].body as { file: File; clientId: string };
    expect(body.file.name).toBe('offer.pdf');
    expect(body.clientId).toMatch(UUID);
    const link = await ui.findByRole('link', { name: /offer\.pdf/ });
    expect(link).toHaveAttribute('href', 'https://app.example/widget/files/offer.pdf');
    expect(link).toHaveTextContent('14 B');
  });

  it('refuses a file over 10 MB before uploading it', async () => {
    const { server, ui, shadow } = await openChat();
    const big = new File(['x'], 'video.mp4', { type: 'video/mp4' });
    Object.defineProperty(big, 'size', { value: 10 * 1024 * 1024 + 1 });
    await userEvent.upload(shadow.querySelector<HTMLInputElement>('input[type=file]')!, big);
    expect(ui.getByText('“video.mp4” is larger than 10 MB and can’t be sent')).toBeInTheDocument();
    expect(server.requests('POST /files')).toHaveLength(0);
  });

  it('sends the other files picked with one too large, and still says which one was left out', async () => {
    const { server, ui, shadow } = await openChat();
    const big = new File(['x'], 'video.mp4', { type: 'video/mp4' });
    Object.defineProperty(big, 'size', { value: 11 * 1024 * 1024 });
    const small = new File(['hi'], 'note.txt', { type: 'text/plain' });
    await userEvent.upload(shadow.querySelector<HTMLInputElement>('input[type=file]')!, [big, small]);

    expect(await ui.findByRole('link', { name: /note\.txt/ })).toBeInTheDocument();
    expect(server.requests('POST /files')).toHaveLength(1);
    expect(ui.getByText('“video.mp4” is larger than 10 MB and can’t be sent')).toBeVisible();
  });
});

describe('the contact form', () => {
  function askingServer() {
    const server = new FakeServer();
    server.config.askName = true;
    server.config.askPhone = true;
    return server;
  }

  it('asks a new visitor for name and phone and saves them before the first message', async () => {
    const server = askingServer();
    const history = deferred<Reply>();
    server.once('GET /messages', () => history.promise);
    const { ui } = await showWidget(server);
    await userEvent.click(ui.getByRole('button', { name: 'Open chat' }));
    expect(ui.queryByRole('textbox', { name: 'Write a message…' })).toBeNull();
    const name = ui.getByRole('textbox', { name: 'Name' });
    expect((name.getRootNode() as ShadowRoot).activeElement).toBe(name);
    // the form stays while the new visitor is created and the (empty) history loads
    await waitFor(() => expect(server.requests('GET /messages')).toHaveLength(1));
    expect(ui.getByRole('textbox', { name: 'Name' })).toBe(name);
    expect(ui.queryByRole('textbox', { name: 'Write a message…' })).toBeNull();
    history.resolve({ status: 200, body: { items: [], hasOlder: false, contact: { name: null, phone: null } } });

    await userEvent.type(name, 'Maria');
    await userEvent.type(ui.getByRole('textbox', { name: 'Phone' }), '8 916 123-45-67');
    await userEvent.click(ui.getByRole('button', { name: 'Start chat' }));

    const composer = await ui.findByRole('textbox', { name: 'Write a message…' });
    expect(server.requests('PUT /contact')[0].body).toEqual({ name: 'Maria', phone: '8 916 123-45-67' });
    expect(ui.queryByRole('button', { name: 'Start chat' })).toBeNull();
    expect((composer.getRootNode() as ShadowRoot).activeElement).toBe(composer);

    await userEvent.type(composer, 'Hi{Enter}');
    await waitFor(() => expect(server.requests('POST /messages')).toHaveLength(1));
    const order = server.received.map((r) => `${r.method} ${r.path}`);
    expect(order.indexOf('PUT /contact')).toBeLessThan(order.indexOf('POST /messages'));
  });

  it('shows the server’s reason under the form and keeps what was typed', async () => {
    const server = askingServer();
    server.once('PUT /contact', () => ({ status: 400, body: { detail: 'The phone number is not valid' } }));
    const { widget, ui } = await showWidget(server);
    widget.open();
    await userEvent.type(ui.getByRole('textbox', { name: 'Name' }), 'Maria');
    await userEvent.type(ui.getByRole('textbox', { name: 'Phone' }), 'call me');
    await userEvent.click(ui.getByRole('button', { name: 'Start chat' }));

    expect(await ui.findByRole('alert')).toHaveTextContent('The phone number is not valid');
    expect(ui.getByRole('textbox', { name: 'Name' })).toHaveValue('Maria');
    expect(ui.getByRole('textbox', { name: 'Phone' })).toHaveValue('call me');
    expect(ui.getByRole('button', { name: 'Start chat' })).toBeEnabled();
  });

  it('is not asked again when the contact is already known', async () => {
    const server = askingServer();
    server.tokens.add('known');
    localStorage.setItem('switchboard.widget.ch1', 'known');
    server.contact = { name: 'Maria', phone: '+79161234567' };
    const { widget, ui } = await showWidget(server);
    widget.open();
    await waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    expect(ui.getByRole('textbox', { name: 'Write a message…' })).toBeInTheDocument();
    expect(ui.queryByRole('button', { name: 'Start chat' })).toBeNull();
  });

  it('comes back when the server holds a message for the contact (422); the message follows the contact', async () => {
    const server = new FakeServer();
    server.config.askName = true;
    server.tokens.add('known');
    localStorage.setItem('switchboard.widget.ch1', 'known');
    server.contact = { name: 'Maria', phone: null };
    const { ui, composer } = await openChat(server);
    server.once('POST /messages', () => ({ status: 422, body: { detail: 'Please tell us your name first' } }));
    await userEvent.type(composer, 'Hello{Enter}');

    expect(await ui.findByRole('alert')).toHaveTextContent('Please tell us your name first');
    expect(ui.getByText('Hello').closest('.row')).toHaveAttribute('data-delivery', 'failed');
    expect(ui.getByRole('textbox', { name: 'Name' })).toHaveValue('Maria');
    await userEvent.click(ui.getByRole('button', { name: 'Start chat' }));

    await waitFor(() => expect(server.requests('POST /messages')).toHaveLength(2));
    await waitFor(() => expect(ui.getByText('Hello').closest('.row')).toHaveAttribute('data-delivery', 'sent'));
    expect(ui.getByRole('textbox', { name: 'Write a message…' })).toBeInTheDocument();
  });

  it('without a form on this page, a 422 says why above the composer', async () => {
    const { server, ui, composer } = await openChat();
    server.once('POST /messages', () => ({ status: 422, body: { detail: 'Please leave your name first' } }));
    await userEvent.type(composer, 'Hello{Enter}');
    expect(await ui.findByText('Please leave your name first')).toBeInTheDocument();
  });
});
